"""The outreach candidates' risk lookup: published classes from the latest release, "unknown" when there is none."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from atlas.features.outreach.analysis import candidates
from atlas.features.outreach.analysis.candidates import UNKNOWN, risk_class_of
from atlas.features.risk.analysis.release import ReleaseError
from atlas.foundation.config import WGS84

POINTS = gpd.GeoDataFrame({"name": ["Kédougou"]}, geometry=[Point(-12.1747, 12.5535)], crs=WGS84, index=[7])


def test_the_shipped_release_gives_a_published_class():
    classes, release = risk_class_of(POINTS)
    assert release and list(classes.index) == [7] and UNKNOWN not in set(classes)


def test_no_release_or_a_release_that_does_not_read_gives_unknown(monkeypatch):
    monkeypatch.setattr(candidates, "latest_release", lambda: None)
    assert risk_class_of(POINTS)[1] is None and set(risk_class_of(POINTS)[0]) == {UNKNOWN}

    def broken() -> None:
        raise ReleaseError("meta.json: unreadable")

    monkeypatch.setattr(candidates, "latest_release", broken)
    classes, release = risk_class_of(POINTS)
    assert set(classes) == {UNKNOWN} and release is None
