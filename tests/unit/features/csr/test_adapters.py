"""The two optional sources (incident release, route planner) degrade to neutral answers."""

from __future__ import annotations

import sys
import types

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from atlas.features.csr.analysis.adapters import UNKNOWN_RISK, risk_classes, travel_minutes
from atlas.foundation.config import WGS84

POINTS = gpd.GeoDataFrame(
    {"name": ["a", "b"]}, geometry=[Point(-12.2, 12.6), Point(-11.6, 12.9)], crs=WGS84, index=[10, 11]
)


def _fake_incidents(monkeypatch, release, classes=None, error=None):
    module = types.ModuleType("atlas.features.risk.analysis.api")

    def risk_class_at(rel, points, period=None):
        if error:
            raise error
        assert points.crs.to_epsg() == 4326
        return pd.Series(classes, index=points.index)

    module.latest_release = lambda: release
    module.risk_class_at = risk_class_at
    monkeypatch.setitem(sys.modules, "atlas.features.risk.analysis.api", module)


def test_published_classes_pass_through(monkeypatch):
    release = types.SimpleNamespace(meta={"release": "synthetic", "synthetic": True})
    _fake_incidents(monkeypatch, release, classes=["< 10", "outside"])
    answer = risk_classes(POINTS)
    assert list(answer.classes) == ["< 10", "outside"] and list(answer.classes.index) == [10, 11]
    assert answer.release == "synthetic" and answer.synthetic is True


def test_no_release_or_broken_api_gives_unknown(monkeypatch):
    _fake_incidents(monkeypatch, None)
    assert set(risk_classes(POINTS).classes) == {UNKNOWN_RISK}
    _fake_incidents(monkeypatch, types.SimpleNamespace(meta={}), error=RuntimeError("boom"))
    answer = risk_classes(POINTS)
    assert set(answer.classes) == {UNKNOWN_RISK} and answer.release is None


def test_missing_route_planner_falls_back_to_straight_line(monkeypatch):
    module = types.ModuleType("atlas.features.outreach.analysis.access")

    def travel_time_matrix(origins, destinations, season):
        raise RuntimeError("network not built")

    module.travel_time_matrix = travel_time_matrix
    monkeypatch.setitem(sys.modules, "atlas.features.outreach.analysis.access", module)
    answer = travel_minutes(POINTS, POINTS.iloc[:1])
    assert answer.minutes is None and answer.basis == "straight_line"


def test_route_planner_minutes_with_inf_as_unreachable(monkeypatch):
    module = types.ModuleType("atlas.features.outreach.analysis.access")

    def travel_time_matrix(origins, destinations, season):
        return pd.DataFrame([[12.0], [float("inf")]], index=origins.index, columns=list(destinations.index))

    module.travel_time_matrix = travel_time_matrix
    monkeypatch.setitem(sys.modules, "atlas.features.outreach.analysis.access", module)
    answer = travel_minutes(POINTS, POINTS.iloc[:1], "rainy")
    assert answer.basis == "network_rainy"
    assert answer.minutes.iloc[0, 0] == 12.0 and pd.isna(answer.minutes.iloc[1, 0])
