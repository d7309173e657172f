"""The seasonal network: surface classes, river crossings, closures, rainy never faster than dry, vehicles."""

from __future__ import annotations

import geopandas as gpd
import networkx as nx
import numpy as np
import pytest
from shapely.geometry import LineString, Point

from atlas.features.outreach.analysis.model import DEFAULT_MODEL, SEASONS, VEHICLES, NetworkModel
from atlas.features.outreach.analysis.network import (
    build_network,
    default_network,
    minutes_key,
    season_weight,
    surface_class,
)
from atlas.features.outreach.analysis.plan import plan_route, time_matrix
from atlas.foundation.config import UTM_28N

X0, Y0 = 800_000.0, 1_400_000.0  # a point inside the region, UTM 28N metres


def _frame(rows: list[dict]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=UTM_28N)


def _at(dx_km: float, dy_km: float) -> tuple[float, float]:
    return (X0 + dx_km * 1000, Y0 + dy_km * 1000)


def _river(name: str | None, level: int, *points_km: tuple[float, float]) -> dict:
    return {"name": name, "wdb_level": level, "geometry": LineString([_at(*p) for p in points_km])}


@pytest.mark.parametrize(
    ("surface", "highway", "expected"),
    [
        ("paved", None, "paved"),
        ("asphalt", None, "paved"),
        ("unpaved in 2018", None, "unpaved"),
        ("unpaved (laterite; low bridges) in 2018", None, "unpaved"),
        ("gravel", None, "unpaved"),
        ("not stated", None, "unpaved"),
        (None, None, "unpaved"),
        ("dirt", None, "track"),
        ("ground", None, "track"),
        ("asphalt", "track", "track"),
    ],
)
def test_surface_classes(surface, highway, expected):
    assert surface_class(surface, highway) == expected


def test_shipped_network_reaches_every_stop_in_the_dry_season():
    graph = default_network()
    stops = [n for n, d in graph.nodes(data=True) if d.get("stop")]
    assert len(stops) >= 100  # 89 places + 12 mining sites
    dry = graph.edge_subgraph([(u, v) for u, v, d in graph.edges(data=True) if d["minutes_dry"] is not None])
    assert nx.is_connected(dry)


@pytest.mark.parametrize("vehicle", VEHICLES)
def test_every_edge_is_slower_or_closed_in_the_rainy_season(vehicle):
    dry_key, rainy_key = minutes_key("dry", vehicle), minutes_key("rainy", vehicle)
    for _u, _v, data in default_network().edges(data=True):
        assert data[dry_key] >= 0
        assert data[rainy_key] is None or data[rainy_key] >= data[dry_key]


@pytest.mark.parametrize("vehicle", VEHICLES)
def test_rainy_never_faster_than_dry_for_every_pair_of_stops(vehicle):
    graph = default_network()
    stops = [n for n, d in graph.nodes(data=True) if d.get("stop")]
    dry = dict(nx.all_pairs_dijkstra_path_length(graph, weight=season_weight("dry", vehicle)))
    rainy = dict(nx.all_pairs_dijkstra_path_length(graph, weight=season_weight("rainy", vehicle)))
    cut_off = 0
    for a in stops:
        for b in stops:
            if b in rainy[a]:
                assert rainy[a][b] >= dry[a][b] - 1e-9, (a, b)
            else:
                cut_off += 1
    assert cut_off > 0  # the model does close some crossings in the shipped data


@pytest.mark.parametrize("vehicle", VEHICLES)
def test_shortest_times_match_floyd_warshall_on_the_real_network(vehicle):
    graph = default_network()
    nodes = list(graph.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    for season in ("dry", "rainy"):
        dist = np.full((len(nodes), len(nodes)), np.inf)
        np.fill_diagonal(dist, 0.0)
        for u, v, d in graph.edges(data=True):
            w = d[minutes_key(season, vehicle)]
            if w is not None:
                dist[index[u], index[v]] = dist[index[v], index[u]] = min(dist[index[u], index[v]], w)
        for k in range(len(nodes)):  # brute-force all pairs, independent of networkx
            dist = np.minimum(dist, dist[:, k : k + 1] + dist[k : k + 1, :])
        sample = [n for n, d in graph.nodes(data=True) if d.get("stop")][::7]
        matrix = time_matrix(graph, sample, season, vehicle)
        for i, a in enumerate(sample):
            for j, b in enumerate(sample):
                assert matrix[i][j] == pytest.approx(dist[index[a], index[b]])


def _two_banks(model_ford_minutes: float = 5.0):
    """Villages A and B 4 km apart either side of the Gambia; a paved road bridges it 10 km north."""
    stops = _frame(
        [
            {"id": "A", "label": "A", "geometry": Point(_at(-2, 0))},
            {"id": "B", "label": "B", "geometry": Point(_at(2, 0))},
        ]
    )
    roads = _frame([{"surface": "paved", "geometry": LineString([_at(-2, 0), _at(0, 10), _at(2, 0)])}])
    rivers = _frame([_river("Gambia (Gambie)", 1, (0, -30), (0, 30))])
    model = NetworkModel(major_ford_dry_minutes=model_ford_minutes)
    return build_network(roads, rivers, stops, model), model


def test_a_rainy_closure_sends_the_route_over_the_bridge():
    graph, model = _two_banks()
    dry = plan_route(graph, "A", ["B"], "dry")
    rainy = plan_route(graph, "A", ["B"], "rainy")
    assert dry.legs[0].nodes == ("A", "B")  # the short ford
    assert dry.legs[0].fords == ("ford:Gambia (Gambie)",)
    assert len(rainy.legs[0].nodes) > 2  # over the bridge, the ford is closed
    assert rainy.legs[0].fords == ()
    assert rainy.total_minutes > dry.total_minutes
    track = 4 * model.track_detour / model.track_dry_kmh * 60 + model.major_ford_dry_minutes
    assert dry.total_minutes == pytest.approx(track)
    by_bike = plan_route(graph, "A", ["B"], "rainy", vehicle="motorbike")
    assert len(by_bike.legs[0].nodes) > 2 and by_bike.legs[0].fords == ()  # no fording the Gambia either
    assert by_bike.vehicle == "motorbike"


def test_without_a_bridge_the_far_bank_is_reported_unreachable_in_the_rainy_season():
    stops = _frame(
        [
            {"id": "A", "label": "A", "geometry": Point(_at(-2, 0))},
            {"id": "B", "label": "B", "geometry": Point(_at(2, 0))},
            {"id": "C", "label": "C", "geometry": Point(_at(-4, 0))},
        ]
    )
    roads = _frame([{"surface": "paved", "geometry": LineString([_at(-4, 0), _at(-2, 0)])}])
    rivers = _frame([_river("Falémé", 3, (0, -30), (0, 30))])
    graph = build_network(roads, rivers, stops)
    assert plan_route(graph, "C", ["A", "B"], "dry").unreachable == ()
    rainy = plan_route(graph, "C", ["A", "B"], "rainy")
    assert rainy.unreachable == ("B",)
    assert rainy.order == ("A",)


def test_a_tributary_ford_is_slowed_not_closed_in_the_rainy_season():
    stops = _frame(
        [
            {"id": "A", "label": "A", "geometry": Point(_at(-2, 0))},
            {"id": "B", "label": "B", "geometry": Point(_at(2, 0))},
        ]
    )
    rivers = _frame([_river(None, 4, (0, -30), (0, 30))])
    graph = build_network(
        _frame([{"surface": "paved", "geometry": LineString([_at(50, 50), _at(60, 50)])}]), rivers, stops
    )
    edge = graph.edges["A", "B"]
    m = DEFAULT_MODEL
    drive = 4 * m.track_detour
    assert edge["minutes_dry"] == pytest.approx(drive / m.track_dry_kmh * 60 + m.minor_crossing_dry_minutes)
    assert edge["minutes_rainy"] == pytest.approx(drive / m.track_rainy_kmh * 60 + m.minor_crossing_rainy_track_minutes)
    assert edge["minutes_dry_motorbike"] == pytest.approx(
        drive / m.motorbike_track_dry_kmh * 60 + m.minor_crossing_dry_minutes
    )
    assert edge["minutes_rainy_motorbike"] == pytest.approx(
        drive / m.motorbike_track_rainy_kmh * 60 + m.motorbike_minor_crossing_rainy_track_minutes
    )
    assert edge["minutes_rainy_motorbike"] < edge["minutes_rainy"]  # carried across, not waiting


@pytest.mark.parametrize("season", SEASONS)
def test_a_motorbike_is_never_slower_than_a_4x4_on_tracks(season):
    m = DEFAULT_MODEL
    assert m.speed_kmh("track", season, "motorbike") > m.speed_kmh("track", season, "4x4")
    tracks = [d for _u, _v, d in default_network().edges(data=True) if d["surface"] == "track"]
    assert tracks
    car, bike = minutes_key(season, "4x4"), minutes_key(season, "motorbike")
    for data in tracks:
        assert (data[car] is None) == (data[bike] is None)  # the same fords are closed to both
        if data[car] is not None:
            assert data[bike] <= data[car]
    assert any(d[car] is not None and d[bike] < d[car] for d in tracks)


def test_a_motorbike_is_a_little_slower_than_a_4x4_on_paved_roads():
    for season in SEASONS:
        assert DEFAULT_MODEL.speed_kmh("paved", season, "motorbike") < DEFAULT_MODEL.speed_kmh("paved", season)


def test_an_unknown_vehicle_is_refused():
    for call in (
        lambda: season_weight("dry", "bicycle"),
        lambda: DEFAULT_MODEL.speed_kmh("track", "dry", "bicycle"),
        lambda: minutes_key("rainy", "bicycle"),
    ):
        with pytest.raises(ValueError, match="vehicle must be one of 4x4, motorbike"):
            call()


def test_a_meander_crossed_twice_is_not_a_crossing():
    stops = _frame(
        [
            {"id": "A", "label": "A", "geometry": Point(_at(-3, 0))},
            {"id": "B", "label": "B", "geometry": Point(_at(3, 0))},
        ]
    )
    rivers = _frame([_river("Falémé", 3, (-1, -30), (-1, 5), (1, 5), (1, -30))])  # a loop cut twice by A-B
    graph = build_network(
        _frame([{"surface": "paved", "geometry": LineString([_at(50, 50), _at(60, 50)])}]), rivers, stops
    )
    assert graph.edges["A", "B"]["crossings"] == ()


def test_a_crossing_next_to_a_bank_village_is_ignored_but_not_one_further_out():
    stops = _frame(
        [
            {"id": "bank", "label": "bank", "geometry": Point(_at(0.3, 0))},
            {"id": "west", "label": "west", "geometry": Point(_at(-5, 0))},
            {"id": "east", "label": "east", "geometry": Point(_at(3, 8))},
        ]
    )
    rivers = _frame([_river("Falémé", 3, (0, -30), (0, 30))])
    graph = build_network(
        _frame([{"surface": "paved", "geometry": LineString([_at(50, 50), _at(60, 50)])}]), rivers, stops
    )
    assert graph.edges["bank", "west"]["crossings"] == ()  # 300 m from the village: it is on the bank
    assert graph.edges["west", "east"]["crossings"] == ("ford:Falémé",)


def test_a_real_alignment_is_used_as_drawn_and_a_schematic_one_is_stretched():
    stops = _frame(
        [
            {"id": "A", "label": "A", "geometry": Point(_at(0, 0))},
            {"id": "B", "label": "B", "geometry": Point(_at(10, 0))},
        ]
    )
    no_rivers = _frame([_river(None, 4, (100, 100), (101, 101))])
    line = LineString([_at(0, 0), _at(10, 0)])
    osm = build_network(_frame([{"surface": "asphalt", "highway": "primary", "geometry": line}]), no_rivers, stops)
    assert nx.dijkstra_path_length(osm, "A", "B", weight="length_km") == pytest.approx(10.0)
    schematic = build_network(
        _frame([{"surface": "paved", "schematic": True, "length_published_km": 13.0, "geometry": line}]),
        no_rivers,
        stops,
    )
    assert nx.dijkstra_path_length(schematic, "A", "B", weight="length_km") == pytest.approx(13.0)


def test_a_road_layer_without_surface_is_refused():
    stops = _frame([{"id": "A", "label": "A", "geometry": Point(_at(0, 0))}])
    with pytest.raises(ValueError, match="surface"):
        build_network(
            _frame([{"name": "x", "geometry": LineString([_at(0, 0), _at(1, 0)])}]),
            _frame([_river(None, 4, (5, 5), (6, 6))]),
            stops,
        )


def test_a_model_with_a_faster_rainy_season_is_refused():
    with pytest.raises(ValueError, match="rainy"):
        NetworkModel(track_rainy_kmh=30.0).check()


@pytest.mark.parametrize(
    "change",
    [
        {"motorbike_track_rainy_kmh": 31.0},
        {"motorbike_paved_rainy_kmh": 56.0},
        {"motorbike_minor_crossing_rainy_track_minutes": 1.0},
    ],
)
def test_a_motorbike_with_a_faster_rainy_season_is_refused(change):
    with pytest.raises(ValueError, match=r"motorbike: .*rainy"):
        NetworkModel(**change).check()
