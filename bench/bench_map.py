"""Map page figures for the notes: cold start to first map drawn, payload, rerun on a layer toggle.

Run: `.venv/bin/python -m bench.bench_map [--runs 3]`. Prints numbers; asserts nothing.
- cold start: from `streamlit run` spawn to the first Leaflet feature drawn in headless Chromium;
- payload: bytes the browser receives for the map page (all responses, and the map component's
  own arguments), and the Python build time of the default map;
- toggle: from clicking a layer checkbox to the map redrawn with the new feature count.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from tests.helpers.browser import CHROMIUM, CHROMIUM_ARGS, map_frame, running_app, wait_for_app

ROOT = Path(__file__).resolve().parent.parent


def python_build_figures() -> dict[str, float]:
    from atlas.features.map.analysis.link import MapLink
    from atlas.features.map.web.page import build_map
    from atlas.layers.registry import all_layers

    default = MapLink(lang="fr", layers=tuple(s.id for s in all_layers() if s.default_on))
    everything = MapLink(lang="fr", layers=tuple(s.id for s in all_layers()))
    out = {}
    for label, view in (("default", default), ("all layers", everything)):
        start = time.perf_counter()
        html = build_map(view).map.get_root().render()
        out[f"build+render {label} (s)"] = time.perf_counter() - start
        out[f"map html {label} (KB)"] = len(html.encode()) / 1024
    return out


def browser_figures(runs: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    cold, toggles, received, component = [], [], [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            spawn = time.perf_counter()
            with running_app() as url:
                page = browser.new_page(viewport={"width": 1500, "height": 1100})
                sizes: list[int] = []
                page.on("requestfinished", lambda r, s=sizes: s.append(r.sizes()["responseBodySize"]))
                frames: list[int] = []
                page.on("websocket", lambda ws, f=frames: ws.on("framereceived", lambda p, f=f: f.append(len(p))))
                page.goto(f"{url}/?lang=fr")
                frame = map_frame(page)
                frame.locator(".leaflet-interactive").first.wait_for(state="attached")
                cold.append(time.perf_counter() - spawn)
                wait_for_app(page)
                received.append((sum(sizes) + sum(frames)) / 1024)
                component.append(sum(frames) / 1024)
                before = frame.locator(".leaflet-interactive").count()
                start = time.perf_counter()
                page.get_by_role("checkbox", name="Localités").click(force=True)
                page.wait_for_function(
                    "(n) => { const f = document.querySelector(\"iframe[title='streamlit_folium.st_folium']\");"
                    " return f && f.contentDocument &&"
                    " f.contentDocument.querySelectorAll('.leaflet-interactive').length !== n; }",
                    arg=before,
                )
                frame.locator(".leaflet-interactive").first.wait_for(state="attached")
                toggles.append(time.perf_counter() - start)
                page.close()
        browser.close()
    return {
        "cold start to first map (s)": statistics.median(cold),
        "page payload received (KB)": statistics.median(received),
        "of which websocket/app messages (KB)": statistics.median(component),
        "rerun after a layer toggle (s)": statistics.median(toggles),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = {**python_build_figures(), **browser_figures(args.runs)}
    print(json.dumps({k: round(v, 3) for k, v in results.items()}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
