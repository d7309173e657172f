"""Names on every map: towns by importance and zoom, departments, countries, rivers; escaped."""

from __future__ import annotations

import json
import re

import pytest

from atlas.common.web.mapframe import _Labels, finish_map, new_map
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.web.page import build_map
from atlas.layers.cartography import MapLabel, map_labels


def _labels_in(html: str) -> list[list]:
    match = re.search(r"var specs = (\[.*?\]);\n", html)
    assert match, "the map has no label block"
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("fr", ("Saraya", "Kédougou", "Salémata", "Mali", "Guinée", "Gambie", "Falémé")),
        ("en", ("Saraya", "Kédougou", "Salémata", "Mali", "Guinea", "Gambia", "Falémé")),
    ],
)
def test_the_map_page_names_towns_departments_countries_and_rivers(lang, names):
    html = build_map(MapLink(lang=lang)).map.get_root().render()
    labels = _labels_in(html)
    texts = {row[2] for row in labels}
    for name in names:
        assert name in texts
    kinds = {(row[2], row[3]) for row in labels}
    assert ("Saraya", "admin1") in kinds and ("Saraya", "town") in kinds
    assert ("Sabodala", "admin2") in kinds  # arrondissement names
    other = "Guinea" if lang == "fr" else "Guinée"
    assert other not in texts  # country names in the page language only


def test_seats_are_named_at_every_zoom_and_villages_only_zoomed_in():
    by_text = {}
    for label in map_labels("fr"):
        if label.layer == "places":
            by_text.setdefault(label.text, label)
    assert by_text["Kédougou"].min_zoom == 0 and by_text["Saraya"].min_zoom == 0
    assert by_text["Bembou"].min_zoom <= 9  # a commune seat, named at the default zoom
    villages = [lab for lab in map_labels("fr") if lab.layer == "places" and lab.min_zoom >= 12]
    assert len(villages) > 300


def test_villages_are_sent_but_drawn_only_from_zoom_11():
    built = build_map(MapLink(lang="fr", layers=("places",)))
    html = built.map.get_root().render()
    assert re.search(r"gated\.push\(\[geo_json_\w+, 11\]\)", html)
    assert built.later >= 327  # the uncurated villages wait for a closer zoom
    assert built.counts["places"] == 364


def test_label_texts_are_escaped():
    hostile = MapLabel(-12.0, 12.8, "<img src=x onerror=alert(1)>", "town", 0, 1.0, "places")
    m = new_map("fr")
    _Labels([hostile], []).add_to(m)
    html = m.get_root().render()
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_every_feature_map_gets_the_names():
    m = finish_map(new_map("en"), [])
    texts = {row[2] for row in _labels_in(m.get_root().render())}
    assert {"Kédougou", "Mali", "Guinea"} <= texts


def test_point_only_concessions_are_their_own_clickable_symbol():
    html = build_map(MapLink(lang="fr", layers=("mining_sites", "concessions"))).map.get_root().render()
    assert html.count("atlas-diamond-svg") >= 1
    assert "pointer-events:visibleStroke" in html  # the outline takes the click, the middle lets it through


def test_the_risk_map_has_department_outlines_and_names():
    from atlas.features.risk.analysis.api import latest_release
    from atlas.features.risk.web.heat import heat_map

    release = latest_release()
    assert release is not None
    html = heat_map(release, release.default_period, "all", "fr").get_root().render()
    assert html.count('"interactive": false') >= 2  # country and department outlines, never in the way of a hexagon
    texts = {row[2] for row in _labels_in(html)}
    assert {"Kédougou", "Saraya", "Salémata"} <= texts
