"""Visiting order that minimises total travel time, on the seasonal network.

Why two methods: the exact Held–Karp dynamic programme is instant up to 9 stops (2^9 x 9^2 steps)
and guarantees the optimum that a team will be held to; beyond that it explodes, so a nearest
neighbour tour improved by 2-opt and Or-opt (plus a few seeded random restarts) is used. On random
8–9 stop plans of the shipped network it stays within a few percent of the optimum (see
tests/unit/features/outreach/test_plan.py, which prints the mean gap, and docs/routing.md).

Stops that the season cuts off from the start are reported in `Plan.unreachable`, never dropped
silently.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx

from atlas.features.outreach.analysis.model import DEFAULT_VEHICLE
from atlas.features.outreach.analysis.network import minutes_key, season_weight

EXACT_MAX_STOPS = 9
INF = math.inf


@dataclass(frozen=True)
class Leg:
    """One drive between two consecutive points of the plan."""

    origin: str
    destination: str
    distance_km: float
    minutes: float
    nodes: tuple[str, ...]
    coords: tuple[tuple[float, float], ...]  # (lon, lat) along the route
    fords: tuple[str, ...] = ()  # river crossings without a bridge on this leg
    surfaces: dict[str, float] = field(default_factory=dict)  # km per surface class


@dataclass(frozen=True)
class Plan:
    start: str
    order: tuple[str, ...]  # stop ids in visiting order (start excluded)
    legs: tuple[Leg, ...]
    season: str
    return_to_start: bool
    method: str  # "exact" | "heuristic" | "trivial"
    unreachable: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()  # stops given twice, or equal to the start (visited once)
    vehicle: str = DEFAULT_VEHICLE  # "4x4" | "motorbike": whose times the plan uses

    @property
    def total_km(self) -> float:
        return sum(leg.distance_km for leg in self.legs)

    @property
    def total_minutes(self) -> float:
        return sum(leg.minutes for leg in self.legs)


# ------------------------------------------------------------------------------- matrices


def time_matrix(
    graph: nx.Graph, points: Sequence[str], season: str, vehicle: str = DEFAULT_VEHICLE
) -> list[list[float]]:
    """Shortest travel time (minutes) by `vehicle` between every pair of `points`; inf when cut off."""
    weight = season_weight(season, vehicle)
    matrix = []
    for source in points:
        reach = nx.single_source_dijkstra_path_length(graph, source, weight=weight)
        matrix.append([0.0 if target == source else float(reach.get(target, INF)) for target in points])
    return matrix


def tour_cost(matrix: Sequence[Sequence[float]], order: Sequence[int], return_to_start: bool) -> float:
    """Total time of visiting `order` (indices into matrix, start = 0 excluded) from index 0."""
    route = [0, *order, 0] if return_to_start else [0, *order]
    return sum(matrix[a][b] for a, b in itertools.pairwise(route))


# ------------------------------------------------------------------------------- orders


def exact_order(matrix: Sequence[Sequence[float]], return_to_start: bool) -> list[int]:
    """Held–Karp: optimal order of indices 1..n-1 starting from 0 (open path or round trip)."""
    n = len(matrix)
    if n <= 2:
        return list(range(1, n))
    stops = n - 1
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for j in range(stops):
        best[(1 << j, j)] = (matrix[0][j + 1], -1)
    for mask in range(1, 1 << stops):
        for j in range(stops):
            if not mask & (1 << j) or (mask, j) not in best:
                continue
            cost, _ = best[(mask, j)]
            for k in range(stops):
                if mask & (1 << k):
                    continue
                key = (mask | (1 << k), k)
                candidate = cost + matrix[j + 1][k + 1]
                if key not in best or candidate < best[key][0]:
                    best[key] = (candidate, j)
    full = (1 << stops) - 1
    ends = [(best[(full, j)][0] + (matrix[j + 1][0] if return_to_start else 0.0), j) for j in range(stops)]
    _, last = min(ends)
    order, mask = [], full
    while last != -1:
        order.append(last + 1)
        _, previous = best[(mask, last)]
        mask ^= 1 << last
        last = previous
    return order[::-1]


def _nearest_neighbour(matrix: Sequence[Sequence[float]]) -> list[int]:
    left = set(range(1, len(matrix)))
    order, here = [], 0
    while left:
        here = min(left, key=lambda k: (matrix[here][k], k))
        order.append(here)
        left.remove(here)
    return order


def _improve(matrix: Sequence[Sequence[float]], order: list[int], return_to_start: bool) -> list[int]:
    """2-opt (reverse a run) and Or-opt (move a run of 1–3 stops) until no move helps."""
    best = tour_cost(matrix, order, return_to_start)
    improved = True
    while improved:
        improved = False
        n = len(order)
        for i in range(n - 1):
            for j in range(i + 1, n):
                candidate = order[:i] + order[i : j + 1][::-1] + order[j + 1 :]
                cost = tour_cost(matrix, candidate, return_to_start)
                if cost < best - 1e-9:
                    order, best, improved = candidate, cost, True
        for size in (1, 2, 3):
            for i in range(n - size + 1):
                run, rest = order[i : i + size], order[:i] + order[i + size :]
                for k in range(len(rest) + 1):
                    if k == i:
                        continue
                    for piece in (run, run[::-1]):
                        candidate = rest[:k] + piece + rest[k:]
                        cost = tour_cost(matrix, candidate, return_to_start)
                        if cost < best - 1e-9:
                            order, best, improved = candidate, cost, True
                            break
                    else:
                        continue
                    break
    return order


def heuristic_order(
    matrix: Sequence[Sequence[float]], return_to_start: bool, restarts: int = 8, seed: int = 0
) -> list[int]:
    """Nearest neighbour + 2-opt + Or-opt, and `restarts` seeded random starts; the best wins."""
    rng = random.Random(seed)
    best = _improve(matrix, _nearest_neighbour(matrix), return_to_start)
    best_cost = tour_cost(matrix, best, return_to_start)
    for _ in range(restarts):
        start = list(range(1, len(matrix)))
        rng.shuffle(start)
        candidate = _improve(matrix, start, return_to_start)
        cost = tour_cost(matrix, candidate, return_to_start)
        if cost < best_cost - 1e-9:
            best, best_cost = candidate, cost
    return best


# ------------------------------------------------------------------------------- the plan


def _leg(graph: nx.Graph, origin: str, destination: str, season: str, vehicle: str) -> Leg:
    key = minutes_key(season, vehicle)
    nodes = nx.dijkstra_path(graph, origin, destination, weight=season_weight(season, vehicle))
    km, minutes = 0.0, 0.0
    fords: list[str] = []
    surfaces: dict[str, float] = {}
    for u, v in itertools.pairwise(nodes):
        data = graph.edges[u, v]
        km += data["length_km"]
        minutes += data[key]
        surfaces[data["surface"]] = surfaces.get(data["surface"], 0.0) + data["length_km"]
        fords.extend(data["crossings"])
    coords = tuple((graph.nodes[n]["lon"], graph.nodes[n]["lat"]) for n in nodes)
    return Leg(origin, destination, km, minutes, tuple(nodes), coords, tuple(fords), surfaces)


def plan_route(
    graph: nx.Graph,
    start: str,
    stops: Sequence[str],
    season: str,
    return_to_start: bool = False,
    exact_max: int = EXACT_MAX_STOPS,
    vehicle: str = DEFAULT_VEHICLE,
) -> Plan:
    """Best visiting order of `stops` from `start` in `season` by `vehicle`; cut-off stops go to `unreachable`."""
    missing = [s for s in (start, *stops) if s not in graph]
    if missing:
        raise KeyError(f"not in the network: {', '.join(missing)}")
    unique: list[str] = []
    duplicates: list[str] = []
    for stop in stops:
        (duplicates if stop == start or stop in unique else unique).append(stop)
    reach = nx.single_source_dijkstra_path_length(graph, start, weight=season_weight(season, vehicle))
    reachable = [s for s in unique if s in reach]
    unreachable = tuple(s for s in unique if s not in reach)
    points = [start, *reachable]
    matrix = time_matrix(graph, points, season, vehicle)
    if len(reachable) <= 1:
        order, method = list(range(1, len(points))), "trivial"
    elif len(reachable) <= exact_max:
        order, method = exact_order(matrix, return_to_start), "exact"
    else:
        order, method = heuristic_order(matrix, return_to_start), "heuristic"
    sequence = [points[i] for i in order]
    route = [start, *sequence, start] if return_to_start and sequence else [start, *sequence]
    legs = tuple(_leg(graph, a, b, season, vehicle) for a, b in itertools.pairwise(route))
    return Plan(start, tuple(sequence), legs, season, return_to_start, method, unreachable, tuple(duplicates), vehicle)
