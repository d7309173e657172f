"""Each page runs in both languages (streamlit AppTest) and hands the map only local assets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import atlas.app
from atlas.foundation.config import ALL, STATIC_URL

APP_DIR = Path(atlas.app.__file__).resolve().parent

PAGES = sorted(p.relative_to(APP_DIR).as_posix() for p in (APP_DIR / "app_pages").glob("*.py"))
# Pages that show a map when opened with no parameter: the local-asset check below needs a map to check.
MAP_PAGES = {"app_pages/map.py", "app_pages/risk.py", "app_pages/outreach.py", "app_pages/csr.py"}


def map_components(at: AppTest) -> list[dict]:
    found = []
    for element in at.main:
        for node in _walk(element):
            proto = getattr(node, "proto", None)
            if getattr(node, "type", None) == "component_instance" and "st_folium" in proto.component_name:
                found.append(json.loads(proto.json_args))
    return found


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values() if isinstance(getattr(node, "children", None), dict) else []:
        yield from _walk(child)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_page_runs_without_exception_and_hands_only_local_assets(page, lang, open_page_as):
    at = open_page_as(page, lang, "admin")  # every section of every page, the Activity page included
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"
    maps = map_components(at)
    assert bool(maps) == (page in MAP_PAGES), "the map pages draw their map as opened from a bare link"
    for args in maps:
        links = args["js_links"] + args["css_links"]
        assert links and all(link.startswith(STATIC_URL) for link in links), links


@pytest.mark.parametrize(
    ("lang", "title", "legend_word"), [("fr", "Atlas de Kédougou", "Légende"), ("en", "Kédougou Atlas", "Legend")]
)
def test_map_page_speaks_the_chosen_language(lang, title, legend_word, open_page):
    at = open_page("app_pages/map.py", lang)
    assert at.title[0].value == title
    assert any(legend_word in h.proto.body for h in at.get("html"))
    assert map_components(at), "the map component is on the page"


def test_map_page_reads_its_view_from_the_url_and_writes_it_back(open_page):
    at = open_page("app_pages/map.py", "en", dept="Saraya", layers="mining_sites,border_villages")
    assert at.button_group(key="map_dept").value == "Saraya"
    assert at.button_group(key="layers_mining").value == ["mining_sites"]
    assert at.button_group(key="layers_context").value == []  # places are off in this link
    at.button_group(key="layers_context").select("places").run()
    layers = at.query_params["layers"]
    layers = layers[0] if isinstance(layers, list) else layers
    assert {"places", "mining_sites", "border_villages"} <= set(layers.split(","))


def test_sources_page_lists_synthetic_layers_on_screen(open_page):
    at = open_page("app_pages/data.py", "en")
    warnings = " ".join(w.value for w in at.warning)
    assert "SYNTHETIC" in warnings and "Bajenu Gox" in warnings


def test_clicking_the_chosen_department_again_means_the_whole_region(open_page):
    at = open_page("app_pages/map.py", "en", dept="Saraya")
    at.button_group(key="map_dept").set_value(None).run()
    assert at.button_group(key="map_dept").value == ALL
    assert "dept" not in at.query_params  # the link says the whole region (the default)
