"""Risk page in a real browser: the hexagon choropleth is drawn, and no raw detail reaches the browser."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.incidents.hexgrid import build_grid
from dashboard.incidents.ingest import ingest
from dashboard.incidents.synth import synthesise
from tests.browser.support import map_frame, running_app, wait_for_app
from tests.test_incidents_leak import leaks

pytestmark = pytest.mark.browser
TODAY = dt.date(2026, 11, 22)


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


def _is_text(response) -> bool:
    kind = response.headers.get("content-type") or ""
    return "text" in kind or "json" in kind or "javascript" in kind


def test_no_raw_detail_reaches_the_browser(browser, tmp_path):
    raw = synthesise(600, seed=5, years=(2023, 2025), today=TODAY)
    raw["incident_id"] = [f"LEAKCHECK{i:05d}" for i in range(len(raw))]
    raw.to_csv(tmp_path / "raw.csv", index=False)
    ingest(tmp_path / "raw.csv", tmp_path / "releases" / "browserleak", years=(2023, 2025), today=TODAY,
           synthetic=True)
    received: list[str] = []
    frames: list[str] = []
    with running_app({"ATLAS_INCIDENTS_DIR": str(tmp_path / "releases")}) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url
                      or route.request.url.startswith(("data:", "blob:", "about:")) else route.abort())
        page = context.new_page()
        page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(
            payload.decode("latin-1") if isinstance(payload, bytes) else payload)))
        page.on("response", lambda r: received.append(r.text()) if r.ok and _is_text(r) else None)
        try:
            for path in ("risk?lang=fr&period=2024-Q2&category=sexual_exploitation",
                         "?lang=en&layers=incidents_heat"):
                page.goto(f"{url}/{path}")
                wait_for_app(page)
                frame = map_frame(page)
                frame.locator("path.leaflet-interactive").first.wait_for()
                received.append(page.content())
                received.extend(f.content() for f in page.frames)
        finally:
            context.close()
    everything = "\n".join(received + frames)
    assert any("browserleak" in f for f in frames)  # the app's own messages carried the temporary release
    assert any("leaflet" in f.lower() for f in frames)
    assert leaks(raw, everything) == []
