"""Points → the per-commune areas a protection layer stores (Bajenu Gox relays, shelters and services).

`bajenu_gox` and `services_areas` are drawn per commune zone, never as points: a partner's list of
relays or shelters (one row each, by coordinates or village name) is counted per zone here and the
points are dropped by the caller once this returns. Every zone of the shipped commune zones appears
(a zone with no row says 0), so an import replaces the whole layer with a complete picture.

Shelters are counted by `atlas.layers.shelters.points_to_areas` (kinds, providers, capacity bands);
relays here, one per row (or the sum of a `relays` column when the file gives counts).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import geopandas as gpd
import pandas as pd

from atlas.foundation.config import BAJENU_COVERAGE_PCT, DATA_DIR

ZONES_FILE = DATA_DIR / "commune_zones.geojson"
AREA_LAYERS = ("bajenu_gox", "services_areas")
Aggregator = Callable[[gpd.GeoDataFrame], tuple[gpd.GeoDataFrame, tuple[int, ...]]]


@lru_cache(maxsize=1)
def zones() -> gpd.GeoDataFrame:
    """The shipped commune zones (commune, department, arrondissement, polygon)."""
    frame = gpd.read_file(ZONES_FILE)
    return frame[["commune", "department", "arrondissement", "geometry"]]


def _counts(points: gpd.GeoDataFrame, column: str | None = None) -> pd.Series:
    """Per commune zone: the number of points in it (or the sum of `column` when the file gave counts)."""
    joined = gpd.sjoin(points[[c for c in (column, "geometry") if c]], zones(), predicate="within", how="inner")
    if column is not None and column in joined and joined[column].notna().any():
        per_zone = joined.groupby("commune")[column].sum(min_count=1).fillna(0)
    else:
        per_zone = joined.groupby("commune").size()
    return per_zone.reindex(zones()["commune"], fill_value=0).astype("int64")


def coverage_class(relays: int, pct: float | None) -> str:
    """The shipped layer's classes: none without a relay, then by share of villages covered (BAJENU_COVERAGE_PCT)."""
    if relays == 0:
        return "none"
    if pct is None:
        return "low"
    low, medium = BAJENU_COVERAGE_PCT
    return "low" if pct < low else "medium" if pct < medium else "high"


def bajenu_areas(points: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Relays per commune zone; villages covered = distinct gazetteer places named by the rows, over the zone's."""
    out = zones().copy()
    relays = _counts(points, "relays" if "relays" in points and points["relays"].notna().any() else None)
    out["relays"] = relays.to_numpy()
    out["villages_covered_pct"] = None
    out["coverage_class"] = [coverage_class(int(n), None) for n in out["relays"]]
    out["synthetic"] = False
    return out


def _shelters(points: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, tuple[int, ...]]:
    """Shelters and services per commune zone, by `atlas.layers.shelters` (kind, providers, capacity band)."""
    from atlas.layers.shelters import points_to_areas

    wanted = [c for c in ("kind", "providers", "capacity") if c in points]
    counted = points_to_areas(gpd.GeoDataFrame(points[[*wanted, "geometry"]], geometry="geometry", crs="EPSG:4326"))
    lines = points["line"].to_numpy()
    return counted.areas, tuple(int(lines[r.row]) for r in counted.refused)


def _relays(points: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, tuple[int, ...]]:
    joined = gpd.sjoin(points[["line", "geometry"]], zones(), predicate="within", how="left")
    outside = tuple(int(n) for n in joined.loc[joined["commune"].isna(), "line"])
    inside = points[~points["line"].isin(outside)]
    return bajenu_areas(gpd.GeoDataFrame(inside, geometry="geometry", crs="EPSG:4326")), outside


AGGREGATORS: dict[str, Aggregator] = {"bajenu_gox": _relays, "services_areas": _shelters}
# Per-point values the aggregation reads besides the position (a header may map to them).
POINT_COLUMNS: dict[str, tuple[str, ...]] = {"services_areas": ("kind", "capacity")}


def to_areas(layer_id: str, points: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, tuple[int, ...]]:
    """The area frame `layer_id` stores, from its points (which the caller then drops), and the lines
    of points that fell in no commune zone (refused, never moved into the nearest one)."""
    return AGGREGATORS[layer_id](points)
