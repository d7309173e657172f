"""Map page figures for the notes: first map drawn in Chromium, payload, a layer toggle, and the floor.

Run: `.venv/bin/python -m bench.bench_map [--runs 3] [--before REF]`. Prints numbers; asserts nothing.
- first map: the same on a warm server, from opening the link (a new browser context each time: a
  first visit, nothing cached), and again in the same context (a returning visitor);
- payload: bytes the browser receives for the map page (all responses, and the map component's
  own arguments), and the Python build time of the default map;
- toggle: from clicking a layer's toggle to the map redrawn with the new feature count;
- the floor: a hello-world Streamlit page (bench/apps/hello.py, the atlas's server settings) from
  opening the link to its text shown, in the same browser: what Streamlit's own frontend costs
  before any page of ours draws anything.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import tempfile
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


TOGGLE_WAIT_JS = (
    "(n) => { const f = [...document.querySelectorAll(\"iframe[title='streamlit_folium.st_folium']\")]"
    ".find(f => f.offsetHeight > 0);"
    " return f && f.contentDocument && f.contentDocument.querySelectorAll('.leaflet-interactive').length !== n; }"
)
TARGET_FIRST_MAP_S = 2.0
TARGET_TOGGLE_S = 0.5


def layer_toggle(page, name: str):
    """A layer's toggle: a pill (button) now, a checkbox at revisions before the pills (`--before`)."""
    pill = page.get_by_role("button", name=name, exact=True)
    return pill if pill.count() else page.get_by_role("checkbox", name=name)


def _hello_visit(browser, url: str) -> float:
    """The floor: seconds from opening a hello-world page to its text shown (a new browser context)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(f"{url}/")
    page.get_by_text("world").wait_for(timeout=120_000)
    seconds = time.perf_counter() - start
    context.close()
    return seconds


def _map_visit(browser, url: str, figures: dict[str, list[float]], first_run: bool) -> None:
    """One visitor: first map (new context), two layer toggles, the link opened again (returning)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    sizes: list[int] = []
    page.on("requestfinished", lambda r, s=sizes: s.append(r.sizes()["responseBodySize"]))
    frames: list[int] = []
    page.on("websocket", lambda ws, f=frames: ws.on("framereceived", lambda p, f=f: f.append(len(p))))
    start = time.perf_counter()
    page.goto(f"{url}/?lang=fr")
    frame = map_frame(page)
    frame.locator(".leaflet-interactive").first.wait_for(state="attached", timeout=120_000)
    if not first_run:  # the server's first page: imports and first build (not what a room waits for)
        figures["first"].append(time.perf_counter() - start)
    wait_for_app(page)
    figures["received"].append((sum(sizes) + sum(frames)) / 1024)
    figures["component"].append(sum(frames) / 1024)
    for _ in range(2):  # Localités off, then on again
        before = frame.locator(".leaflet-interactive").count()
        start = time.perf_counter()
        layer_toggle(page, "Localités").click(force=True)
        page.wait_for_function(TOGGLE_WAIT_JS, arg=before, timeout=60_000)
        if not first_run:
            figures["toggles"].append(time.perf_counter() - start)
        wait_for_app(page)
    if not first_run:  # the same person opening the link again: the browser has Streamlit's code cached
        again = context.new_page()
        start = time.perf_counter()
        again.goto(f"{url}/?lang=fr")
        map_frame(again).locator(".leaflet-interactive").first.wait_for(state="attached")
        figures["returning"].append(time.perf_counter() - start)
    context.close()


def browser_figures(runs: int, envs: dict[str, dict[str, str]]) -> dict[str, dict[str, float]]:
    """First map and toggle times in Chromium, per atlas in `envs` (name → environment), and the floor.

    Every server is started first, then each run visits them in turn (atlas, before, hello-world):
    on a machine whose load moves by the minute, the figures compared come from the same minutes.
    """
    from playwright.sync_api import sync_playwright

    from tests.helpers.protocol import server, streamlit_argv

    collected = {name: {k: [] for k in ("first", "returning", "toggles", "received", "component")} for name in envs}
    hello: list[float] = []
    with sync_playwright() as pw, contextlib.ExitStack() as stack:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        urls = {name: stack.enter_context(running_app(extra_env=env)) for name, env in envs.items()}
        hello_port = stack.enter_context(server(streamlit_argv(ROOT / "bench" / "apps" / "hello.py")))
        for run in range(runs + 1):
            for name, url in urls.items():
                _map_visit(browser, url, collected[name], first_run=run == 0)
            seconds = _hello_visit(browser, f"http://127.0.0.1:{hello_port}")
            if run:
                hello.append(seconds)
        browser.close()
    out = {
        name: {
            "first map, warm server (s, median)": statistics.median(f["first"]),
            "first map, warm server (s, worst)": max(f["first"]),
            "first map, returning visitor (s, median)": statistics.median(f["returning"]),
            "page payload received (KB)": statistics.median(f["received"]),
            "of which websocket/app messages (KB)": statistics.median(f["component"]),
            "layer toggle (s, median)": statistics.median(f["toggles"]),
            "layer toggle (s, worst)": max(f["toggles"]),
        }
        for name, f in collected.items()
    }
    out["floor"] = {"hello-world page shown (s, median)": statistics.median(hello)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", metavar="REF", help="also measure the atlas at this git revision")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="atlas-before-") as tmp:
        envs: dict[str, dict[str, str]] = {"atlas": {}}
        if args.before:
            from bench.bench_load import extract_revision

            envs[f"atlas@{args.before}"] = {"PYTHONPATH": str(extract_revision(args.before, Path(tmp)))}
        results = browser_figures(args.runs, envs)
    results["atlas"] = {**python_build_figures(), **results["atlas"]}
    print(json.dumps({name: {k: round(v, 3) for k, v in r.items()} for name, r in results.items()}, indent=2))
    floor = results["floor"]["hello-world page shown (s, median)"]
    first = results["atlas"]["first map, warm server (s, median)"]
    print(f"floor: a hello-world Streamlit page is shown in {floor:.2f} s in this browser, this run;")
    print(f"       the atlas's first map comes {first - floor:.2f} s after that")
    now = results["atlas"]
    base = results.get(f"atlas@{args.before}", {})
    for label, key, goal in (
        ("browser first map, first visit", "first map, warm server (s, median)", TARGET_FIRST_MAP_S),
        ("browser first map, returning visitor", "first map, returning visitor (s, median)", TARGET_FIRST_MAP_S),
        ("layer toggle", "layer toggle (s, median)", TARGET_TOGGLE_S),
    ):
        verdict = "MET   " if now[key] <= goal else "MISSED"
        baseline = f"; before {base[key]:.2f} s, ratio {now[key] / base[key]:.2f}" if key in base else ""
        print(f"{verdict} {label}: {now[key]:.2f} s (target ≤ {goal} s{baseline})")


if __name__ == "__main__":
    main()
