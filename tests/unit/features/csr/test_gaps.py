"""The gap score on constructed situations, the adapters' fallbacks and the real shipped data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from atlas.features.csr.analysis.adapters import RiskAnswer, TravelAnswer
from atlas.features.csr.analysis.gaps import FACTORS, GapWeights, analyse, risk_level, score_members
from tests.helpers.csr import gap_context, members_frame, point_at


def test_no_service_village_ranks_above_well_served_village():
    members = members_frame(
        [{"name": "Well served", "geometry": point_at(6, 0)}, {"name": "Unserved", "geometry": point_at(90, 0)}]
    )
    table, _, _ = score_members(members, gap_context())
    by_name = table.set_index("name")
    assert by_name.loc["Unserved", "rank"] == 1 and by_name.loc["Well served", "rank"] == 2
    assert by_name.loc["Unserved", "gap_score"] > by_name.loc["Well served", "gap_score"]
    assert not by_name.loc["Unserved", "service_in_zone"] and by_name.loc["Well served", "service_in_zone"]
    assert by_name.loc["Unserved", "nearest_service_km"] == pytest.approx(85.0)
    assert by_name.loc["Well served", "nearest_service_km"] == pytest.approx(1.0)


def test_score_is_the_documented_weighted_mean():
    weights = GapWeights()
    members = members_frame([{"name": "Unserved", "geometry": point_at(90, 0), "is_mining": True}])
    table, _, _ = score_members(members, gap_context(border_at_km=95), weights)
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
    members = members_frame(
        [
            {"name": "Camp", "geometry": point_at(8, 0), "is_mining": True},
            {"name": "Remote", "geometry": point_at(60, 0)},
        ]
    )
    default, _, _ = score_members(members, gap_context())
    mining_first, _, _ = score_members(
        members,
        gap_context(),
        GapWeights(service_distance=0.05, no_service_in_zone=0.05, bajenu_gap=0.05, risk=0.05, border=0.05, mining=1.0),
    )
    assert default.iloc[0]["name"] == "Remote"
    assert mining_first.iloc[0]["name"] == "Camp"


def test_ties_share_a_rank():
    members = members_frame(
        [
            {"name": "b", "geometry": point_at(90, 5)},
            {"name": "a", "geometry": point_at(90, -5)},
            {"name": "c", "geometry": point_at(6, 0)},
        ]
    )
    table, _, _ = score_members(members, gap_context())
    assert list(table["rank"]) == [1, 1, 3]


def test_member_outside_every_zone_counts_as_unserved():
    """A village across the border (no Senegalese zone) has no service and no relay."""
    members = members_frame([{"name": "In Mali", "country": "MLI", "geometry": point_at(130, 0)}])
    row = score_members(members, gap_context())[0].iloc[0]
    assert row["commune_zone"] is None
    assert not row["service_in_zone"]
    assert row["bajenu_coverage_class"] == "unknown" and row["x_bajenu_gap"] == 1.0


def test_network_travel_time_used_when_available_and_unreachable_is_worst():
    def travel(members, destinations):
        minutes = pd.DataFrame({destinations.index[0]: [30.0, np.nan]}, index=members.index)
        return TravelAnswer(minutes, "network_rainy")

    members = members_frame(
        [{"name": "Reachable", "geometry": point_at(20, 0)}, {"name": "Cut off", "geometry": point_at(30, 0)}]
    )
    table = score_members(members, gap_context(travel=travel))[0].set_index("name")
    assert (table["access_basis"] == "network_rainy").all()
    assert table.loc["Reachable", "service_travel_min"] == 30
    assert table.loc["Reachable", "x_service_distance"] == pytest.approx(30 / 180, abs=1e-3)
    assert table.loc["Cut off", "x_service_distance"] == 1.0


def test_published_risk_class_raises_the_score():
    def risk(members):
        labels = pd.Series(["< 10", "30–39"], index=members.index)
        return RiskAnswer(labels, "synthetic", True)

    members = members_frame(
        [{"name": "Quiet", "geometry": point_at(90, 5)}, {"name": "Risky", "geometry": point_at(90, -5)}]
    )
    table = score_members(members, gap_context(risk=risk))[0].set_index("name")
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
