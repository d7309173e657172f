"""Where help is most lacking around a concession: one row per place or site, a gap score, a rank.

The gap score (0–100, higher = bigger gap) is a weighted mean of six factors, each in [0, 1]:

    gap = 100 × Σ wᵢ·xᵢ / Σ wᵢ

- service_distance: travel minutes to the nearest service access town / travel_saturation_min
  or, without a network, straight-line km / distance_saturation_km; capped at 1; unreachable = 1;
- no_service_in_zone: 1 when the member's own commune zone has no service (or lies outside Senegal);
- bajenu_gap: 1 − share of villages covered by Bajenu Gox relays in its commune zone (SYNTHETIC);
- risk: published incident class lower bound / risk_saturation, capped at 1 ("< k" = 0);
  "unknown"/"outside" = unknown_risk_value;
- border: 1 within BORDER_DISTANCE_KM (15 km) of the Mali or Guinea border;
- mining: 1 for a mining site or a mining village.

The weights live in `GapWeights` (shown on the page and in docs/coverage.md); a user may change
the six factor weights (page sliders, links, `--weights`), checked in `weights.py`. Distances to a
service are measured to its public access town (a commune seat), never to a shelter: shelter
locations are confidential and are not in the data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields

import geopandas as gpd
import numpy as np
import pandas as pd

from atlas.features.csr.analysis.adapters import RiskAnswer, TravelAnswer, risk_classes, travel_minutes
from atlas.features.csr.analysis.zone import (
    DEFAULT_BUFFER_KM,
    Footprint,
    ImpactZone,
    footprint,
    impact_zone,
    registry_candidates,
    registry_concessions,
    zone_members,
)
from atlas.foundation.config import BORDER_DISTANCE_KM, UTM_28N, WGS84

SEASONS: tuple[str, ...] = ("dry", "rainy")
FACTORS: tuple[str, ...] = ("service_distance", "no_service_in_zone", "bajenu_gap", "risk", "border", "mining")


@dataclass(frozen=True)
class GapWeights:
    """Weights of the six gap factors and the saturation points that scale them to [0, 1].

    Planning judgement, not science: protection services first (distance 0.30 + none in the
    zone 0.15), community relays next (0.20), then published incident risk (0.15), border
    exposure (0.10) and mining activity (0.10). Change them here and the page, CSV and brief follow.
    """

    service_distance: float = 0.30
    no_service_in_zone: float = 0.15
    bajenu_gap: float = 0.20
    risk: float = 0.15
    border: float = 0.10
    mining: float = 0.10
    distance_saturation_km: float = 60.0  # straight line: 60 km or more counts as the worst access
    travel_saturation_min: float = 180.0  # network: 3 h or more counts as the worst access
    risk_saturation: float = 50.0  # published class lower bound at which risk counts as maximal
    unknown_risk_value: float = 0.5  # neither rewards nor penalises a place without a published class

    def __post_init__(self) -> None:
        values = [getattr(self, f) for f in FACTORS]
        if any(not math.isfinite(v) or v < 0 for v in values) or sum(values) <= 0:
            raise ValueError("gap weights must be non-negative and not all zero")
        for name in ("distance_saturation_km", "travel_saturation_min", "risk_saturation"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive")
        if not 0 <= self.unknown_risk_value <= 1:
            raise ValueError("unknown_risk_value must lie in [0, 1]")

    def factor_weights(self) -> dict[str, float]:
        return {f: getattr(self, f) for f in FACTORS}

    def is_default(self) -> bool:
        """True for the documented weights: every output says "custom weights" otherwise."""
        return self == GapWeights()

    def as_rows(self) -> list[tuple[str, float]]:
        """(parameter, value) rows for display."""
        return [(f.name, getattr(self, f.name)) for f in fields(self)]


@dataclass(frozen=True)
class GapContext:
    """Everything the scoring reads besides the members, in UTM 28N. Tests build their own."""

    zones: gpd.GeoDataFrame  # commune zones: commune, department, services, shelters, villages_covered_pct,
    #                          coverage_class (Bajenu Gox, synthetic)
    service_points: gpd.GeoDataFrame  # one per zone with services > 0: commune, access_town, geometry (town point)
    border_lines: gpd.GeoSeries  # Senegal–Mali and Senegal–Guinea border lines
    risk: Callable[[gpd.GeoDataFrame], RiskAnswer] = risk_classes
    travel: Callable[[gpd.GeoDataFrame, gpd.GeoDataFrame], TravelAnswer] = travel_minutes
    bajenu_synthetic: bool = True


@dataclass(frozen=True)
class GapResult:
    """The analysis of one concession (or one company's titles) for one radius."""

    footprint: Footprint
    zone: ImpactZone
    table: gpd.GeoDataFrame  # EPSG:4326, ranked, one row per member
    weights: GapWeights
    risk_release: str | None
    risk_synthetic: bool | None
    access_basis: str  # "straight_line" or "network_<season>"
    bajenu_synthetic: bool
    notes: list[str] = field(default_factory=list)


# --- context from the shipped layers ----------------------------------------------------------


def load_context(season: str = "dry") -> GapContext:
    """Context from the registry layers (services_areas, bajenu_gox, places, borders file)."""
    from atlas.foundation.config import DATA_DIR
    from atlas.foundation.names import resolve
    from atlas.layers.registry import load_frame

    services = load_frame("services_areas").to_crs(UTM_28N)
    bajenu = load_frame("bajenu_gox")
    zones = services.merge(
        pd.DataFrame(bajenu.drop(columns="geometry"))[
            ["commune", "villages_covered_pct", "coverage_class", "synthetic"]
        ],
        on="commune",
        how="left",
    )
    places = load_frame("places")
    towns = places[places["kind"].isin(["regional_capital", "department_seat", "commune_seat"])]
    town_points = {str(i): g for i, g in zip(towns.index, towns.geometry, strict=True)}
    options = [(str(i), str(n)) for i, n in zip(towns.index, towns["name"], strict=True)]
    rows = []
    for _, zone in services[services["services"] > 0].iterrows():
        town = zone.get("access_town")
        if town is None or pd.isna(town):
            continue  # a service without a public access town cannot be reached on the map: skip it
        town_id = resolve(str(town), options, what="service access town")
        rows.append({"commune": zone["commune"], "access_town": str(town), "geometry": town_points[town_id]})
    # an imported services layer may carry no access towns (only the required columns): no points then
    table = pd.DataFrame(rows, columns=["commune", "access_town", "geometry"])
    service_points = gpd.GeoDataFrame(table, geometry="geometry", crs=places.crs).to_crs(UTM_28N)
    borders = gpd.read_file(DATA_DIR / "borders.geojson").to_crs(UTM_28N)
    senegal = borders[borders["countries"].isin(["MLI-SEN", "GIN-SEN"])]
    synthetic = bool(bajenu["synthetic"].all()) if "synthetic" in bajenu else True
    return GapContext(
        zones=zones,
        service_points=service_points,
        border_lines=senegal.geometry,
        travel=lambda m, d: travel_minutes(m, d, season),
        bajenu_synthetic=synthetic,
    )


# --- scoring ----------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def risk_level(label: object, weights: GapWeights) -> float:
    """x for a published class label: "< 10" → 0, "10–19" → 10/saturation, unknown → neutral."""
    if label is None or (isinstance(label, float) and math.isnan(label)):
        return weights.unknown_risk_value
    text = str(label).strip()
    match = _NUMBER.search(text)
    if match is None:
        return weights.unknown_risk_value
    if text.startswith("<"):
        return 0.0
    return min(float(match.group().replace(",", ".")) / weights.risk_saturation, 1.0)


def _zone_of_members(members: gpd.GeoDataFrame, zones: gpd.GeoDataFrame) -> pd.DataFrame:
    """The commune zone containing each member (NaN outside every zone, e.g. in Mali)."""
    keep = ["commune", "services", "shelters", "villages_covered_pct", "coverage_class", "geometry"]
    joined = gpd.sjoin(members[["geometry"]], zones[keep], how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    return pd.DataFrame(joined.drop(columns=["geometry", "index_right"])).reindex(members.index)


def score_members(
    members: gpd.GeoDataFrame, context: GapContext, weights: GapWeights | None = None
) -> tuple[gpd.GeoDataFrame, RiskAnswer, TravelAnswer]:
    """Add the gap columns to `members` (UTM 28N) and rank them; returns the table (EPSG:4326)."""
    weights = weights or GapWeights()
    table = members.copy()
    zone = _zone_of_members(table, context.zones)
    table["commune_zone"] = zone["commune"].astype(object).where(zone["commune"].notna(), None)
    services = pd.to_numeric(zone["services"], errors="coerce").fillna(0)
    table["service_in_zone"] = (services > 0).to_numpy()
    covered = pd.to_numeric(zone["villages_covered_pct"], errors="coerce")
    table["bajenu_villages_covered_pct"] = covered.to_numpy()
    table["bajenu_coverage_class"] = (
        zone["coverage_class"].astype(object).where(zone["coverage_class"].notna(), "unknown").to_numpy()
    )
    table["bajenu_synthetic"] = context.bajenu_synthetic

    border_union = context.border_lines.union_all() if len(context.border_lines) else None
    if border_union is None or border_union.is_empty:
        table["border_distance_km"] = np.nan
    else:
        table["border_distance_km"] = (table.geometry.distance(border_union) / 1000.0).round(2)
    table["border_village"] = (table["border_distance_km"] <= BORDER_DISTANCE_KM).fillna(False).astype(bool)

    points = context.service_points
    if points.empty:
        table["nearest_service_zone"] = None
        table["nearest_service_town"] = None
        table["nearest_service_km"] = np.nan
        table["service_travel_min"] = np.nan
        travel = TravelAnswer(None, "straight_line")
    else:
        km = pd.DataFrame(
            {j: table.geometry.distance(g) / 1000.0 for j, g in zip(points.index, points.geometry, strict=True)}
        )
        travel = context.travel(table, points)
        if travel.minutes is not None:
            reachable = travel.minutes.notna().any(axis=1)
            best = travel.minutes.fillna(np.inf).idxmin(axis=1)
            best = best.where(reachable, km.idxmin(axis=1))  # unreachable everywhere: report the closest
            table["service_travel_min"] = travel.minutes.min(axis=1).round(0)
        else:
            best = km.idxmin(axis=1)
            table["service_travel_min"] = np.nan
        table["nearest_service_zone"] = points.loc[best, "commune"].to_numpy()
        table["nearest_service_town"] = points.loc[best, "access_town"].to_numpy()
        # km has table's rows in table's order: row `n` of the table is row `n` of each km column
        table["nearest_service_km"] = [round(float(km[j].to_numpy()[n]), 2) for n, j in enumerate(best)]
    table["access_basis"] = travel.basis

    risk = context.risk(table)
    table["risk_class"] = risk.classes.reindex(table.index).fillna("unknown").astype(str).to_numpy()

    x = pd.DataFrame(index=table.index)
    if travel.minutes is not None:
        x["service_distance"] = (table["service_travel_min"] / weights.travel_saturation_min).clip(upper=1).fillna(1)
    else:
        x["service_distance"] = (table["nearest_service_km"] / weights.distance_saturation_km).clip(upper=1).fillna(1)
    x["no_service_in_zone"] = (~table["service_in_zone"]).astype(float)
    x["bajenu_gap"] = (1 - table["bajenu_villages_covered_pct"] / 100.0).clip(0, 1).fillna(1)
    x["risk"] = [risk_level(v, weights) for v in table["risk_class"]]
    x["border"] = table["border_village"].astype(float)
    x["mining"] = table["is_mining"].astype(bool).astype(float)
    w = weights.factor_weights()
    total = sum(w.values())
    weighted = sum((x[f] * w[f] for f in FACTORS), start=pd.Series(0.0, index=x.index))
    table["gap_score"] = (weighted * 100.0 / total).round(1)
    for f in FACTORS:
        table[f"x_{f}"] = x[f].round(3)

    table = table.sort_values(["gap_score", "distance_km", "name"], ascending=[False, True, True], kind="stable")
    table["rank"] = table["gap_score"].rank(method="min", ascending=False).astype(int)
    table["distance_km"] = table["distance_km"].round(2)
    return table.reset_index(drop=True).to_crs(WGS84), risk, travel


def analyse(
    names: list[str],
    buffer_km: float = DEFAULT_BUFFER_KM,
    weights: GapWeights | None = None,
    context: GapContext | None = None,
    concessions: gpd.GeoDataFrame | None = None,
    candidates: gpd.GeoDataFrame | None = None,
    season: str = "dry",
) -> GapResult:
    """Footprint → zone → members → ranked gap table for exact concession names.

    `season` ("dry"/"rainy") only matters when the outreach network gives travel times.
    """
    if season not in SEASONS:
        raise ValueError(f"season must be one of {', '.join(SEASONS)}, got {season!r}")
    weights = weights or GapWeights()
    concessions = registry_concessions() if concessions is None else concessions
    candidates = registry_candidates() if candidates is None else candidates
    context = context or load_context(season)
    fp = footprint(concessions, names)
    zone = impact_zone(fp, buffer_km)
    members = zone_members(zone, candidates)
    table, risk, travel = score_members(members, context, weights)
    notes = []
    if fp.basis == "point_only":
        notes.append("point_only")
    if fp.basis == "stated_area_circle":
        notes.append("stated_area_circle")
    if risk.release is None:
        notes.append("risk_unknown")
    if travel.minutes is None:
        notes.append("straight_line")
    return GapResult(
        fp, zone, table, weights, risk.release, risk.synthetic, travel.basis, context.bajenu_synthetic, notes
    )


# --- export -----------------------------------------------------------------------------------

EXPORT_COLUMNS: tuple[str, ...] = (
    "rank",
    "name",
    "kind",
    "layer",
    "gap_score",
    "distance_km",
    "country",
    "department",
    "commune_zone",
    "border_village",
    "border_distance_km",
    "service_in_zone",
    "nearest_service_zone",
    "nearest_service_town",
    "nearest_service_km",
    "service_travel_min",
    "access_basis",
    "bajenu_coverage_class",
    "bajenu_villages_covered_pct",
    "bajenu_synthetic",
    "risk_class",
    "is_mining",
    *(f"x_{f}" for f in FACTORS),
    "footprint_basis",
    "concession",
    "buffer_km",
    "lon",
    "lat",
    "member_id",
    "weights_basis",
    *(f"w_{f}" for f in FACTORS),
)


def export_frame(result: GapResult) -> pd.DataFrame:
    """The ranked table as plain columns (no geometry), with how the footprint was obtained.

    The weights go in as constant columns at the end, like `concession` and `buffer_km`: the file
    stays one rectangular table any tool reads, a CSV passed on alone still says which weights
    ranked it ("default"/"custom"), and gap_score = 100·Σ w_·x_ / Σ w_ can be checked row by row.
    Appended last so that existing column positions do not move.
    """
    frame = pd.DataFrame(result.table.drop(columns="geometry"))
    frame["footprint_basis"] = result.footprint.basis
    frame["concession"] = " + ".join(result.footprint.names)
    frame["buffer_km"] = result.zone.buffer_km
    frame["weights_basis"] = "default" if result.weights.is_default() else "custom"
    for name, value in result.weights.factor_weights().items():
        frame[f"w_{name}"] = value
    return frame[list(EXPORT_COLUMNS)]


def weights_dict(weights: GapWeights) -> dict[str, float]:
    return asdict(weights)
