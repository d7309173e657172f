"""The map handed to the browser is offline, escaped and slim."""

from __future__ import annotations

import re

from atlas.common.web.mapframe import add_layer, asset_links, map_problems, new_map
from atlas.features.map.analysis.legend import feature_details
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.web.page import build_map
from atlas.foundation.config import STATIC_URL
from atlas.layers.registry import all_layers, load_layer


def _html(m) -> str:
    return m.get_root().render()


def test_every_asset_is_served_by_the_app_and_exists_on_disk():
    m = build_map(MapLink(lang="fr", layers=tuple(s.id for s in all_layers()))).map
    links = asset_links(m)
    assert links and all(link.startswith(f"{STATIC_URL}/vendor/") for link in links)
    from atlas.foundation.config import STATIC_DIR

    for link in links:
        assert (STATIC_DIR / link.removeprefix(f"{STATIC_URL}/")).is_file(), link
    html = _html(m)
    assert not re.findall(r"(?:src|href)=[\"']https?://", html)
    assert "maxZoom" in html and "L.Icon.Default.imagePath" in html


def test_a_map_with_a_foreign_asset_or_a_font_awesome_icon_is_refused():
    assert map_problems(build_map(MapLink(layers=("places",))).map) == []
    import folium
    from folium.plugins import Fullscreen

    m = new_map("fr")
    folium.Marker([12.6, -12.2], icon=folium.Icon(icon="info-sign")).add_to(m)
    Fullscreen().add_to(m)  # its plugin JS and CSS come from a CDN
    problems = map_problems(m)
    assert any("folium.Icon" in p for p in problems)
    assert any(p.startswith("asset from outside the app: https://") for p in problems)


def test_no_tiles_unless_online_tiles_are_chosen():
    assert "tile.openstreetmap.org" not in _html(build_map(MapLink(layers=("places",))).map)
    assert "tile.openstreetmap.org" in _html(build_map(MapLink(layers=("places",), tiles=True)).map)


def test_hostile_feature_values_are_escaped_in_tooltips_and_popups():
    frame = load_layer("places").frame.head(1).copy()
    frame["name"] = "</script><script>alert(1)</script>${alert(2)}`"
    m = new_map("fr")
    assert add_layer(m, "places", "fr", frame) == 1
    html = _html(m)
    assert "<script>alert(1)" not in html and "${alert(2)}" not in html


def test_only_display_properties_reach_the_browser():
    frame = load_layer("mining_sites").frame
    m = new_map("en")
    add_layer(m, "mining_sites", "en", frame)
    html = _html(m)
    assert "published_coordinate_text" not in html and "proxy_place_wof_id" not in html


def test_department_filter_limits_what_is_drawn():
    everything = build_map(MapLink(layers=("mining_sites", "border_villages"))).counts
    saraya = build_map(MapLink(department="Saraya", layers=("mining_sites", "border_villages"))).counts
    assert 0 < saraya["mining_sites"] < everything["mining_sites"]
    assert 0 < saraya["border_villages"] < everything["border_villages"]


def test_clicked_feature_details_come_from_the_server_side_layer_with_its_source():
    frame = load_layer("mining_sites").frame
    fid = frame.index[0]
    details = feature_details({"properties": {"_layer": "mining_sites", "_fid": str(fid)}}, "en")
    text = " ".join(details.astype(str).to_numpy().ravel())
    assert frame.loc[fid, "name"] in text and "Source" in text and "How located" in text
    assert feature_details({"properties": {"_layer": "nope", "_fid": "0"}}, "en") is None


def test_point_layers_are_circle_markers_not_image_icons():
    """Image icons need PNGs and a CSS path that st_folium breaks offline; vector circles need nothing."""
    html = _html(build_map(MapLink(layers=("places",))).map)
    assert "L.CircleMarker" in html and "L.icon(" not in html and "iconUrl" not in html
    # the only markers are the names' DivIcons (text, no image)
    assert html.count("L.marker(") == html.count("icon: L.divIcon(")


def test_the_one_click_brief_is_one_page_with_figures_and_method(tmp_path):
    from pypdf import PdfReader

    from atlas.features.map.reports.brief import map_brief_pdf

    view = MapLink(lang="en", department="Saraya", layers=("mining_sites", "bajenu_gox", "roads"))
    path = tmp_path / "brief.pdf"
    path.write_bytes(map_brief_pdf(view))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "View: Saraya" in text and "Mining sites" in text
    assert "suppressed" in text  # the method note on incidents
    assert "synthetic" in text.lower() and "SCHEMATIC" in text  # caveats of what is shown


def test_leaflet_css_is_inline_so_features_answer_clicks_before_the_stylesheet_arrives():
    root = build_map(MapLink(layers=("places",))).map.get_root()
    root.render()  # as st_folium does, before it reads the header
    header = root.header.render()
    clickable = (
        "svg path.leaflet-interactive,svg.leaflet-image-layer.leaflet-interactive path"
        "{pointer-events:visiblePainted;pointer-events:auto;}"
    )
    assert clickable in header
    images = re.findall(r"url\(([^)#]*)\)", header)
    assert images and all(u.startswith(f"{STATIC_URL}/vendor/leaflet/dist/images/") for u in images)


def test_a_click_on_a_layer_the_session_was_not_sent_gets_no_details():
    """The click is browser input: a crafted `_layer` of a partner layer tells a viewer nothing."""
    from atlas.layers.registry import visible_ids

    crafted = {"properties": {"_layer": "services_areas", "_fid": 0}}
    assert feature_details(crafted, "en") is not None  # the layer and the feature exist
    assert "services_areas" not in visible_ids("viewer")
    assert feature_details(crafted, "en", visible_ids("viewer")) is None
    assert feature_details(crafted, "en", visible_ids("partner")) is not None
