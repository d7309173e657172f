"""The map page in real headless Chromium against `streamlit run`, with no request leaving 127.0.0.1."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.helpers.browser import exceptions_on_page, map_frame, map_iframe, wait_for_app

pytestmark = pytest.mark.browser

ALL_DEFAULT = "?lang=fr"  # the map is the default page: it lives at /


def drawn_count(page) -> int:
    caption = page.get_by_text(re.compile(r"\d+ (objets affichés|features drawn)")).first.inner_text()
    return int(re.match(r"(\d+)", caption).group(1))


def test_map_page_draws_every_default_layer_offline(page, app_url):
    page.goto(f"{app_url}/{ALL_DEFAULT}")
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator(".leaflet-interactive").first.wait_for(state="attached")
    expected = drawn_count(page)
    assert expected > 180  # countries … crossings: every default layer a visitor may see (no partner layer)
    assert frame.locator(".leaflet-interactive").count() == expected
    assert not exceptions_on_page(page)
    attribution = frame.locator(".leaflet-control-attribution").inner_text()
    assert "Natural Earth" in attribution and "Who's On First" in attribution


FIND_UNCOVERED_FEATURE_JS = """(layerId) => {
    for (const key of Object.keys(window)) {
        const layer = window[key];
        if (!key.startsWith('geo_json') || !layer || !layer.eachLayer) continue;
        let found = null;
        layer.eachLayer(l => {
            if (found || !l.feature || l.feature.properties._layer !== layerId || !l._path) return;
            const p = window.map_div.latLngToContainerPoint(l.getLatLng());
            const r = window.map_div.getContainer().getBoundingClientRect();
            if (document.elementFromPoint(r.left + p.x, r.top + p.y) === l._path) found = l;
        });
        if (found) {
            found._path.setAttribute('data-test-target', layerId);
            return found.feature.properties._tip;
        }
    }
    return null;
}"""


def _click_first_feature_of(page, layer_id: str) -> str:
    """Click, with the real mouse, the first uncovered feature of `layer_id`; return its tooltip name.

    A feature is clickable only once Leaflet's CSS applies (before that its path ignores the mouse;
    the map now carries that CSS inline), so the helper first waits until one is on top under its
    own centre. Should a click still
    reach the pane underneath, it clicks again, at most three times, until Leaflet's popup opens;
    what the test then checks (the server-side details panel) is unchanged.
    """
    frame = map_frame(page)
    handle = map_iframe(page).content_frame().wait_for_function(FIND_UNCOVERED_FEATURE_JS, arg=layer_id, timeout=30_000)
    name = handle.json_value()
    for _attempt in range(3):
        frame.locator(f"[data-test-target='{layer_id}']").click()
        try:
            frame.locator(".leaflet-popup").wait_for(timeout=3_000)
            return name
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"three clicks on {name!r} never opened its popup")


def test_clicking_a_mining_site_shows_its_details_and_source(page, app_url):
    page.goto(f"{app_url}/?lang=en&layers=departments,mining_sites")
    wait_for_app(page)
    map_frame(page).locator(".leaflet-interactive").first.wait_for(state="attached")
    name = _click_first_feature_of(page, "mining_sites")
    page.wait_for_function(
        "(name) => [...document.querySelectorAll('[data-testid=\"stTable\"]')].some(d => d.innerText.includes(name))",
        arg=name,
        timeout=30_000,
    )
    text = page.locator("[data-testid='stTable']").last.inner_text()
    assert name in text and "Source" in text and "How located" in text


def test_switching_language_changes_the_legend_and_keeps_the_view(page, app_url):
    page.goto(f"{app_url}/?lang=fr&dept=Saraya&layers=mining_sites,bajenu_gox")
    wait_for_app(page)
    map_frame(page).locator(".leaflet-interactive").first.wait_for(state="attached")
    wait_for_app(page)
    legend = page.locator(".atlas-legend")
    assert "Légende" in legend.inner_text() and "faible" in legend.inner_text()
    page.get_by_role("radio", name="English").click()
    page.wait_for_function("() => document.querySelector('.atlas-legend')?.innerText.includes('Legend')")
    wait_for_app(page)
    text = page.locator(".atlas-legend").inner_text()
    assert "Mining and gold-panning sites" in text and "low" in text
    assert "dept=Saraya" in page.url and "bajenu_gox" in page.url  # the view survived the switch
    assert page.get_by_text("SYNTHETIC", exact=False).first.is_visible()


def test_sources_page_loads_in_both_languages(page, app_url):
    for lang, heading in (("fr", "Données & sources"), ("en", "Data & sources")):
        page.goto(f"{app_url}/data?lang={lang}")
        wait_for_app(page)
        page.get_by_role("heading", name=heading).first.wait_for()
        assert not exceptions_on_page(page)


def test_every_page_url_opens_without_a_page_not_found_dialog(page, app_url):
    """Links people share must open the page they name (the map is the default page, at /)."""
    for path in ("?lang=fr", "risk?lang=fr", "outreach?lang=en", "csr?lang=en", "data?lang=fr"):
        page.goto(f"{app_url}/{path}")
        wait_for_app(page)
        assert page.locator("[role=dialog]").count() == 0, path
        assert not exceptions_on_page(page), path
