"""Key figures for the map page and the briefs, computed from the layers (never typed by hand)."""

from __future__ import annotations

from collections.abc import Callable

import geopandas as gpd
import pandas as pd

from atlas.foundation.config import ALL, DEPARTMENTS
from atlas.layers.selection import filtered_frame


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


def figures_by_department() -> pd.DataFrame:
    """One row per department with the same figures, for the table under the map."""
    rows = [{"department": d, **key_figures(d)} for d in DEPARTMENTS]
    return pd.DataFrame(rows)
