"""Travel times between arbitrary points on the outreach network (for other analyses).

The CSR-gap analysis asks `atlas.features.outreach.travel_time_matrix(origins, destinations, season)`
for minutes from villages to service towns. A point that is not a network node is joined to the
nearest node by a modelled track (straight line x track detour, at track speed of the season and
vehicle), the same rule the network uses for every stop. The vehicle defaults to the 4x4, so callers
written before the motorbike profile get the same numbers.
"""

from __future__ import annotations

import math

import geopandas as gpd
import networkx as nx
import numpy as np
import pandas as pd

from atlas.features.outreach.analysis.model import DEFAULT_MODEL, DEFAULT_VEHICLE, NetworkModel
from atlas.features.outreach.analysis.network import default_network, season_weight
from atlas.foundation.config import UTM_28N


def _snap(
    graph: nx.Graph, points: gpd.GeoDataFrame, model: NetworkModel, season: str, vehicle: str
) -> list[tuple[str, float]]:
    """(nearest node, minutes of track to reach it) for each point."""
    nodes = list(graph.nodes)
    xy = np.array([graph.nodes[n]["xy"] for n in nodes])
    out = []
    for geom in points.to_crs(UTM_28N).geometry:
        if geom is None or geom.is_empty:
            out.append(("", math.inf))
            continue
        p = geom.representative_point()
        d = np.sqrt(((xy - np.array([p.x, p.y])) ** 2).sum(axis=1))
        i = int(np.argmin(d))
        km = float(d[i]) / 1000 * model.track_detour
        out.append((nodes[i], km / model.speed_kmh("track", season, vehicle) * 60))
    return out


def travel_time_matrix(
    origins: gpd.GeoDataFrame,
    destinations: gpd.GeoDataFrame,
    season: str = "dry",
    model: NetworkModel = DEFAULT_MODEL,
    graph: nx.Graph | None = None,
    vehicle: str = DEFAULT_VEHICLE,
) -> pd.DataFrame:
    """Minutes from each origin (rows, origins' index) to each destination (columns); inf = cut off."""
    graph = graph if graph is not None else default_network(model)
    weight = season_weight(season, vehicle)
    origin_nodes = _snap(graph, origins, model, season, vehicle)
    destination_nodes = _snap(graph, destinations, model, season, vehicle)
    reach: dict[str, dict[str, float]] = {}
    for node, _ in destination_nodes:  # undirected graph: search from the (usually few) destinations
        if node and node not in reach:
            reach[node] = nx.single_source_dijkstra_path_length(graph, node, weight=weight)
    data = [
        [(o_min + reach[d].get(o, math.inf) + d_min) if o and d else math.inf for d, d_min in destination_nodes]
        for o, o_min in origin_nodes
    ]
    return pd.DataFrame(data, index=origins.index, columns=list(destinations.index), dtype=float)
