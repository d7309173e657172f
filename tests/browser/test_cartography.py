"""Names on the map and the point-only concession symbol, in real Chromium (no request leaves 127.0.0.1)."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.helpers.browser import MAP_FRAME_VISIBLE, exceptions_on_page, map_frame, map_iframe, wait_for_app

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("lang", "names"),
    [("fr", ("Saraya", "Kédougou", "Salémata", "Mali", "Guinée")), ("en", ("Saraya", "Kédougou", "Mali", "Guinea"))],
)
def test_town_department_and_country_names_are_drawn(page, app_url, lang, names):
    page.goto(f"{app_url}/?lang={lang}")
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator(".atlas-label").first.wait_for(state="attached")
    drawn = frame.locator(".atlas-label").all_inner_texts()
    for name in names:
        assert any(name.lower() == text.strip().lower() for text in drawn), f"{name} not among {drawn[:30]}"
    towns = frame.locator(".atlas-label-town").count()
    assert frame.locator(".atlas-label-admin1").count() >= 2  # department names
    frame.locator(".leaflet-control-zoom-in").click()
    frame.locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(800)
    assert frame.locator(".atlas-label-town").count() > towns  # more places named when zoomed in
    assert not exceptions_on_page(page)


def test_a_point_only_concession_is_its_own_clickable_symbol_above_the_sites(page, app_url):
    page.goto(f"{app_url}/?lang=en&layers=mining_sites,concessions")
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator(".atlas-diamond polygon").first.wait_for(state="attached")
    assert frame.locator(".atlas-diamond").count() == 4  # Sabodala, Mako, Boto, Makabingui
    page.wait_for_timeout(1_000)  # the map settles (fit, fonts) before positions are read
    # The outline takes the click, the middle is left to the site marker underneath: click the real
    # mouse 1 px inside the diamond's left corner (page position = iframe + position in the iframe).
    inner = map_iframe(page).content_frame()
    for _attempt in range(3):
        iframe = page.locator(MAP_FRAME_VISIBLE).bounding_box()
        left, top, _w, height = inner.evaluate(
            "() => { const r = document.querySelector('.atlas-diamond polygon').getBoundingClientRect();"
            " return [r.left, r.top, r.width, r.height]; }"
        )
        page.mouse.click(iframe["x"] + left + 1, iframe["y"] + top + height / 2)
        try:
            frame.locator(".leaflet-popup").wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            continue
    popup = frame.locator(".leaflet-popup").inner_text()
    assert any(name in popup for name in ("Sabodala", "Mako", "Boto", "Makabingui"))  # the title's name
    # The record itself comes from the server (no popup table per feature): the details panel.
    page.get_by_text("not published", exact=False).first.wait_for(timeout=15_000)
    assert not exceptions_on_page(page)
