"""Risk page in a real browser: the choropleth (one period or two compared), the brief, and no raw detail
reaching the browser."""

from __future__ import annotations

import io

import pypdf
import pytest

from atlas.features.risk.analysis.hexgrid import build_grid
from tests.helpers.browser import MAP_FRAME, MAP_FRAME_VISIBLE, map_frame, running_app, wait_for_app
from tests.helpers.leaks import leaks

pytestmark = pytest.mark.browser


def test_risk_page_draws_the_choropleth_with_legend_and_note(page, app_url):
    page.goto(f"{app_url}/risk?lang=fr&period=2024&category=all")
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator("path.leaflet-interactive").first.wait_for()
    assert frame.locator("path.leaflet-interactive").count() == len(build_grid().hex_ids)
    assert frame.locator(".atlas-heat-legend").count() == 1
    assert "SYNTHÉTIQUES" in frame.locator(".atlas-heat-legend").inner_text()
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "Protection des victimes" in body and "< 10" in body and "n.p." in body
    assert "Année 2024 · Toutes catégories" in frame.locator(".atlas-heat-legend").inner_text()
    assert "period=2024" in page.url and "category=all" in page.url


TWO_VISIBLE_MAPS_JS = (
    f"() => [...document.querySelectorAll({MAP_FRAME!r})].filter(f => f.offsetHeight > 0).length === 2"
)


def test_a_link_with_compare_shows_two_maps_the_comparison_and_briefs_both(page, app_url):
    page.goto(f"{app_url}/risk?lang=en&period=2024&category=all&compare=2023")
    wait_for_app(page)
    page.wait_for_function(TWO_VISIBLE_MAPS_JS)
    legends = []
    for i in range(2):
        frame = page.frame_locator(MAP_FRAME_VISIBLE).nth(i)
        frame.locator("path.leaflet-interactive").first.wait_for()
        assert frame.locator("path.leaflet-interactive").count() == len(build_grid().hex_ids)
        legends.append(frame.locator(".atlas-heat-legend").inner_text())
    assert "Year 2023 · All categories" in legends[0] and "Year 2024 · All categories" in legends[1]
    assert "Comparison of published totals" in page.locator("[data-testid='stMain']").inner_text()
    # the comparison table, then the table by victims' country of origin (issue 12); no totals table
    assert page.locator("[data-testid='stDataFrame']").count() == 2
    assert "Incidents by victims' country of origin" in page.locator("[data-testid='stMain']").inner_text()
    assert "compare=2023" in page.url and "period=2024" in page.url
    with page.expect_download() as download:
        page.get_by_role("button", name="One-page brief (PDF)").click()
    reader = pypdf.PdfReader(io.BytesIO(download.value.path().read_bytes()))
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1 and "Year 2023 and Year 2024" in text and "Change (Year 2024 − Year 2023)" in text
    assert "Incidents by victims' country of origin" in text and "Nigeria" in text  # the lens is in the brief


def _is_text(response) -> bool:
    kind = response.headers.get("content-type") or ""
    return "text" in kind or "json" in kind or "javascript" in kind


def test_no_raw_detail_reaches_the_browser(guarded_context, marked_release):
    raw, releases, name = marked_release
    received: list[str] = []
    frames: list[str] = []
    with running_app({"ATLAS_INCIDENTS_DIR": str(releases)}) as url:
        context = guarded_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.on(
            "websocket",
            lambda ws: ws.on(
                "framereceived",
                lambda payload: frames.append(payload.decode("latin-1") if isinstance(payload, bytes) else payload),
            ),
        )
        page.on("response", lambda r: received.append(r.text()) if r.ok and _is_text(r) else None)
        try:
            for path in ("risk?lang=fr&period=2024-Q2&category=sexual_exploitation", "?lang=en&layers=incidents_heat"):
                page.goto(f"{url}/{path}")
                wait_for_app(page)
                frame = map_frame(page)
                frame.locator("path.leaflet-interactive").first.wait_for()
                received.append(page.content())
                received.extend(f.content() for f in page.frames)
        finally:
            context.close()
    everything = "\n".join(received + frames)
    assert any(name in f for f in frames)  # the app's own messages carried the temporary release
    assert any("leaflet" in f.lower() for f in frames)
    assert leaks(raw, everything) == []
