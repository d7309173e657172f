"""Stops the page proposes, with what an outreach planner filters on.

For each stop: its group (mining site, border village, other place), department, the Bajenu Gox
coverage class and the services of the zone it lies in (area facts only, never a shelter point),
and the published incident risk class of its hex when a release exists. The risk lookup goes
through one adapter that answers "unknown" whenever no release is published or it does not read.
"""

from __future__ import annotations

import logging

import geopandas as gpd
import pandas as pd

from atlas.features.outreach.analysis.gazetteer import stops_table
from atlas.features.risk.analysis.api import latest_release, risk_class_at
from atlas.foundation.config import DATA_DIR

LOG = logging.getLogger(__name__)
UNKNOWN = "unknown"


def risk_class_of(points: gpd.GeoDataFrame) -> tuple[pd.Series, str | None]:
    """Published risk class per point ("unknown" when unavailable) and the release used (or None)."""
    unknown = pd.Series(UNKNOWN, index=points.index, dtype=object)
    try:
        release = latest_release()
        if release is None:
            return unknown, None
        labels = risk_class_at(release, points.to_crs("EPSG:4326"))
    except Exception as exc:  # a release that does not read must never break route planning
        LOG.warning("incident risk classes unavailable: %s", exc)
        return unknown, None
    meta = getattr(release, "meta", {}) or {}
    name = meta.get("release") or meta.get("name") or "latest"
    return pd.Series(list(labels), index=points.index, dtype=object).fillna(UNKNOWN).astype(str), str(name)


def _zone_attribute(points: gpd.GeoDataFrame, path_name: str, columns: list[str]) -> pd.DataFrame:
    path = DATA_DIR / path_name
    if not path.exists():
        return pd.DataFrame(index=points.index, columns=columns)
    zones = gpd.read_file(path)[[*columns, "geometry"]].to_crs(points.crs)
    joined = gpd.sjoin(points[["geometry"]], zones, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    return joined[columns]


def candidate_stops() -> tuple[pd.DataFrame, str | None]:
    """Every stop with group, department, coverage_class, services_in_zone, risk_class (no geometry kept).

    Returns the table (with lon/lat) and the incident release name used for risk (None = unknown).
    """
    stops = stops_table()
    coverage = _zone_attribute(stops, "bajenu_gox.geojson", ["coverage_class"])
    services = _zone_attribute(stops, "services_areas.geojson", ["services"])
    risk, release = risk_class_of(stops)
    table = pd.DataFrame(
        {
            "id": stops["id"],
            "label": stops["label"],
            "group": stops["group"],
            "kind": stops["kind"],
            "department": stops["department"],
            "coverage_class": coverage["coverage_class"].fillna(UNKNOWN).astype(str),
            "services_in_zone": pd.to_numeric(services["services"], errors="coerce").fillna(0).astype(int) > 0,
            "risk_class": risk.astype(str),
            "lon": stops.geometry.x.round(6),
            "lat": stops.geometry.y.round(6),
        }
    )
    return table.reset_index(drop=True), release


def start_options(table: pd.DataFrame) -> list[str]:
    """Ids of towns a tour starts from: regional capital, department and commune seats."""
    order = {"regional_capital": 0, "department_seat": 1, "commune_seat": 2}
    towns = table[table["kind"].isin(list(order))].copy()
    towns["rank"] = towns["kind"].map(order)
    return towns.sort_values(["rank", "label"])["id"].tolist()


def filter_candidates(
    table: pd.DataFrame,
    groups: list[str] | None = None,
    departments: list[str] | None = None,
    coverage: list[str] | None = None,
    risk: list[str] | None = None,
    no_services_only: bool = False,
) -> pd.DataFrame:
    """Rows matching every given filter (an empty/None filter keeps everything)."""
    mask = pd.Series(True, index=table.index)
    if groups:
        mask &= table["group"].isin(groups)
    if departments:
        mask &= table["department"].isin(departments)
    if coverage:
        mask &= table["coverage_class"].isin(coverage)
    if risk:
        mask &= table["risk_class"].isin(risk)
    if no_services_only:
        mask &= ~table["services_in_zone"]
    return table[mask]
