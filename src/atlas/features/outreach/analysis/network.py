"""The routable graph: roads from any LineString layer plus modelled tracks, with seasonal times.

Why a model and not just the roads: the shipped roads are ten schematic main roads, while teams
visit villages and mining camps reached by tracks nobody has mapped openly. Each point of
interest ("stop") is therefore linked by a track to the nearest road (when close) and to its k
nearest neighbours, with a detour factor over the straight line. Every edge carries a surface
class, a length and a travel time per season and vehicle (`minutes_key`); a river crossing without
a bridge is slowed, or closed in the rainy season (see `NetworkModel` and docs/routing.md).

The road layer is any GeoDataFrame of LineStrings with these columns (so an OpenStreetMap export
can replace the schematic roads without code changes):
- `surface` (text, required): 'paved'/'asphalt'/'concrete' -> paved; 'unpaved', 'gravel',
  'laterite' ... -> unpaved; 'track', 'dirt', 'ground', 'path' ... -> track; anything else
  (e.g. 'not stated') -> unpaved, the cautious choice.
- `highway` (optional): 'track'/'path' forces the track class (OSM tagging).
- `bridge` (optional): truthy means every river crossing on that line is bridged.
- `schematic` (optional, default False): True when the geometry is straight lines between towns;
  the line is then stretched to `length_published_km` when given, else by the model's
  `schematic_road_detour`. Real alignments (OSM) are used as drawn.
- `name`, `ref` (optional): shown in the itinerary.

Crossing rules: a road of the road layer crosses the Gambia and the Falémé (named rivers, or
double-lined WDB level 1 pieces) on a bridge; a paved road is bridged everywhere; an unpaved road
crosses tributaries on low bridges/fords slowed in the rainy season; a modelled track fords a
major river in the dry season and is closed in the rainy season, and fords tributaries (slowed).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import networkx as nx
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from atlas.features.outreach.analysis.model import (
    DEFAULT_MODEL,
    DEFAULT_VEHICLE,
    SEASONS,
    VEHICLES,
    NetworkModel,
    check_vehicle,
)
from atlas.foundation.config import UTM_28N, WGS84

if TYPE_CHECKING:
    from atlas.layers.registry import Stamp

_PAVED = ("paved", "asphalt", "concrete", "bitum", "goudron", "chipseal", "sett")
_TRACK = ("track", "dirt", "ground", "earth", "path", "sand", "mud", "grass", "piste")
_TO_WGS84 = Transformer.from_crs(UTM_28N, WGS84, always_xy=True)


def surface_class(surface: object, highway: object = None) -> str:
    """Map a free-text surface (schematic layer or OSM tag) to 'paved', 'unpaved' or 'track'."""
    if isinstance(highway, str) and highway.strip().lower() in ("track", "path"):
        return "track"
    text = surface.strip().lower() if isinstance(surface, str) else ""
    if text.startswith("unpaved") or text.startswith("non"):
        return "unpaved"
    if text.startswith(_PAVED):
        return "paved"
    if text.startswith(_TRACK):
        return "track"
    return "unpaved"


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("yes", "true", "1", "bridge", "viaduct")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    return bool(value)


def _is_major_river(row: Mapping[str, Any]) -> bool:
    """The Gambia and the Falémé (named), and double-lined (WDB level 1) pieces, are major."""
    name = row.get("name")
    if isinstance(name, str) and name.strip():
        return True
    level = row.get("wdb_level")
    return level is not None and not (isinstance(level, float) and math.isnan(level)) and int(level) <= 1


@dataclass(frozen=True)
class _Segment:
    a: tuple[float, float]
    b: tuple[float, float]
    surface: str
    scale: float
    bridged: bool
    name: str


def _road_segments(roads: gpd.GeoDataFrame, model: NetworkModel) -> list[_Segment]:
    """Consecutive vertex pairs of every road line, with surface class, length scale and bridge flag."""
    if "surface" not in roads.columns:
        raise ValueError("road layer needs a 'surface' column (see atlas/features/outreach/analysis/network.py)")
    segments: list[_Segment] = []
    for row in roads.to_dict("records"):
        geom = row["geometry"]
        if geom is None or geom.is_empty:
            continue
        lines = list(geom.geoms) if geom.geom_type == "MultiLineString" else [geom]
        surface = surface_class(row.get("surface"), row.get("highway"))
        scale = 1.0
        if _truthy(row.get("schematic")):
            published = row.get("length_published_km")
            drawn_km = sum(line.length for line in lines) / 1000
            if isinstance(published, (int, float)) and not math.isnan(published) and drawn_km > 0:
                scale = float(published) / drawn_km
            else:
                scale = model.schematic_road_detour
        label = " ".join(str(row[c]) for c in ("ref", "name") if isinstance(row.get(c), str) and row[c].strip())
        for line in lines:
            coords = [(float(x), float(y)) for x, y, *_ in line.coords]
            for a, b in itertools.pairwise(coords):
                if a != b:
                    segments.append(_Segment(a, b, surface, scale, _truthy(row.get("bridge")), label))
    return segments


def _node_key(xy: tuple[float, float]) -> str:
    return f"j:{round(xy[0])}:{round(xy[1])}"


class _Rivers:
    """Counts the river crossings of a straight segment (UTM metres) that really change bank.

    The shipped river lines are coarse (WDB-II), and villages sit on the banks: a straight track
    between two villages on the same bank may cut a meander twice. So crossings are counted per
    river (the Gambia's pieces together), those within `bank_tolerance` metres of either end are
    ignored (the village is on the bank), and an even number of crossings of one river means both
    ends are on the same bank: no crossing. An odd number counts as one crossing.
    """

    def __init__(self, rivers: gpd.GeoDataFrame, bank_tolerance_m: float) -> None:
        self.geoms: list[BaseGeometry] = []
        self.major: list[bool] = []
        self.keys: list[str] = []
        for i, row in enumerate(rivers.to_dict("records")):
            geom = row["geometry"]
            if geom is None or geom.is_empty:
                continue
            name = row.get("name")
            named = isinstance(name, str) and bool(name.strip())
            self.geoms.append(geom)
            self.major.append(_is_major_river(row))
            self.keys.append(name.strip() if named else f"#{i}")
        self.tree = shapely.STRtree(self.geoms)
        self.tolerance = bank_tolerance_m

    def crossings(self, a: tuple[float, float], b: tuple[float, float]) -> list[tuple[str, bool]]:
        """(river name or '', is_major) for each river the segment a-b crosses from bank to bank."""
        line = LineString([a, b])
        ends = (Point(a), Point(b))
        per_river: dict[str, list[Point]] = {}
        for i in self.tree.query(line, predicate="intersects"):
            i = int(i)
            hit = line.intersection(self.geoms[i])
            points = [
                p
                for p in shapely.get_parts(shapely.extract_unique_points(hit))
                if min(p.distance(e) for e in ends) > self.tolerance
            ]
            entry = per_river.setdefault(self.keys[i], [0, self.major[i]])
            entry[0] += len(points)
        return [
            ("" if key.startswith("#") else key, major)
            for key, (count, major) in sorted(per_river.items())
            if count % 2 == 1
        ]


def minutes_key(season: str, vehicle: str = DEFAULT_VEHICLE) -> str:
    """Edge attribute holding the minutes for (season, vehicle).

    The 4x4 keeps the original `minutes_dry`/`minutes_rainy` names so code written before vehicles
    existed still reads 4x4 times; the motorbike's are `minutes_dry_motorbike`/`minutes_rainy_motorbike`.
    """
    if season not in SEASONS:
        raise ValueError(f"season must be one of {SEASONS}, got {season!r}")
    return f"minutes_{season}" if check_vehicle(vehicle) == DEFAULT_VEHICLE else f"minutes_{season}_{vehicle}"


def _unbridged(crossings: list[tuple[str, bool]], surface: str, kind: str, bridged: bool) -> list[tuple[str, bool]]:
    """The crossings an edge makes without a bridge (see the crossing rules in the module docstring)."""
    return [
        (river, major)
        for river, major in crossings
        if not (bridged or surface == "paved" or (kind == "road" and major))
    ]


def _minutes(
    length_km: float,
    surface: str,
    on_track: bool,
    fords: list[tuple[str, bool]],
    season: str,
    vehicle: str,
    model: NetworkModel,
) -> float | None:
    """Driving time plus every ford's delay for one (season, vehicle); None when a ford is closed."""
    total = length_km / model.speed_kmh(surface, season, vehicle) * 60
    for _river, major in fords:
        delay = model.crossing_minutes(major, on_track, season, vehicle)
        if delay is None:
            return None
        total += delay
    return total


def _edge_times(
    length_km: float, surface: str, kind: str, bridged: bool, crossings: list[tuple[str, bool]], model: NetworkModel
) -> dict[str, object]:
    """Minutes per (season, vehicle) (None = closed) and the crossing notes for one edge."""
    fords = _unbridged(crossings, surface, kind, bridged)
    times: dict[str, object] = {
        minutes_key(season, vehicle): _minutes(length_km, surface, kind == "track", fords, season, vehicle, model)
        for season in SEASONS
        for vehicle in VEHICLES
    }
    times["crossings"] = tuple(f"ford:{river or 'major'}" if major else "minor" for river, major in fords)
    return times


def _add_edge(
    graph: nx.Graph,
    u: str,
    v: str,
    length_km: float,
    surface: str,
    kind: str,
    name: str,
    bridged: bool,
    rivers: _Rivers,
    model: NetworkModel,
) -> None:
    if u == v or graph.has_edge(u, v):
        return
    a, b = graph.nodes[u]["xy"], graph.nodes[v]["xy"]
    crossings = rivers.crossings(a, b) if a != b else []
    graph.add_edge(
        u,
        v,
        length_km=length_km,
        surface=surface,
        kind=kind,
        name=name,
        **_edge_times(length_km, surface, kind, bridged, crossings, model),
    )


def _add_node(graph: nx.Graph, node: str, xy: tuple[float, float], **attrs: object) -> None:
    if node not in graph:
        lon, lat = _TO_WGS84.transform(xy[0], xy[1])
        graph.add_node(node, xy=xy, lon=round(lon, 6), lat=round(lat, 6), **attrs)


def build_network(
    roads: gpd.GeoDataFrame, rivers: gpd.GeoDataFrame, stops: gpd.GeoDataFrame, model: NetworkModel = DEFAULT_MODEL
) -> nx.Graph:
    """Graph whose nodes are road vertices/junctions and stops (`stops` columns: id, label, geometry).

    An optional `hub` column (a stop id) adds a track from the stop to its hub whatever the
    distance: the gazetteer links each commune seat to its department seat.

    Pure function of its inputs (any CRS; worked in UTM 28N). Edge attributes: length_km, surface,
    kind ('road'/'track'), name, one minutes attribute per season and vehicle (`minutes_key`; None =
    closed), crossings. Every vehicle's times are on the same graph, so one cached build serves all.
    """
    model.check()
    roads_m, rivers_m, stops_m = (f.to_crs(UTM_28N) for f in (roads, rivers, stops))
    segments = _road_segments(roads_m, model)
    river_index = _Rivers(rivers_m, model.river_bank_tolerance_km * 1000)
    graph = nx.Graph()
    for row in stops_m.to_dict("records"):
        pt = row["geometry"]
        _add_node(graph, str(row["id"]), (float(pt.x), float(pt.y)), stop=True, label=str(row["label"]))

    # Roads, split where a stop's access track joins them.
    joins: dict[int, list[tuple[float, str]]] = {}
    if segments:
        seg_lines = [LineString([s.a, s.b]) for s in segments]
        tree = shapely.STRtree(seg_lines)
        for node, data in list(graph.nodes(data=True)):
            point = Point(data["xy"])
            i = int(tree.nearest(point))
            if point.distance(seg_lines[i]) > model.road_access_max_km * 1000:
                continue
            t = seg_lines[i].project(point, normalized=True)
            joins.setdefault(i, []).append((t, node))
    for i, seg in enumerate(segments):
        ax, ay = seg.a
        bx, by = seg.b
        cuts = sorted(joins.get(i, []))
        chain = [_node_key(seg.a)]
        _add_node(graph, chain[0], seg.a, stop=False)
        access: list[tuple[str, str]] = []
        for t, stop in cuts:
            xy = (ax + t * (bx - ax), ay + t * (by - ay))
            key = _node_key(xy)
            _add_node(graph, key, xy, stop=False)
            if chain[-1] != key:
                chain.append(key)
            access.append((stop, key))
        end = _node_key(seg.b)
        _add_node(graph, end, seg.b, stop=False)
        if chain[-1] != end:
            chain.append(end)
        for u, v in itertools.pairwise(chain):
            drawn = math.dist(graph.nodes[u]["xy"], graph.nodes[v]["xy"]) / 1000
            _add_edge(graph, u, v, drawn * seg.scale, seg.surface, "road", seg.name, seg.bridged, river_index, model)
        for stop, key in access:
            gap_km = math.dist(graph.nodes[stop]["xy"], graph.nodes[key]["xy"]) / 1000
            _add_edge(graph, stop, key, gap_km * model.track_detour, "track", "track", "", False, river_index, model)

    _link_neighbours(graph, model, river_index)
    if "hub" in stops_m.columns:  # administrative links: a commune seat to its department seat
        for stop_id, hub in zip(stops_m["id"], stops_m["hub"], strict=True):
            if isinstance(hub, str) and hub in graph and hub != str(stop_id):
                _track(graph, str(stop_id), hub, model, river_index)
    _join_components(graph, model, river_index)
    return graph


def _stop_array(graph: nx.Graph) -> tuple[list[str], np.ndarray]:
    ids = [n for n, d in graph.nodes(data=True) if d.get("stop")]
    return ids, np.array([graph.nodes[n]["xy"] for n in ids], dtype=float).reshape(-1, 2)


def _track(graph: nx.Graph, u: str, v: str, model: NetworkModel, rivers: _Rivers) -> None:
    km = math.dist(graph.nodes[u]["xy"], graph.nodes[v]["xy"]) / 1000
    _add_edge(graph, u, v, km * model.track_detour, "track", "track", "", False, rivers, model)


def _link_neighbours(graph: nx.Graph, model: NetworkModel, rivers: _Rivers) -> None:
    """Each stop to its k nearest stops within neighbour_max_km (straight line x track_detour)."""
    ids, xy = _stop_array(graph)
    if len(ids) < 2:
        return
    dist = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2)) / 1000
    np.fill_diagonal(dist, np.inf)
    for i, u in enumerate(ids):
        for j in np.argsort(dist[i], kind="stable")[: model.neighbours_k]:
            if dist[i, j] <= model.neighbour_max_km:
                _track(graph, u, ids[int(j)], model, rivers)


def _join_components(graph: nx.Graph, model: NetworkModel, rivers: _Rivers) -> None:
    """Link every isolated group to the largest one by its shortest straight track (dry season)."""
    while True:
        components = sorted(nx.connected_components(graph), key=len, reverse=True)
        if len(components) <= 1:
            return
        main = list(components[0])
        main_xy = np.array([graph.nodes[n]["xy"] for n in main])
        best: tuple[float, str, str] | None = None
        for node in components[1]:
            d = np.sqrt(((main_xy - np.array(graph.nodes[node]["xy"])) ** 2).sum(axis=1))
            j = int(np.argmin(d))
            if best is None or d[j] < best[0]:
                best = (float(d[j]), node, main[j])
        assert best is not None
        _track(graph, best[1], best[2], model, rivers)


def season_weight(season: str, vehicle: str = DEFAULT_VEHICLE) -> Callable[[str, str, Mapping[str, Any]], float | None]:
    """Edge weight for networkx: minutes in `season` by `vehicle`; None hides a closed edge."""
    key = minutes_key(season, vehicle)
    return lambda _u, _v, data: data[key]


# ---------------------------------------------------------------- the shipped network (cached)


def stop_frame() -> gpd.GeoDataFrame:
    """Places and mining sites as route stops: id, label, kind, department, geometry (EPSG:4326)."""
    from atlas.features.outreach.analysis.gazetteer import stops_table

    return stops_table()


def _file_stamp() -> Stamp:
    """The current versions of the layers the network is built from (its cache key)."""
    from atlas.layers.registry import data_stamp

    return data_stamp(("roads", "rivers", "places", "mining_sites", "services_areas"))


def default_network(model: NetworkModel = DEFAULT_MODEL) -> nx.Graph:
    """The network built from the current layers; cached (deterministic) until an import or revert."""
    return _cached_network(model, _file_stamp())


@lru_cache(maxsize=4)
def _cached_network(model: NetworkModel, _stamp: tuple[int, ...]) -> nx.Graph:
    from atlas.layers.registry import load_frame

    return build_network(load_frame("roads"), load_frame("rivers"), stop_frame(), model)


def edges_frame(graph: nx.Graph, season: str | None = None, vehicle: str = DEFAULT_VEHICLE) -> gpd.GeoDataFrame:
    """Edges as a GeoDataFrame (for the map and the docs); `season` drops the ones closed to `vehicle`."""
    rows = []
    for u, v, d in graph.edges(data=True):
        if season is not None and d[minutes_key(season, vehicle)] is None:
            continue
        rows.append(
            {
                "surface": d["surface"],
                "kind": d["kind"],
                "name": d["name"],
                "length_km": round(d["length_km"], 2),
                "closed_rainy": d[minutes_key("rainy", vehicle)] is None,
                "crossings": len(d["crossings"]),
                "geometry": LineString([(graph.nodes[n]["lon"], graph.nodes[n]["lat"]) for n in (u, v)]),
            }
        )
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs=WGS84)


def nodes_of(graph: nx.Graph, ids: Iterable[str]) -> list[dict[str, Any]]:
    """Node attribute dicts for `ids` (KeyError names the missing id)."""
    return [graph.nodes[i] for i in ids]
