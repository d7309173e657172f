"""Villages by zoom on the shared map: the overlay itself holds only the places drawn at its zoom.

The map page sends cached per-layer overlays (no in-browser zoom switching), so the server filters
the places on `min_zoom` and tells the page how many wait for a closer zoom.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from atlas.common.web.cachescope import cache_scope
from atlas.features.map.analysis.viewport import bounds_around
from atlas.features.map.web import page
from atlas.foundation.config import ALL, REGION_CENTER
from atlas.layers.registry import load_frame


def _places() -> gpd.GeoDataFrame:
    return load_frame("places")


def _overlay(zoom: int) -> page.MapOverlay:
    return page.map_overlay(("places",), ALL, "fr", zoom, bounds_around(REGION_CENTER, zoom), cache_scope())


def test_at_the_default_zoom_only_the_ranked_places_are_in_the_overlay():
    places = _places()
    min_zoom = pd.to_numeric(places["min_zoom"])
    overlay = _overlay(8)
    assert overlay.counts["places"] == int((min_zoom <= 8).sum())
    assert overlay.later == int((min_zoom > 8).sum()) >= 327  # the uncurated villages wait
    assert "Saraya" in overlay.script  # a department seat is always drawn


def test_zoomed_in_every_place_is_drawn_and_none_waits():
    places = _places()
    deepest = int(pd.to_numeric(places["min_zoom"]).max())
    overlay = _overlay(deepest)
    assert overlay.counts["places"] == len(places)
    assert overlay.later == 0


def test_a_zoom_band_between_draws_the_curated_places_but_not_the_villages():
    places = _places()
    min_zoom = pd.to_numeric(places["min_zoom"])
    between = sorted(set(min_zoom))[1]  # the first gate above "always"
    shown = _overlay(between).counts["places"]
    assert int((min_zoom == 0).sum()) < shown == int((min_zoom <= between).sum()) < len(places)
