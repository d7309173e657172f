"""Key figures for the map page and the briefs, computed from the layers (never typed by hand)."""

from __future__ import annotations

from collections.abc import Callable

import geopandas as gpd
import pandas as pd

from atlas.foundation.config import ALL, DEPARTMENTS
from atlas.layers.registry import get_layer
from atlas.layers.selection import department_shape, filtered_frame


def _count(layer_id: str, department: str, where: Callable[[gpd.GeoDataFrame], pd.Series] | None = None) -> int | None:
    frame = filtered_frame(layer_id, department)
    if frame is None:
        return None
    return int(len(frame) if where is None else where(frame).sum())


def key_figures(department: str = ALL) -> dict[str, int | None]:
    """Counts for one department (or all). None means the layer could not be loaded."""
    services = filtered_frame("services_areas", department)
    return {
        "mining_sites": _count("mining_sites", department),
        "artisanal_sites": _count("mining_sites", department, lambda f: f["artisanal"].astype(bool)),
        "concessions": _count("concessions", department),
        "border_villages": _count("border_villages", department),
        "crossings": _count("crossings", department),
        "shelters": None if services is None else int(services["shelters"].sum()),
        "zones_with_service": None if services is None else int((services["services"] > 0).sum()),
        "zones": None if services is None else len(services),
    }


OUTSIDE = "outside"  # the row of features in none of the three departments
REGION = "region"  # the region's own figures, as shown above the table


def _outside(layer_id: str) -> gpd.GeoDataFrame | None:
    """Features of a layer in none of the departments (by their department field, else by position)."""
    spec = get_layer(layer_id)
    frame = filtered_frame(layer_id)
    if frame is None:
        return None
    if spec.department_field:
        return frame[~frame[spec.department_field].isin(DEPARTMENTS)]
    shapes = [department_shape(d) for d in DEPARTMENTS]
    inside = pd.Series(False, index=frame.index)
    for shape in shapes:
        if shape is not None:
            inside |= frame.intersects(shape)
    return frame[~inside]


def outside_figures() -> dict[str, int | None]:
    """The key figures of what falls outside the three departments (placed just across a boundary)."""
    sites, villages = _outside("mining_sites"), _outside("border_villages")
    services = _outside("services_areas")
    concessions, crossings = _outside("concessions"), _outside("crossings")
    return {
        "mining_sites": None if sites is None else len(sites),
        "artisanal_sites": None if sites is None else int(sites["artisanal"].astype(bool).sum()),
        "concessions": None if concessions is None else len(concessions),
        "border_villages": None if villages is None else len(villages),
        "crossings": None if crossings is None else len(crossings),
        "shelters": None if services is None else int(services["shelters"].sum()),
        "zones_with_service": None if services is None else int((services["services"] > 0).sum()),
        "zones": None if services is None else len(services),
    }


def outside_names() -> list[tuple[str, str]]:
    """(layer id, feature name) of the mining sites and border villages outside the departments."""
    out: list[tuple[str, str]] = []
    for layer_id in ("mining_sites", "border_villages", "crossings"):
        frame = _outside(layer_id)
        if frame is not None:
            out.extend((layer_id, str(name)) for name in frame["name"])
    return out


def figures_by_department() -> pd.DataFrame:
    """One row per department, then a row for what lies outside them, then the region: the table adds up.

    A concession that straddles a boundary is counted in each department it touches (its column may
    then sum to more than the region); the page says so.
    """
    rows = [{"department": d, **key_figures(d)} for d in DEPARTMENTS]
    rows.append({"department": OUTSIDE, **outside_figures()})
    rows.append({"department": REGION, **key_figures(ALL)})
    return pd.DataFrame(rows)


def department_row_label(code: str, lang: str) -> str:
    """The first cell of a row: a department's name, or the outside / region row in `lang`."""
    from atlas.foundation.i18n import t

    return t(f"fig.row.{code}", lang) if code in (OUTSIDE, REGION) else code
