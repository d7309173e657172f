"""Time to compute the impact zone and the ranked gap table for the largest concession.

Also times the re-ranking with custom weights (what moving a weight slider on the page costs:
the cached analysis cannot be reused, the table is scored again).

Run: .venv/bin/python -m bench.bench_coverage [--repeat 20] [--buffer-km 15]
Prints numbers only (no thresholds): cold run (first call: layers read, network built if the
route planner is installed), then warm runs (what a page interaction costs), per step.
"""

from __future__ import annotations

import argparse
import statistics
import time

from atlas.common.reports.tables import excel_safe_csv
from atlas.features.csr.analysis.gaps import analyse, export_frame, load_context, score_members
from atlas.features.csr.analysis.weights import parse_weights
from atlas.features.csr.analysis.zone import (
    footprint,
    impact_zone,
    registry_candidates,
    registry_concessions,
    zone_members,
)
from atlas.features.csr.reports.report import brief_pdf

CUSTOM_WEIGHTS = "service_distance=0,border=0.5"  # any non-default set: the cost does not depend on the values


def _largest(concessions) -> str:
    """The title with the largest footprint: published perimeter area or stated area."""
    areas = {name: footprint(concessions, [name]).geometry.area for name in concessions["name"]}
    return max(areas, key=areas.get)


def _ms(seconds: list[float]) -> str:
    return f"median {statistics.median(seconds) * 1000:7.1f} ms  min {min(seconds) * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--buffer-km", type=float, default=15.0)
    args = parser.parse_args()

    t0 = time.perf_counter()
    concessions = registry_concessions()
    name = _largest(concessions)
    cold = analyse([name], args.buffer_km)
    cold_s = time.perf_counter() - t0
    print(
        f"largest concession: {name} ({cold.footprint.basis}, {cold.footprint.area_km2:.1f} km²); "
        f"zone {args.buffer_km:g} km = {cold.zone.area_km2:.0f} km²; {len(cold.table)} places/sites; "
        f"access basis: {cold.access_basis}"
    )
    print(f"cold  analyse (load layers + context + zone + table): {cold_s * 1000:.1f} ms")

    candidates = registry_candidates()
    context = load_context()
    steps: dict[str, list[float]] = {
        "zone (footprint + buffer)": [],
        "members (spatial test + distance)": [],
        "gap table (zones, services, risk, score, rank)": [],
        "gap table, custom weights": [],
        "full analyse() warm": [],
        "full analyse() warm, custom weights": [],
        "Excel-safe CSV": [],
        "brief PDF": [],
    }
    custom = parse_weights(CUSTOM_WEIGHTS)
    for _ in range(args.repeat):
        a = time.perf_counter()
        zone = impact_zone(footprint(concessions, [name]), args.buffer_km)
        b = time.perf_counter()
        members = zone_members(zone, candidates)
        c = time.perf_counter()
        score_members(members, context)
        d = time.perf_counter()
        result = analyse([name], args.buffer_km, context=context, candidates=candidates)
        e = time.perf_counter()
        excel_safe_csv(export_frame(result))
        f = time.perf_counter()
        steps["zone (footprint + buffer)"].append(b - a)
        steps["members (spatial test + distance)"].append(c - b)
        steps["gap table (zones, services, risk, score, rank)"].append(d - c)
        steps["full analyse() warm"].append(e - d)
        steps["Excel-safe CSV"].append(f - e)
        score_members(members, context, custom)
        g = time.perf_counter()
        analyse([name], args.buffer_km, custom, context=context, candidates=candidates)
        h = time.perf_counter()
        steps["gap table, custom weights"].append(g - f)
        steps["full analyse() warm, custom weights"].append(h - g)
    for _ in range(max(1, args.repeat // 5)):
        g = time.perf_counter()
        brief_pdf(result, "fr")
        steps["brief PDF"].append(time.perf_counter() - g)
    for label, seconds in steps.items():
        print(f"{label:50s} {_ms(seconds)}  (n={len(seconds)})")


if __name__ == "__main__":
    main()
