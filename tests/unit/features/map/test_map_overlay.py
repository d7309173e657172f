"""The map as sessions share it: a frame per home view, overlays keyed on the data version, bounded payload."""

from __future__ import annotations

import json
import re

import pytest

from atlas.common.web.cachescope import cache_scope
from atlas.common.web.mapcomponent import component_key
from atlas.features.map.analysis.legend import feature_details
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.analysis.viewport import bounds_around
from atlas.features.map.web import page
from atlas.layers import imports
from atlas.layers.registry import get_layer
from tests.helpers.scaled import import_scaled

FID = re.compile(r'"_fid": "([^"]+)"')


@pytest.fixture(autouse=True)
def _private(private_store):
    """Every test here imports into its own store."""


def _default_map(layers: tuple[str, ...] | None = None, lang: str = "fr") -> tuple[page.MapFrame, page.MapOverlay]:
    view = MapLink(lang=lang, layers=layers)
    home = page.MapHome.of(view)
    center, zoom = home.center_zoom()
    scope = cache_scope()
    frame = page.map_frame(home, scope)
    overlay = page.map_overlay(page._chosen(view), view.department, lang, zoom, bounds_around(center, zoom), scope)
    return frame, overlay


def _import_sites(extra_name: str) -> None:
    collection = json.loads(get_layer("mining_sites").path.read_text(encoding="utf-8"))
    feature = json.loads(json.dumps(collection["features"][0]))
    feature["properties"]["name"] = extra_name
    feature["properties"]["id"] = "site-new"
    collection["features"].append(feature)
    data = json.dumps(collection).encode()
    imports.import_layer("mining_sites", data, "sites.geojson", "Ministère des Mines", "CC BY 4.0")


def test_new_data_change_the_map_every_session_gets():
    _, before = _default_map(("mining_sites",))
    assert "Site de demonstration neuf" not in before.script
    _import_sites("Site de demonstration neuf")
    _, after = _default_map(("mining_sites",))
    assert "Site de demonstration neuf" in after.script
    assert after.counts["mining_sites"] == before.counts["mining_sites"] + 1


def test_labels_in_overlays_are_escaped():
    _import_sites("</script><script>alert(1)</script>${alert(2)}`")
    _, overlay = _default_map(("mining_sites",))
    assert "<script>alert(1)" not in overlay.script and "${alert(2)}" not in overlay.script


def test_the_frame_and_overlays_stay_offline_and_carry_no_popup_table():
    frame, overlay = _default_map()
    assert all(link.startswith("/app/static/") for link in (*frame.payload.js_links, *frame.payload.css_links))
    assert not re.search(r"https?://", frame.payload.script + overlay.script)
    assert "atlas-popup" not in overlay.script  # details come from the server on click


def test_a_clicked_feature_of_the_overlay_is_looked_up_server_side():
    _, overlay = _default_map(("mining_sites",))
    fid = FID.search(overlay.script).group(1)
    details = feature_details({"properties": {"_layer": "mining_sites", "_fid": fid}}, "en")
    assert details is not None and "How located" in " ".join(details.astype(str).to_numpy().ravel())


def test_toggling_layers_keeps_the_map_frame_a_new_department_makes_a_new_one():
    scope = cache_scope()
    keys = {
        component_key(page.map_frame(page.MapHome.of(view), scope).payload, page.MAP_KEY)
        for view in (MapLink(lang="fr"), MapLink(lang="fr", layers=("places",)), MapLink(lang="fr", layers=()))
    }
    assert len(keys) == 1
    saraya = page.map_frame(page.MapHome.of(MapLink(lang="fr", department="Saraya")), scope)
    assert component_key(saraya.payload, page.MAP_KEY) not in keys


def test_a_hundred_times_the_points_stays_under_a_megabyte_at_the_default_view():
    _, small = _default_map()
    import_scaled(100)
    frame, overlay = _default_map()
    assert frame.payload.size + len(overlay.script.encode()) < 1_000_000
    assert '"_count"' in overlay.script  # the big layers arrive as counted cells
    assert sum(overlay.counts.values()) < 4 * sum(small.counts.values())
