"""The gap score on constructed situations, the adapters' fallbacks and the real shipped data."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from atlas.features.csr.analysis.adapters import RiskAnswer, TravelAnswer
from atlas.features.csr.analysis.gaps import FACTORS, GapContext, GapWeights, analyse, risk_level, score_members
from atlas.foundation.config import UTM_28N

X0, Y0 = 800_000.0, 1_400_000.0  # inside the region, UTM 28N metres


def _at(dx_km: float, dy_km: float) -> Point:
    return Point(X0 + dx_km * 1000, Y0 + dy_km * 1000)


def _members(rows: list[dict]) -> gpd.GeoDataFrame:
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


def _context(risk=None, travel=None, border_at_km: float = 500.0) -> GapContext:
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
        [{"commune": "A", "access_town": "Town A", "geometry": _at(5, 0)}], geometry="geometry", crs=UTM_28N
    )
    border = gpd.GeoSeries([LineString([_at(border_at_km, -50), _at(border_at_km, 50)])], crs=UTM_28N)
    return GapContext(
        zones=zones,
        service_points=points,
        border_lines=border,
        risk=risk or (lambda m: RiskAnswer(pd.Series("unknown", index=m.index), None, None)),
        travel=travel or (lambda m, d: TravelAnswer(None, "straight_line")),
    )


def test_no_service_village_ranks_above_well_served_village():
    members = _members([{"name": "Well served", "geometry": _at(6, 0)}, {"name": "Unserved", "geometry": _at(90, 0)}])
    table, _, _ = score_members(members, _context())
    by_name = table.set_index("name")
    assert by_name.loc["Unserved", "rank"] == 1 and by_name.loc["Well served", "rank"] == 2
    assert by_name.loc["Unserved", "gap_score"] > by_name.loc["Well served", "gap_score"]
    assert not by_name.loc["Unserved", "service_in_zone"] and by_name.loc["Well served", "service_in_zone"]
    assert by_name.loc["Unserved", "nearest_service_km"] == pytest.approx(85.0)
    assert by_name.loc["Well served", "nearest_service_km"] == pytest.approx(1.0)


def test_score_is_the_documented_weighted_mean():
    weights = GapWeights()
    members = _members([{"name": "Unserved", "geometry": _at(90, 0), "is_mining": True}])
    table, _, _ = score_members(members, _context(border_at_km=95), weights)
    row = table.iloc[0]
    x = {
        "service_distance": min(85 / weights.distance_saturation_km, 1),
        "no_service_in_zone": 1.0,
        "bajenu_gap": 1.0,
        "risk": weights.unknown_risk_value,
        "border": 1.0,
        "mining": 1.0,
    }
    expected = 100 * sum(getattr(weights, f) * x[f] for f in FACTORS) / sum(getattr(weights, f) for f in FACTORS)
    assert row["gap_score"] == pytest.approx(expected, abs=0.05)
    assert row["border_village"] and row["border_distance_km"] == pytest.approx(5.0)


def test_weights_change_the_ranking():
    """A mining camp next to the service vs. a remote ordinary village: weights decide, as documented."""
    members = _members(
        [{"name": "Camp", "geometry": _at(8, 0), "is_mining": True}, {"name": "Remote", "geometry": _at(60, 0)}]
    )
    default, _, _ = score_members(members, _context())
    mining_first, _, _ = score_members(
        members,
        _context(),
        GapWeights(service_distance=0.05, no_service_in_zone=0.05, bajenu_gap=0.05, risk=0.05, border=0.05, mining=1.0),
    )
    assert default.iloc[0]["name"] == "Remote"
    assert mining_first.iloc[0]["name"] == "Camp"


def test_ties_share_a_rank():
    members = _members(
        [
            {"name": "b", "geometry": _at(90, 5)},
            {"name": "a", "geometry": _at(90, -5)},
            {"name": "c", "geometry": _at(6, 0)},
        ]
    )
    table, _, _ = score_members(members, _context())
    assert list(table["rank"]) == [1, 1, 3]


def test_member_outside_every_zone_counts_as_unserved():
    """A village across the border (no Senegalese zone) has no service and no relay."""
    members = _members([{"name": "In Mali", "country": "MLI", "geometry": _at(130, 0)}])
    row = score_members(members, _context())[0].iloc[0]
    assert row["commune_zone"] is None
    assert not row["service_in_zone"]
    assert row["bajenu_coverage_class"] == "unknown" and row["x_bajenu_gap"] == 1.0


def test_network_travel_time_used_when_available_and_unreachable_is_worst():
    def travel(members, destinations):
        minutes = pd.DataFrame({destinations.index[0]: [30.0, np.nan]}, index=members.index)
        return TravelAnswer(minutes, "network_rainy")

    members = _members([{"name": "Reachable", "geometry": _at(20, 0)}, {"name": "Cut off", "geometry": _at(30, 0)}])
    table = score_members(members, _context(travel=travel))[0].set_index("name")
    assert (table["access_basis"] == "network_rainy").all()
    assert table.loc["Reachable", "service_travel_min"] == 30
    assert table.loc["Reachable", "x_service_distance"] == pytest.approx(30 / 180, abs=1e-3)
    assert table.loc["Cut off", "x_service_distance"] == 1.0


def test_published_risk_class_raises_the_score():
    def risk(members):
        labels = pd.Series(["< 10", "30–39"], index=members.index)
        return RiskAnswer(labels, "synthetic", True)

    members = _members([{"name": "Quiet", "geometry": _at(90, 5)}, {"name": "Risky", "geometry": _at(90, -5)}])
    table = score_members(members, _context(risk=risk))[0].set_index("name")
    assert table.loc["Risky", "gap_score"] > table.loc["Quiet", "gap_score"]
    assert table.loc["Risky", "risk_class"] == "30–39"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("< 10", 0.0),
        ("10–19", 0.2),
        ("≥ 50", 1.0),
        ("120-129", 1.0),
        ("unknown", 0.5),
        ("outside", 0.5),
        (None, 0.5),
    ],
)
def test_risk_level_from_published_labels(label, expected):
    assert risk_level(label, GapWeights()) == pytest.approx(expected)


@pytest.mark.parametrize(
    "bad", [{"risk": -1.0}, {f: 0.0 for f in FACTORS}, {"distance_saturation_km": 0.0}, {"unknown_risk_value": 2.0}]
)
def test_bad_weights_refused(bad):
    with pytest.raises(ValueError):
        GapWeights(**bad)


def test_real_data_table_is_ranked_and_bounded():
    result = analyse(["Niamia"], 15.0)
    table = result.table
    assert len(table) > 0
    assert table["gap_score"].between(0, 100).all()
    assert list(table["gap_score"]) == sorted(table["gap_score"], reverse=True)
    assert table["rank"].iloc[0] == 1 and table["rank"].is_monotonic_increasing
    assert table.crs.to_epsg() == 4326
    assert result.bajenu_synthetic
    # the only services in the data are in Kédougou and Saraya communes; their towns are the access points
    assert set(table["nearest_service_town"]) <= {"Kédougou", "Saraya"}


def test_no_shelter_location_in_output():
    """Services are reached at their public access town: the table has no shelter coordinates."""
    result = analyse(["Boto"], 30.0)
    assert not [c for c in result.table.columns if "shelter" in c.lower()]
