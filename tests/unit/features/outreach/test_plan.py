"""Visiting order: exact against brute force, heuristic against exact, days, unreachable stops."""

from __future__ import annotations

import itertools
import random
import statistics

import networkx as nx
import pytest

from atlas.features.outreach.analysis.days import day_of_leg, split_days
from atlas.features.outreach.analysis.gazetteer import resolve_stop
from atlas.features.outreach.analysis.network import default_network, season_weight
from atlas.features.outreach.analysis.plan import (
    EXACT_MAX_STOPS,
    Leg,
    exact_order,
    heuristic_order,
    plan_route,
    time_matrix,
    tour_cost,
)

HEURISTIC_MAX_RATIO = 1.10  # documented bound in docs/routing.md


def _stops(graph) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True) if d.get("stop"))


def _random_plan(rng: random.Random, graph, size: int, season: str) -> list[list[float]]:
    """Start + `size` stops all reachable from each other in `season`, as a time matrix."""
    stops = _stops(graph)
    while True:
        points = rng.sample(stops, size + 1)
        matrix = time_matrix(graph, points, season)
        if all(v != float("inf") for row in matrix for v in row):
            return matrix


def _brute_force(matrix, return_to_start: bool) -> float:
    return min(tour_cost(matrix, list(p), return_to_start) for p in itertools.permutations(range(1, len(matrix))))


@pytest.mark.parametrize("return_to_start", [False, True])
@pytest.mark.parametrize("season", ["dry", "rainy"])
def test_exact_order_is_the_brute_force_optimum_on_the_real_network(season, return_to_start):
    graph = default_network()
    rng = random.Random(f"{season}{return_to_start}")
    for size in (2, 3, 5, 7):
        matrix = _random_plan(rng, graph, size, season)
        order = exact_order(matrix, return_to_start)
        assert sorted(order) == list(range(1, size + 1))
        assert tour_cost(matrix, order, return_to_start) == pytest.approx(_brute_force(matrix, return_to_start))


@pytest.mark.parametrize("return_to_start", [False, True])
def test_heuristic_stays_close_to_the_exact_optimum_on_random_8_and_9_stop_plans(return_to_start):
    graph = default_network()
    rng = random.Random(42 + return_to_start)
    gaps = []
    for trial in range(24):
        size = 8 + trial % 2
        matrix = _random_plan(rng, graph, size, ("dry", "rainy")[trial % 2])
        optimum = tour_cost(matrix, exact_order(matrix, return_to_start), return_to_start)
        found = heuristic_order(matrix, return_to_start)
        assert sorted(found) == list(range(1, size + 1))
        ratio = tour_cost(matrix, found, return_to_start) / optimum
        assert 1 - 1e-9 <= ratio <= HEURISTIC_MAX_RATIO
        gaps.append(ratio - 1)
    print(
        f"heuristic gap (return={return_to_start}): mean {statistics.mean(gaps):.4%}, "
        f"max {max(gaps):.4%}, optimal in {sum(g < 1e-9 for g in gaps)}/{len(gaps)}"
    )


def test_plan_route_uses_exact_up_to_nine_stops_and_the_heuristic_beyond():
    graph = default_network()
    stops = _stops(graph)
    start = "421178349"  # Kédougou
    reachable = [s for s in stops if s != start][:30:2]
    small = plan_route(graph, start, reachable[:EXACT_MAX_STOPS], "dry")
    large = plan_route(graph, start, reachable[: EXACT_MAX_STOPS + 1], "dry")
    assert small.method == "exact" and large.method == "heuristic"
    assert sorted(large.order) == sorted(reachable[: EXACT_MAX_STOPS + 1])


def test_legs_chain_from_the_start_through_every_stop_and_back():
    graph = default_network()
    stops = [resolve_stop(n) for n in ("Saraya", "Salémata", "Dioura de Fongoli")]
    plan = plan_route(graph, resolve_stop("Kédougou"), stops, "dry", return_to_start=True)
    route = [leg.origin for leg in plan.legs] + [plan.legs[-1].destination]
    assert route[0] == route[-1] == resolve_stop("Kédougou")
    assert sorted(route[1:-1]) == sorted(plan.order)
    for leg in plan.legs:
        assert leg.nodes[0] == leg.origin and leg.nodes[-1] == leg.destination
        assert len(leg.coords) == len(leg.nodes)
    assert plan.total_minutes == pytest.approx(sum(leg.minutes for leg in plan.legs))


def test_duplicates_and_the_start_among_stops_are_visited_once_and_reported():
    graph = default_network()
    plan = plan_route(graph, "421178349", ["1276295363", "1276295363", "421178349"], "dry")
    assert plan.order == ("1276295363",)
    assert plan.duplicates == ("1276295363", "421178349")


def test_stops_cut_off_by_the_rainy_season_are_reported_not_dropped():
    graph = default_network()
    dry = dict.fromkeys(_stops(graph))
    reach = nx.single_source_dijkstra_path_length(graph, "421178349", weight=season_weight("rainy"))
    cut = [s for s in dry if s not in reach]
    assert cut, "the shipped network should cut some stops off in the rainy season"
    plan = plan_route(graph, "421178349", [cut[0], "1276295363"], "rainy")
    assert plan.unreachable == (cut[0],)
    assert plan.order == ("1276295363",)
    assert plan_route(graph, "421178349", [cut[0], "1276295363"], "dry").unreachable == ()


def _leg(a: str, b: str, minutes: float) -> Leg:
    return Leg(a, b, minutes, minutes, (a, b), ((0, 0), (1, 1)))


def test_days_fill_up_to_the_limit_and_flag_a_leg_longer_than_a_day():
    legs = [_leg("S", "A", 120), _leg("A", "B", 150), _leg("B", "C", 500), _leg("C", "D", 30), _leg("D", "S", 60)]
    days = split_days(legs, max_hours_per_day=5)
    assert [len(d.legs) for d in days] == [2, 1, 2]
    assert [d.over_limit for d in days] == [False, True, False]
    assert day_of_leg(days) == [1, 1, 2, 3, 3]
    with_visits = split_days(legs, max_hours_per_day=5, visit_minutes=60)
    assert [len(d.legs) for d in with_visits] == [1, 1, 1, 2]  # 120+60, 150+60, 500+60, 30+60+60(return)
    assert with_visits[3].minutes == pytest.approx(30 + 60 + 60)
    assert len(split_days(legs, None)) == 1
    with pytest.raises(ValueError, match="positive"):
        split_days(legs, 0)


VILLAGES = ("Ethiolo", "Oubadji", "Dimboli", "Kévoye", "Dakatéli", "Fongolimbi")  # reached by tracks
TOWNS = ("Saraya", "Khossanto", "Mako", "Dindéfélo", "Salémata", "Bandafassi")  # on the main roads


def _by_vehicle(names: tuple[str, ...], season: str) -> dict[str, object]:
    graph = default_network()
    stops = [resolve_stop(n) for n in names]
    return {
        v: plan_route(graph, resolve_stop("Kédougou"), stops, season, return_to_start=True, vehicle=v)
        for v in ("4x4", "motorbike")
    }


@pytest.mark.parametrize("season", ["dry", "rainy"])
def test_a_tour_on_tracks_is_quicker_by_motorbike(season):
    plans = _by_vehicle(VILLAGES, season)
    car, bike = plans["4x4"], plans["motorbike"]
    assert car.vehicle == "4x4" and bike.vehicle == "motorbike"
    assert sum(leg.surfaces.get("track", 0.0) for leg in car.legs) > 50  # km of track on the 4x4's route
    assert sorted(bike.order) == sorted(car.order) and not bike.unreachable
    assert bike.total_minutes < car.total_minutes
    assert plan_route(
        default_network(), resolve_stop("Kédougou"), [resolve_stop(n) for n in VILLAGES], season, return_to_start=True
    ).total_minutes == pytest.approx(car.total_minutes)  # 4x4 is the default


def test_the_rainy_season_costs_a_motorbike_less_than_a_4x4_on_tracks():
    dry, rainy = _by_vehicle(VILLAGES, "dry"), _by_vehicle(VILLAGES, "rainy")
    car_loss = rainy["4x4"].total_minutes - dry["4x4"].total_minutes
    bike_loss = rainy["motorbike"].total_minutes - dry["motorbike"].total_minutes
    assert 0 < bike_loss < car_loss


def test_a_tour_between_towns_on_main_roads_is_a_little_slower_by_motorbike():
    plans = _by_vehicle(TOWNS, "rainy")
    assert plans["motorbike"].total_minutes > plans["4x4"].total_minutes
    # the bike may take a shorter track where it is the faster one, so the distance is only close
    assert plans["motorbike"].total_km == pytest.approx(plans["4x4"].total_km, rel=0.05)


def test_the_rainy_season_cuts_off_the_same_stops_for_both_vehicles():
    graph = default_network()
    reach = {
        v: set(nx.single_source_dijkstra_path_length(graph, "421178349", weight=season_weight("rainy", v)))
        for v in ("4x4", "motorbike")
    }
    assert reach["4x4"] == reach["motorbike"]
    assert len(reach["4x4"]) < graph.number_of_nodes()
