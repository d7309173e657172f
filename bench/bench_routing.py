"""Time to plan 6, 12 and 25 stops from Kédougou, dry and rainy, and to build their PDF itinerary.

Prints numbers, asserts nothing.

Run: .venv/bin/python -m bench.bench_routing
The network build is timed once (cold); plans use the cached network, as the page does.
"""

from __future__ import annotations

import io
import random
import statistics
import time

import pypdf

from atlas.features.outreach.analysis.gazetteer import resolve_stop, stops_table
from atlas.features.outreach.analysis.network import default_network
from atlas.features.outreach.analysis.plan import exact_order, heuristic_order, time_matrix, tour_cost
from atlas.features.outreach.analysis.tour import plan_tour
from atlas.features.outreach.reports.itinerary_pdf import build_itinerary_pdf

REPEATS = 5


def main() -> None:
    started = time.perf_counter()
    graph = default_network()
    print(
        f"network build (cold): {time.perf_counter() - started:.2f} s, "
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    )
    start = resolve_stop("Kédougou")
    ids = [i for i in stops_table()["id"] if i != start]
    rng = random.Random(1)
    for season in ("dry", "rainy"):
        for size in (6, 12, 25):
            times, methods = [], set()
            for _ in range(REPEATS):
                stops = rng.sample(ids, size)
                t0 = time.perf_counter()
                tour = plan_tour(start, stops, season, return_to_start=True, max_hours_per_day=8)
                times.append(time.perf_counter() - t0)
                methods.add(tour.plan.method)
            print(
                f"{season:5s} {size:2d} stops: median {statistics.median(times):.3f} s, "
                f"max {max(times):.3f} s ({'/'.join(sorted(methods))}, {REPEATS} random plans)"
            )
    gaps_plain, gaps_restarts = [], []
    for _ in range(20):
        points = [start, *rng.sample(ids, 9)]
        matrix = time_matrix(graph, points, "dry")
        if any(v == float("inf") for row in matrix for v in row):
            continue
        best = tour_cost(matrix, exact_order(matrix, True), True)
        gaps_plain.append(tour_cost(matrix, heuristic_order(matrix, True, restarts=0), True) / best - 1)
        gaps_restarts.append(tour_cost(matrix, heuristic_order(matrix, True), True) / best - 1)
    print(
        f"heuristic vs exact, 9-stop round trips ({len(gaps_plain)} plans): NN+2-opt+Or-opt mean gap "
        f"{statistics.mean(gaps_plain):.2%} (max {max(gaps_plain):.2%}); with 8 restarts mean "
        f"{statistics.mean(gaps_restarts):.2%} (max {max(gaps_restarts):.2%})"
    )
    bench_pdf(start, ids, rng)


def bench_pdf(start: str, ids: list[str], rng: random.Random) -> None:
    """PDF itinerary build time and size (the page builds it only when its button is clicked)."""
    for size in (6, 25):
        tour = plan_tour(start, rng.sample(ids, size), "rainy", return_to_start=True, max_hours_per_day=8)
        times, data = [], b""
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            data = build_itinerary_pdf(tour, "fr")
            times.append(time.perf_counter() - t0)
        pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
        print(
            f"PDF itinerary, {size:2d} stops: first {times[0]:.2f} s, median {statistics.median(times):.2f} s, "
            f"{len(data) / 1024:.0f} KB, {pages} page(s)"
        )


if __name__ == "__main__":
    main()
