"""The two adapters give neutral answers when their source fails at run time, and pass real answers through."""

from __future__ import annotations

import types

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from atlas.features.csr.analysis import adapters
from atlas.features.csr.analysis.adapters import UNKNOWN_RISK, risk_classes, travel_minutes
from atlas.features.risk.analysis.release import ReleaseError
from atlas.foundation.config import WGS84

POINTS = gpd.GeoDataFrame(
    {"name": ["a", "b"]}, geometry=[Point(-12.2, 12.6), Point(-11.6, 12.9)], crs=WGS84, index=[10, 11]
)


def test_published_classes_pass_through(monkeypatch):
    release = types.SimpleNamespace(meta={"release": "synthetic", "synthetic": True})

    def risk_class_at(rel, points, period=None):
        assert rel is release and points.crs.to_epsg() == 4326
        return pd.Series(["< 10", "outside"], index=points.index)

    monkeypatch.setattr(adapters, "latest_release", lambda: release)
    monkeypatch.setattr(adapters, "risk_class_at", risk_class_at)
    answer = risk_classes(POINTS)
    assert list(answer.classes) == ["< 10", "outside"] and list(answer.classes.index) == [10, 11]
    assert answer.release == "synthetic" and answer.synthetic is True


def test_no_release_gives_unknown_risk(monkeypatch):
    monkeypatch.setattr(adapters, "latest_release", lambda: None)
    answer = risk_classes(POINTS)
    assert set(answer.classes) == {UNKNOWN_RISK} and list(answer.classes.index) == [10, 11]
    assert answer.release is None and answer.synthetic is None


def test_a_release_that_does_not_read_gives_a_neutral_answer(monkeypatch):
    def broken() -> None:
        raise ReleaseError("aggregates.csv: checksum mismatch")

    monkeypatch.setattr(adapters, "latest_release", broken)
    answer = risk_classes(POINTS)
    assert set(answer.classes) == {UNKNOWN_RISK} and answer.release is None


def test_the_shipped_release_answers_with_published_classes():
    """Unpatched: the synthetic release shipped with the atlas gives a class to every point inside the region."""
    answer = risk_classes(POINTS)
    assert answer.release and answer.synthetic is True
    assert UNKNOWN_RISK not in set(answer.classes)


def test_a_network_error_falls_back_to_straight_line(monkeypatch):
    def travel_time_matrix(origins, destinations, season):
        raise RuntimeError("network not built")

    monkeypatch.setattr(adapters, "travel_time_matrix", travel_time_matrix)
    answer = travel_minutes(POINTS, POINTS.iloc[:1])
    assert answer.minutes is None and answer.basis == "straight_line"


def test_network_minutes_with_inf_as_unreachable(monkeypatch):
    def travel_time_matrix(origins, destinations, season):
        return pd.DataFrame([[12.0], [float("inf")]], index=origins.index, columns=list(destinations.index))

    monkeypatch.setattr(adapters, "travel_time_matrix", travel_time_matrix)
    answer = travel_minutes(POINTS, POINTS.iloc[:1], "rainy")
    assert answer.basis == "network_rainy"
    assert answer.minutes.iloc[0, 0] == 12.0 and pd.isna(answer.minutes.iloc[1, 0])


@pytest.mark.parametrize("season", ["dry", "rainy"])
def test_the_real_network_answers_in_minutes(season):
    """Unpatched: the outreach network gives minutes (even a point to itself costs its way onto the network)."""
    answer = travel_minutes(POINTS, POINTS.iloc[:1], season)
    assert answer.basis == f"network_{season}"
    minutes = answer.minutes[POINTS.index[0]]
    assert list(minutes.index) == [10, 11] and minutes.notna().all()
    assert 0 < minutes[10] < minutes[11]  # b lies some 70 km from a: farther than a from itself
