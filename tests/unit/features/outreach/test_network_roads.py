"""Routing on the real road geometry: legs follow the DCW lines, distances are their length."""

from __future__ import annotations

import itertools
import math

import geopandas as gpd
import gpxpy
import pytest
from pyproj import Transformer
from shapely.geometry import LineString

from atlas.features.outreach.analysis.gazetteer import resolve_stop
from atlas.features.outreach.analysis.network import build_network, default_network, routing_roads
from atlas.features.outreach.analysis.plan import plan_route
from atlas.features.outreach.reports.gpx import plan_to_gpx
from atlas.foundation.config import UTM_28N, WGS84

_TO_UTM = Transformer.from_crs(WGS84, UTM_28N, always_xy=True)


def _utm_km(coords) -> float:
    xy = [_TO_UTM.transform(lon, lat) for lon, lat in coords]
    return sum(math.dist(a, b) for a, b in itertools.pairwise(xy)) / 1000


@pytest.fixture(scope="module")
def kedougou_saraya():
    graph = default_network()
    return graph, plan_route(graph, resolve_stop("Kédougou"), [resolve_stop("Saraya")], "dry")


def test_a_leg_follows_the_road_vertices_and_its_road_length_is_the_geometry_length(kedougou_saraya):
    graph, plan = kedougou_saraya
    leg = plan.legs[0]
    assert len(leg.coords) > 20  # the DCW line's vertices, not a straight line between two towns
    road_km = 0.0
    road_geometry_km = 0.0
    for u, v in itertools.pairwise(leg.nodes):
        data = graph.edges[u, v]
        if data["kind"] == "road":
            road_km += data["length_km"]
            road_geometry_km += _utm_km([(graph.nodes[n]["lon"], graph.nodes[n]["lat"]) for n in (u, v)])
    assert road_km == pytest.approx(road_geometry_km, rel=1e-3)
    assert road_km > 0.95 * leg.distance_km  # nearly all of it on the road
    assert leg.distance_km == pytest.approx(60, abs=5)  # published: 60 km (RN7 Kédougou–Saraya)
    assert leg.surfaces.get("paved", 0) > 50  # the DCW line took the RN7's published surface


def test_the_gpx_track_holds_the_road_vertices(kedougou_saraya):
    graph, plan = kedougou_saraya
    gpx = gpxpy.parse(plan_to_gpx(plan, str, lambda i: (graph.nodes[i]["lat"], graph.nodes[i]["lon"])))
    points = [(p.longitude, p.latitude) for p in gpx.tracks[0].segments[0].points]
    assert len(points) == len(plan.legs[0].coords)
    assert _utm_km(points) == pytest.approx(_utm_km(plan.legs[0].coords), rel=1e-6)
    dcw = routing_roads().to_crs(UTM_28N).union_all()
    on_road = [p for p in points if dcw.distance(LineString([_TO_UTM.transform(*p), _TO_UTM.transform(*p)])) < 5]
    assert len(on_road) >= len(points) - 4  # all but the access tracks at both ends lie on a road line


def test_lines_that_cross_without_a_shared_vertex_meet_at_a_junction():
    roads = gpd.GeoDataFrame(
        {"surface": ["paved", "paved"]},
        geometry=[LineString([(0, 0), (10_000, 0)]), LineString([(5_000, -5_000), (5_000, 5_000)])],
        crs=UTM_28N,
    )
    stops = gpd.GeoDataFrame(
        {"id": ["W", "N"], "label": ["W", "N"]},
        geometry=gpd.points_from_xy([0, 5_000], [100, 5_100]),
        crs=UTM_28N,
    )
    rivers = gpd.GeoDataFrame({"name": []}, geometry=[], crs=UTM_28N)
    plan = plan_route(build_network(roads, rivers, stops), "W", ["N"], "dry")
    # along the roads: 5 km east then 5 km north (+ two 0.1 km access tracks), not the 7.1 km diagonal track
    assert plan.legs[0].surfaces["paved"] == pytest.approx(10.0, abs=0.01)


def test_a_line_ending_just_short_of_another_is_joined_to_it():
    roads = gpd.GeoDataFrame(
        {"surface": ["paved", "paved"]},
        geometry=[LineString([(0, 0), (10_000, 0)]), LineString([(5_000, 200), (5_000, 20_000)])],
        crs=UTM_28N,
    )
    stops = gpd.GeoDataFrame(
        {"id": ["W", "N"], "label": ["W", "N"]},
        geometry=gpd.points_from_xy([0, 5_000], [0, 20_000]),
        crs=UTM_28N,
    )
    rivers = gpd.GeoDataFrame({"name": []}, geometry=[], crs=UTM_28N)
    plan = plan_route(build_network(roads, rivers, stops), "W", ["N"], "dry")
    assert plan.legs[0].surfaces["paved"] == pytest.approx(5.0 + 0.2 + 19.8)
    assert plan.legs[0].surfaces.get("track", 0.0) == pytest.approx(0.0)  # the stops sit on the road ends


def test_kenieba_across_the_falame_is_cut_off_in_the_rainy_season_only():
    graph = default_network()
    start, kenieba = resolve_stop("Kédougou"), resolve_stop("Kéniéba (Mali)")
    rainy = plan_route(graph, start, [kenieba, resolve_stop("Saraya")], "rainy")
    assert rainy.unreachable == (kenieba,)
    dry = plan_route(graph, start, [kenieba], "dry")
    assert any("Falémé" in f for f in dry.legs[0].fords)


def test_a_bare_name_means_the_curated_place_and_the_homonym_keeps_its_id():
    assert resolve_stop("Kedougou") == "421178349"  # the town, not the village of the same name
    assert resolve_stop("Kédougou [1309969623]") == "1309969623"
