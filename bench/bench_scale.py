"""The map at ×1, ×10 and ×100 point data: payload and server time per run, beside a naive folium build.

Run: `.venv/bin/python -m bench.bench_scale [--scales 1,10,100] [--runs 8]`. Prints numbers; asserts nothing.
For each scale the point layers (places, mining sites, border villages, crossings) are copied
with a small jitter and imported through the app's own import path into a temporary `ATLAS_HOME`
(`import_scaled`, the one place to change when the versioned store replaces file imports); then
- map payload: bytes the map component carries for the default view (map frame + overlays), in
  process, and the same for a high-zoom view; the naive folium build of the same layers beside it;
- server: an `atlas serve` on that data, new protocol-level sessions one after another: the first
  (cold, builds the caches), then the median and worst of `--runs` warm ones, with the component
  bytes actually sent.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time

from tests.helpers.protocol import atlas_argv, one_run, server
from tests.helpers.scaled import import_scaled

TARGET_PAYLOAD_BYTES = 1_000_000
TARGET_RUN_S = 0.3


def payloads() -> dict[str, float]:
    """Map payload for the default view and a zoom-13 view, and the naive build's, in bytes; build seconds."""
    import folium

    from atlas.common.web.cachescope import cache_scope
    from atlas.features.map.analysis.link import MapLink
    from atlas.features.map.analysis.viewport import bounds_around
    from atlas.features.map.web import page
    from atlas.layers.registry import all_layers, load_frame

    scope = cache_scope()
    view = MapLink(lang="fr")
    home = page.MapHome.of(view)
    center, zoom = home.center_zoom()
    start = time.perf_counter()
    frame = page.map_frame(home, scope)
    overlay = page.map_overlay(page._chosen(view), view.department, view.lang, zoom, bounds_around(center, zoom), scope)
    build = time.perf_counter() - start
    near = page.map_overlay(page._chosen(view), view.department, view.lang, 13, bounds_around(center, 13), scope)
    start = time.perf_counter()
    naive = folium.Map(location=list(center), zoom_start=zoom, tiles=None)

    for spec in all_layers():
        if spec.default_on:
            layer = load_frame(spec.id)
            fields = [c for c in layer.columns if c != "geometry"][:6]
            folium.GeoJson(
                layer.to_json(default=str),
                tooltip=folium.GeoJsonTooltip(fields=fields[:1]),
                popup=folium.GeoJsonPopup(fields=fields),
            ).add_to(naive)
    naive_html = naive.get_root().render()
    naive_build = time.perf_counter() - start
    return {
        "payload": frame.payload.size + len(overlay.script.encode()),
        "payload_zoom13": frame.payload.size + len(near.script.encode()),
        "drawn": sum(overlay.counts.values()),
        "build_s": build,
        "naive_payload": len(naive_html.encode()),
        "naive_build_s": naive_build,
    }


def served(runs: int) -> dict[str, float]:
    """New sessions one after another against `atlas serve` on the current ATLAS_HOME."""
    with server(atlas_argv()) as port:
        cold = asyncio.run(one_run(port, "lang=fr"))
        warm = [asyncio.run(one_run(port, "lang=fr")) for _ in range(runs)]
        rerun = [asyncio.run(one_run(port, "lang=fr", reruns=1)) for _ in range(runs)]
    return {
        "cold_s": cold.seconds,
        "new_session_p50_s": statistics.median(r.seconds for r in warm),
        "new_session_max_s": max(r.seconds for r in warm),
        "rerun_p50_s": statistics.median(r.seconds for r in rerun),
        "component_bytes": statistics.median(r.component_bytes for r in warm),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args(argv)
    rows = {}
    for factor in (int(x) for x in args.scales.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"atlas-x{factor}-") as home:
            os.environ["ATLAS_HOME"] = home
            import_scaled(factor)
            rows[factor] = {**payloads(), **served(args.runs)}
            r = rows[factor]
            print(
                f"  ×{factor}: payload {r['payload'] / 1e6:.2f} MB, warm run {r['new_session_p50_s']:.2f} s", flush=True
            )
    print()
    print(
        f"{'data':>5}{'drawn':>7}{'map MB':>8}{'zoom13 MB':>10}{'naive MB':>9}{'build s':>8}{'naive s':>8}"
        f"{'sent MB':>8}{'cold s':>7}{'new p50':>8}{'new max':>8}{'rerun':>7}"
    )
    for factor, r in rows.items():
        print(
            f"{'×' + str(factor):>5}{r['drawn']:>7}{r['payload'] / 1e6:>8.2f}{r['payload_zoom13'] / 1e6:>10.2f}"
            f"{r['naive_payload'] / 1e6:>9.2f}{r['build_s']:>8.2f}{r['naive_build_s']:>8.2f}"
            f"{r['component_bytes'] / 1e6:>8.2f}{r['cold_s']:>7.2f}{r['new_session_p50_s']:>8.2f}"
            f"{r['new_session_max_s']:>8.2f}{r['rerun_p50_s']:>7.2f}"
        )
    top = max(rows)
    r = rows[top]
    print()
    for label, ok, value, goal, base in (
        (f"×{top} map payload (MB)", max(r["payload"], r["component_bytes"]) <= TARGET_PAYLOAD_BYTES,
         max(r["payload"], r["component_bytes"]) / 1e6, TARGET_PAYLOAD_BYTES / 1e6, r["naive_payload"] / 1e6),
        (f"×{top} server run, new session p50 (s)", r["new_session_p50_s"] <= TARGET_RUN_S, r["new_session_p50_s"],
         TARGET_RUN_S, r["naive_build_s"]),
    ):  # fmt: skip
        verdict = "MET   " if ok else "MISSED"
        print(f"{verdict} {label}: {value:.2f} (target ≤ {goal}; naive {base:.2f}, ratio {value / base:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
