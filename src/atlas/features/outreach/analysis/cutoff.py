"""Why a stop is cut off in a season: the rivers whose unbridged crossings close on the way to it.

The planner only knows that no open path reaches the stop; the team needs the river ("Falémé") to
decide whether to go by pirogue, wait for the dry season or drop the stop. The dry-season best path
to the stop is taken as "the way there", and each of its edges closed in the chosen season names
the rivers it fords.
"""

from __future__ import annotations

import itertools

import networkx as nx

from atlas.features.outreach.analysis.network import minutes_key, season_weight


def closing_rivers(graph: nx.Graph, start: str, stop: str, season: str, vehicle: str) -> tuple[str, ...]:
    """Named rivers whose crossings close the way from `start` to `stop` in `season` (may be empty)."""
    try:
        path = nx.shortest_path(graph, start, stop, weight=season_weight("dry", vehicle))
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return ()
    key = minutes_key(season, vehicle)
    rivers: list[str] = []
    for u, v in itertools.pairwise(path):
        data = graph.edges[u, v]
        if data.get(key) is None:
            for crossing in data.get("crossings", ()):
                if crossing.startswith("ford:"):
                    rivers.append(crossing.removeprefix("ford:"))
    return tuple(dict.fromkeys(rivers))
