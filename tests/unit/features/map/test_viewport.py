"""Point layers drawn for the view: whole when small, counted per cell when big, counts always adding up."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from atlas.features.map.analysis.viewport import (
    MAX_POINTS,
    bounds_around,
    parse_bounds,
    points_in_view,
    snap_bounds,
)
from atlas.foundation.config import ATLAS_WINDOW, DEFAULT_ZOOM, REGION_CENTER

WEST, SOUTH, EAST, NORTH = ATLAS_WINDOW


def _points(n: int, seed: int = 1) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    xs, ys = rng.uniform(WEST, EAST, n), rng.uniform(SOUTH, NORTH, n)
    return gpd.GeoDataFrame({"name": [f"p{i}" for i in range(n)]}, geometry=gpd.points_from_xy(xs, ys), crs=4326)


def _inside(frame: gpd.GeoDataFrame, bounds) -> int:
    south, west, north, east = bounds
    x, y = frame.geometry.x, frame.geometry.y
    return int(((y >= south) & (y <= north) & (x >= west) & (x <= east)).sum())


def test_a_small_layer_is_drawn_whole_whatever_the_view():
    frame = _points(MAX_POINTS)
    shown = points_in_view(frame, (12.0, -12.5, 12.1, -12.4), 14)
    assert len(shown.features) == MAX_POINTS and shown.cells.empty


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(MAX_POINTS + 1, 6000),
    zoom=st.integers(7, 16),
    seed=st.integers(0, 10_000),
    lat=st.floats(SOUTH, NORTH),
    lon=st.floats(WEST, EAST),
)
def test_cell_counts_and_single_features_add_up_to_the_features_in_view(n, zoom, seed, lat, lon):
    frame = _points(n, seed)
    bounds = bounds_around((lat, lon), zoom)
    shown = points_in_view(frame, bounds, zoom)
    in_view = _inside(frame, bounds)
    if in_view <= MAX_POINTS:
        assert shown.cells.empty and len(shown.features) == in_view
    else:
        assert shown.visible == in_view
        assert (shown.cells["count"] >= 2).all()
        assert shown.drawn < in_view
    assert set(shown.features.index) <= set(frame.index)  # features keep their ids (clicks look them up)


def test_at_the_default_view_a_hundredfold_layer_is_drawn_as_a_bounded_number_of_markers():
    frame = _points(8_900)
    bounds = snap_bounds(bounds_around(REGION_CENTER, DEFAULT_ZOOM), DEFAULT_ZOOM)
    shown = points_in_view(frame, bounds, DEFAULT_ZOOM)
    assert shown.visible == _inside(frame, bounds)
    assert shown.drawn < 1_000


def test_snapped_bounds_contain_the_view_and_nearby_views_share_them():
    bounds = bounds_around((12.6, -12.2), 11)
    snapped = snap_bounds(bounds, 11)
    assert snapped[0] <= bounds[0] and snapped[1] <= bounds[1] and snapped[2] >= bounds[2] and snapped[3] >= bounds[3]
    nudged = bounds_around((12.6001, -12.2001), 11)
    assert snap_bounds(nudged, 11) == snapped


def test_bounds_from_the_browser_are_validated():
    good = {"_southWest": {"lat": 12.1, "lng": -12.9}, "_northEast": {"lat": 13.0, "lng": -11.5}}
    assert parse_bounds(good) == (12.1, -12.9, 13.0, -11.5)
    assert parse_bounds(None) is None
    assert parse_bounds({"_southWest": {"lat": "x", "lng": 0}, "_northEast": {"lat": 1, "lng": 1}}) is None
    assert parse_bounds({"_southWest": {"lat": 13.0, "lng": -11.5}, "_northEast": {"lat": 12.1, "lng": -12.9}}) is None
    assert parse_bounds({"_southWest": {"lat": float("nan"), "lng": 0}, "_northEast": {"lat": 1, "lng": 1}}) is None
