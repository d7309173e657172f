"""The map in Chromium as overlays on a kept map: toggles redraw features only; ×100 data arrive as counted cells."""

from __future__ import annotations

import pytest

from tests.helpers.browser import exceptions_on_page, map_frame, map_iframe, running_app, wait_for_app
from tests.helpers.scaled import import_scaled

pytestmark = pytest.mark.browser

DRAWN_JS = "() => document.querySelectorAll('.leaflet-interactive').length"
CELLS_JS = """() => {
    let cells = 0, counted = 0;
    for (const key of Object.keys(window)) {
        const layer = window[key];
        if (!key.startsWith('geo_json') || !layer || !layer.eachLayer || !layer._map) continue;
        layer.eachLayer(l => { const n = l.feature && l.feature.properties._count; if (n) { cells++; counted += n; } });
    }
    return [cells, counted];
}"""


def test_toggling_a_layer_redraws_its_features_in_the_same_map(page, app_url):
    page.goto(f"{app_url}/?lang=fr")
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator(".leaflet-interactive").first.wait_for(state="attached")
    inner = map_iframe(page).content_frame()
    inner.evaluate("() => { window.__same_map = true; }")
    before = inner.evaluate(DRAWN_JS)
    page.get_by_role("button", name="Localités", exact=True).click()
    inner.wait_for_function(f"(n) => ({DRAWN_JS})() < n", arg=before, timeout=30_000)
    wait_for_app(page)
    assert inner.evaluate("() => window.__same_map === true")  # the overlay changed, the map was kept
    assert not exceptions_on_page(page)


@pytest.fixture(scope="module")
def hundredfold_url(tmp_path_factory):
    home = tmp_path_factory.mktemp("x100")
    env = {"ATLAS_HOME": str(home)}  # the app's default store: a SQLite file there
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        import_scaled(100)
    with running_app(extra_env=env) as url:
        yield url


def test_a_hundred_times_the_points_arrive_as_counted_cells_under_a_megabyte(page, hundredfold_url):
    received: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda p: received.append(len(p))))
    page.goto(f"{hundredfold_url}/?lang=fr")
    wait_for_app(page, timeout=120_000)
    map_frame(page, timeout=120_000).locator(".leaflet-interactive").first.wait_for(state="attached")
    inner = map_iframe(page).content_frame()
    cells, counted = inner.evaluate(CELLS_JS)
    assert cells > 0 and counted > 2 * cells  # places and villages come as cells standing for many
    assert inner.evaluate(DRAWN_JS) < 1_500
    assert sum(received) < 1_000_000
    assert not exceptions_on_page(page)
