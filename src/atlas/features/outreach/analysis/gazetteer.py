"""What a route can start from or visit, and how a typed name becomes one of them.

Stops are the places (towns, villages, border villages, crossings) and the mining sites. Ids are
stable so that a shared link (`?stops=...`) keeps working: a place's Who's On First id (the two
villages called Moussala differ only there), `town-<slug>` for a place without one, and
`site-<slug>` for a mining site. Service areas add their public access town under the commune's
name (never a shelter point: only the commune-seat town the team travels to).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import geopandas as gpd
import pandas as pd

from atlas.foundation.config import UTM_28N, WGS84
from atlas.foundation.names import UnknownOrAmbiguousName, normalise, resolve

_BRACKETED = re.compile(r"^(.*?)\s*\[([^\]]+)\]\s*$")


def _slug(name: str) -> str:
    return normalise(name).replace(" ", "-")


def _place_id(row: Mapping[str, Any]) -> str:
    wof = row.get("wof_id")
    if wof is not None and not (isinstance(wof, float) and math.isnan(wof)):
        return str(int(wof))
    return f"town-{_slug(str(row['name']))}"


STOP_LAYERS = ("places", "mining_sites", "services_areas")
_UNCURATED_KINDS = ("village", "border_village")


def _curated(row: Mapping[str, Any]) -> bool:
    """Whether a place was curated; a file without the (optional) `curated` column falls back on its
    kind, so that a bare `Kédougou` still means the town, not the village of the same name."""
    value = row.get("curated")
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return row.get("kind") not in _UNCURATED_KINDS


def _stops_cached() -> gpd.GeoDataFrame:
    """The stops of the current data (cached per version of the layers they come from)."""
    from atlas.layers.registry import data_stamp

    return _stops_for(data_stamp(STOP_LAYERS))


def unique_ids(ids: pd.Series) -> list[str]:
    """Ids made unique: the first keeps its id (links stay stable), the next ones get `-2`, `-3`…

    Two features may share a name (two sites called the same in an imported file): ids must not.
    """
    seen: dict[str, int] = {}
    out = []
    taken = set(ids)
    for stop_id in ids:
        n = seen.get(stop_id, 0) + 1
        seen[stop_id] = n
        candidate = stop_id if n == 1 else f"{stop_id}-{n}"
        while n > 1 and candidate in taken:
            n += 1
            candidate = f"{stop_id}-{n}"
        seen[stop_id] = n
        taken.add(candidate)
        out.append(candidate)
    return out


@lru_cache(maxsize=4)
def _stops_for(_stamp: tuple) -> gpd.GeoDataFrame:
    from atlas.layers.registry import load_frame

    places = load_frame("places")
    rows = []
    for row in places.to_dict("records"):
        rows.append(
            {
                "id": _place_id(row),
                "label": str(row["name"]),
                "name": str(row["name"]),
                "kind": str(row["kind"]),
                "group": "border_village" if row["kind"] in ("border_village", "crossing") else "place",
                "department": row.get("department") if isinstance(row.get("department"), str) else "",
                "curated": _curated(row),
                "country": row.get("country") if isinstance(row.get("country"), str) else "SEN",
                "geometry": row["geometry"],
            }
        )
    sites = load_frame("mining_sites")
    for row in sites.to_dict("records"):
        rows.append(
            {
                "id": f"site-{_slug(str(row['name']))}",
                "label": str(row["name"]),
                "name": str(row["name"]),
                "kind": str(row["kind"]),
                "group": "mining_site",
                "department": row.get("department") if isinstance(row.get("department"), str) else "",
                "curated": True,
                "country": "SEN",
                "geometry": row["geometry"],
            }
        )
    frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs=WGS84)
    frame["id"] = unique_ids(frame["id"])
    seats = {r["department"]: _place_id(r) for r in places.to_dict("records") if r["kind"] == "department_seat"}
    capital = places[places["kind"] == "regional_capital"]
    if not capital.empty:
        seats["Kédougou"] = _place_id(capital.iloc[0].to_dict())
    frame["hub"] = [
        seats.get(d) if k == "commune_seat" else None for k, d in zip(frame["kind"], frame["department"], strict=True)
    ]
    key = frame["label"].map(normalise)
    duplicate = key.map(key.value_counts()) > 1
    curated_per_name = key[frame["curated"]].value_counts()
    # The one curated place of a shared name (Kédougou the town, not the village) keeps its plain name
    # and is what the bare name means; other homonyms (Moussala x2, both curated) get their id.
    plain = duplicate & frame["curated"] & (key.map(curated_per_name) == 1)
    frame["preferred"] = plain
    duplicate = duplicate & ~plain
    # The other homonyms are told apart by their nearest other locality and their department, in lists,
    # itineraries and GPX files alike ("Moussala (Kolia, Saraya)"); a raw id means nothing on the road.
    frame.loc[duplicate, "label"] = [_homonym_label(frame, i) for i in frame.index[duplicate]]
    return frame


def _homonym_label(frame: gpd.GeoDataFrame, index: object) -> str:
    """'Name (nearest other named place, department)' for one of several stops sharing a name."""
    row = frame.loc[index]
    metric = frame.to_crs(UTM_28N)
    others = metric[frame["name"].map(normalise) != normalise(str(row["name"]))]
    nearest = str(others.loc[others.distance(metric.loc[index, "geometry"]).idxmin(), "name"])
    return f"{row['name']} ({', '.join(p for p in (nearest, row['department']) if p)})"


def stops_table() -> gpd.GeoDataFrame:
    """Every stop: id, label (unique), name, kind, group (place/border_village/mining_site), department."""
    return _stops_cached().copy()


def name_options() -> tuple[tuple[str, str], ...]:
    """(id, name) pairs that a typed name is matched against (homonyms share a name)."""
    from atlas.layers.registry import data_stamp

    return _name_options_for(data_stamp(STOP_LAYERS))


@lru_cache(maxsize=4)
def _name_options_for(stamp: tuple) -> tuple[tuple[str, str], ...]:
    from atlas.layers.registry import load_layer

    stops = _stops_for(stamp)
    # A bare name shared with a preferred place (the curated one of its homonyms) means that place;
    # the others stay reachable by their bracketed id.
    shadowed = set(stops.loc[stops["preferred"], "name"].map(normalise))
    keep = stops["preferred"] | ~stops["name"].map(normalise).isin(shadowed)
    options = list(zip(stops.loc[keep, "id"], stops.loc[keep, "name"], strict=True))
    counts = stops.loc[keep, "name"].map(normalise).value_counts()
    by_name = {normalise(n): i for i, n in options if counts.get(normalise(n), 0) == 1}
    services = load_layer("services_areas").frame
    if services is not None and "access_town" in services.columns:
        for row in services.to_dict("records"):
            town = row.get("access_town")
            if isinstance(town, str) and normalise(town) in by_name:
                options.append((by_name[normalise(town)], str(row["commune"])))
    seen: set[tuple[str, str]] = set()
    unique = []
    for i, label in options:
        if (i, normalise(label)) not in seen:
            seen.add((i, normalise(label)))
            unique.append((i, label))
    return tuple(unique)


def resolve_stop(name: str) -> str:
    """Stop id for a typed name; 'Moussala [1326635101]' or the bare id pick one homonym.

    Raises UnknownOrAmbiguousName (with `.candidates`) for an unknown or ambiguous name.
    """
    text = name.strip()
    if not text:
        raise UnknownOrAmbiguousName("empty stop name", [])
    ids = set(_stops_cached()["id"])
    match = _BRACKETED.match(text)
    if match and match.group(2).strip() in ids:
        return match.group(2).strip()
    if text in ids:
        return text
    stops = _stops_cached()
    labelled = stops.loc[stops["label"].map(normalise) == normalise(text), "id"]
    if len(labelled) == 1:  # a disambiguated homonym, as the lists show it
        return str(labelled.iloc[0])
    return resolve(text, name_options(), what="place")


def label_of(stop_id: str) -> str:
    """Display label of a stop id (KeyError for an unknown id)."""
    stops = _stops_cached()
    hit = stops.loc[stops["id"] == stop_id, "label"]
    if hit.empty:
        raise KeyError(stop_id)
    return str(hit.iloc[0])
