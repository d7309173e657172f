"""Constructed CSR situations (UTM 28N, around a fixed point in the region) for the gap-score tests."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, Point, box

from atlas.features.csr.analysis.adapters import RiskAnswer, TravelAnswer
from atlas.features.csr.analysis.gaps import GapContext
from atlas.foundation.config import UTM_28N

X0, Y0 = 800_000.0, 1_400_000.0  # inside the region, UTM 28N metres


def point_at(dx_km: float, dy_km: float) -> Point:
    """The point `dx_km` east and `dy_km` north of (X0, Y0)."""
    return Point(X0 + dx_km * 1000, Y0 + dy_km * 1000)


def members_frame(rows: list[dict]) -> gpd.GeoDataFrame:
    """Zone members (villages by default) from `rows`, each with at least a name and a geometry."""
    base = {
        "kind": "village",
        "layer": "place",
        "country": "SEN",
        "department": "Kédougou",
        "is_mining": False,
        "distance_km": 1.0,
    }
    frame = [{**base, "member_id": f"m{i}", **row} for i, row in enumerate(rows)]
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=UTM_28N)


def gap_context(risk=None, travel=None, border_at_km: float = 500.0) -> GapContext:
    """Zone A (west, 0–40 km) has a shelter service and strong relays; zone B (east, 40–120 km) has none."""
    zones = gpd.GeoDataFrame(
        [
            {
                "commune": "A",
                "department": "Kédougou",
                "services": 1,
                "shelters": 1,
                "villages_covered_pct": 80,
                "coverage_class": "high",
                "geometry": box(X0, Y0 - 20_000, X0 + 40_000, Y0 + 20_000),
            },
            {
                "commune": "B",
                "department": "Kédougou",
                "services": 0,
                "shelters": 0,
                "villages_covered_pct": 0,
                "coverage_class": "none",
                "geometry": box(X0 + 40_000, Y0 - 20_000, X0 + 120_000, Y0 + 20_000),
            },
        ],
        geometry="geometry",
        crs=UTM_28N,
    )
    points = gpd.GeoDataFrame(
        [{"commune": "A", "access_town": "Town A", "geometry": point_at(5, 0)}], geometry="geometry", crs=UTM_28N
    )
    border = gpd.GeoSeries([LineString([point_at(border_at_km, -50), point_at(border_at_km, 50)])], crs=UTM_28N)
    return GapContext(
        zones=zones,
        service_points=points,
        border_lines=border,
        risk=risk or (lambda m: RiskAnswer(pd.Series("unknown", index=m.index), None, None)),
        travel=travel or (lambda m, d: TravelAnswer(None, "straight_line")),
    )
