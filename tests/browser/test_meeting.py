"""The meeting room in real Chromium at a projector's 1366×768: map above the fold, details beside it,
presentation mode without the side panel, and a deck built, presented and left with the keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from atlas.foundation.i18n import t, tn
from tests.helpers.browser import exceptions_on_page, map_frame, map_iframe, wait_for_app

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1366, "height": 768}
SIDEBAR = "[data-testid='stSidebar']"


@pytest.fixture
def projector(guarded_context):
    """A page at a projector's 1366×768, in a context that fails the test on any non-local request."""
    page = guarded_context(viewport=PROJECTOR, accept_downloads=True).new_page()
    page.set_default_timeout(60_000)
    return page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_map_top_is_above_the_fold_and_the_details_sit_beside_it(projector, app_url, lang):
    page = projector
    page.goto(f"{app_url}/?lang={lang}")
    wait_for_app(page)
    map_frame(page).locator(".leaflet-interactive").first.wait_for(state="attached")
    box = map_iframe(page).bounding_box()
    assert box["y"] < 300, box  # was 446 px down, below a third of the screen
    assert box["y"] + box["height"] <= PROJECTOR["height"] + 20, box  # nearly the whole map in sight
    details = page.get_by_text(t("details.title", lang), exact=True).bounding_box()
    assert details["x"] >= box["x"] + box["width"], (details, box)  # beside the map, not below
    assert details["y"] < box["y"] + box["height"] and details["y"] + details["height"] < PROJECTOR["height"]
    legend = page.locator(".atlas-legend").bounding_box()
    assert legend["x"] >= box["x"] + box["width"] and legend["y"] < PROJECTOR["height"]
    assert not exceptions_on_page(page)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_presentation_mode_hides_the_side_panel_and_esc_leaves(projector, app_url, lang):
    page = projector
    page.goto(f"{app_url}/?lang={lang}&layers=departments,mining_sites,bajenu_gox&present=1")
    wait_for_app(page)
    map_frame(page).locator(".leaflet-interactive").first.wait_for(state="attached")
    assert page.locator(SIDEBAR).is_hidden()
    box = map_iframe(page).bounding_box()
    assert box["y"] < 200 and box["y"] + box["height"] <= PROJECTOR["height"], box
    assert box["width"] > 900  # the map takes most of the screen
    legend = page.locator(".atlas-legend-big")
    assert legend.is_visible() and t("map.legend", lang) in legend.inner_text()
    row = legend.locator(".legend-row").first.bounding_box()
    assert row["height"] >= 24  # large enough to read from the back of a room
    exit_button = page.get_by_role("button", name=re.compile(re.escape(t("present.exit", lang))))
    assert exit_button.is_visible()
    page.keyboard.press("Escape")
    page.wait_for_function("() => !location.search.includes('present=1')")
    wait_for_app(page)
    page.locator(SIDEBAR).wait_for(state="visible")
    assert "bajenu_gox" in page.url  # the view survives leaving presentation mode


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deck_is_built_presented_with_the_keyboard_and_exported(projector, app_url, lang):
    page = projector
    page.goto(f"{app_url}/?lang={lang}&dept=Saraya&layers=departments,mining_sites")
    wait_for_app(page)
    map_frame(page).locator(".leaflet-interactive").first.wait_for(state="attached")
    wait_for_app(page)
    _add_view(page, lang, 1)
    page.locator(SIDEBAR).get_by_role("link", name=t("page.risk", lang)).click()
    wait_for_app(page)
    map_frame(page)
    wait_for_app(page)
    _add_view(page, lang, 2)
    page.locator(SIDEBAR).get_by_role("link", name=t("page.deck", lang)).click()
    wait_for_app(page)
    page.wait_for_function("() => location.search.includes('deck=1.')")
    titles = [box.input_value() for box in page.locator("[class*='st-key-deck_title_'] input").all()]
    assert len(titles) == 2 and titles[0] == f"{t('page.map', lang)} — Saraya"
    assert titles[1].startswith(t("page.risk", lang))
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile(re.escape(t("deck.download.pdf", lang)))).click()
    assert download.value.suggested_filename.endswith(f"-{lang}.pdf")
    page.get_by_role("button", name=re.compile(f"^{re.escape(t('deck.present', lang))}")).click()
    page.wait_for_function("() => location.search.includes('slide=1')")
    wait_for_app(page)
    assert page.locator(SIDEBAR).is_hidden()
    map_frame(page)
    position = t("deck.present.position", lang, n=1, total=2)
    assert position in page.locator(".atlas-present-sub").inner_text()
    page.keyboard.press("PageDown")
    page.wait_for_function("() => location.search.includes('slide=2')")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("() => location.search.includes('slide=1')")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !location.search.includes('present=1')")
    wait_for_app(page)
    page.locator(SIDEBAR).wait_for(state="visible")
    assert not exceptions_on_page(page)


def _add_view(page, lang: str, count: int) -> None:
    """Open the side panel's "Add to the deck" popover and add the view under its suggested title,
    until the toast says the deck holds `count` views.

    A map page reruns once its map reports its centre, which may close a popover opened meanwhile
    or swallow a click: the popover is opened and the button clicked again (at most three times).
    """
    add = page.get_by_role("button", name=t("deck.add.button", lang))
    added = page.get_by_text(tn("deck.added", count, lang), exact=True)
    for _attempt in range(3):
        page.locator(SIDEBAR).get_by_role("button", name=re.compile(re.escape(t("deck.add", lang)))).click()
        try:
            add.wait_for(timeout=5_000)
            add.click()
            added.first.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            wait_for_app(page)
    else:
        raise AssertionError(f"the view was not added (expected {count} in the deck)")
    page.keyboard.press("Escape")  # close the popover


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deck_file_is_opened_and_a_bad_one_refused(projector, app_url, lang):
    from atlas.features.deck.analysis.codec import deck_file
    from atlas.features.deck.analysis.model import make_view

    page = projector
    page.goto(f"{app_url}/deck?lang={lang}")
    wait_for_app(page)
    uploader = page.locator("[data-testid='stFileUploaderDropzoneInput']")
    uploader.set_input_files(files=[{"name": "deck.json", "mimeType": "application/json", "buffer": b'{"format": 1}'}])
    page.get_by_text(t("deck.refused.not_a_deck", lang)).wait_for()
    assert page.locator("[class*='st-key-deck_title_']").count() == 0
    views = (make_view("risk", "Incidents <script>alert(1)</script>", {}), make_view("csr", "Sabodala", {}))
    good = {"name": "deck.json", "mimeType": "application/json", "buffer": deck_file(views)}
    uploader.set_input_files(files=[good])
    page.locator("[class*='st-key-deck_title_'] input").nth(1).wait_for()
    titles = [box.input_value() for box in page.locator("[class*='st-key-deck_title_'] input").all()]
    assert titles == ["Incidents <script>alert(1)</script>", "Sabodala"]  # text, never markup
    page.wait_for_function("() => location.search.includes('deck=1.')")
    assert not exceptions_on_page(page)
