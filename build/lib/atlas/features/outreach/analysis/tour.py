"""One planned tour and its tables: the single entry point used by the command and the page.

Why here: the command, the page and the tests must produce the same order, days, CSV and
matrix from the same inputs; keeping that in one function (with the network cached) means the
page cannot drift from what `atlas outreach plan` prints.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from atlas.features.outreach.analysis.days import Day, day_of_leg, split_days
from atlas.features.outreach.analysis.gazetteer import label_of
from atlas.features.outreach.analysis.model import DEFAULT_MODEL, DEFAULT_VEHICLE, SEASONS, NetworkModel, check_vehicle
from atlas.features.outreach.analysis.network import default_network
from atlas.features.outreach.analysis.plan import Plan, plan_route, time_matrix


@dataclass(frozen=True)
class Tour:
    plan: Plan
    days: tuple[Day, ...]
    matrix_ids: tuple[str, ...]  # start then stops as given (duplicates removed)
    matrix: tuple[tuple[float, ...], ...]  # minutes, inf when cut off
    model: NetworkModel
    max_hours_per_day: float | None
    visit_minutes: float
    graph: nx.Graph

    def lat_lon(self, stop_id: str) -> tuple[float, float]:
        node = self.graph.nodes[stop_id]
        return node["lat"], node["lon"]


def plan_tour(
    start: str,
    stops: Sequence[str],
    season: str,
    return_to_start: bool = False,
    max_hours_per_day: float | None = None,
    visit_minutes: float = 0.0,
    model: NetworkModel = DEFAULT_MODEL,
    graph: nx.Graph | None = None,
    vehicle: str = DEFAULT_VEHICLE,
) -> Tour:
    """Plan `stops` (ids) from `start` (id) in `season` by `vehicle`; see plan_route and split_days."""
    if season not in SEASONS:
        raise ValueError(f"season must be one of {', '.join(SEASONS)}, got {season!r}")
    check_vehicle(vehicle)
    if not stops:
        raise ValueError("no stops to visit")
    graph = graph if graph is not None else default_network(model)
    plan = plan_route(graph, start, stops, season, return_to_start, vehicle=vehicle)
    days = tuple(split_days(plan.legs, max_hours_per_day, visit_minutes))
    ids = tuple(dict.fromkeys([start, *stops]))
    matrix = tuple(tuple(row) for row in time_matrix(graph, ids, season, vehicle))
    return Tour(plan, days, ids, matrix, model, max_hours_per_day, visit_minutes, graph)


def legs_frame(tour: Tour) -> pd.DataFrame:
    """One row per leg: from, to, distance_km, minutes (+ day with a daily limit), river_fords, vehicle.

    The vehicle is on every row because the CSV travels alone: it must say whose times these are.
    """
    rows = []
    days = day_of_leg(tour.days)
    for leg, day in zip(tour.plan.legs, days, strict=True):
        row = {
            "from": label_of(leg.origin),
            "to": label_of(leg.destination),
            "distance_km": round(leg.distance_km, 1),
            "minutes": round(leg.minutes),
        }
        if tour.max_hours_per_day is not None:
            row["day"] = day
        row["river_fords"] = len(leg.fords)
        row["vehicle"] = tour.plan.vehicle
        rows.append(row)
    columns = [
        "from",
        "to",
        "distance_km",
        "minutes",
        *(["day"] if tour.max_hours_per_day is not None else []),
        "river_fords",
        "vehicle",
    ]
    return pd.DataFrame(rows, columns=columns)


def matrix_frame(tour: Tour) -> pd.DataFrame:
    """Travel-time matrix in whole minutes, names in the first column and header; empty = cut off."""
    labels = [label_of(i) for i in tour.matrix_ids]
    data = [[None if math.isinf(v) else round(v) for v in row] for row in tour.matrix]
    frame = pd.DataFrame(data, columns=labels, dtype="Int64")
    frame.insert(0, "", labels)
    return frame
