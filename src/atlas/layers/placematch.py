"""Places by name: a partner's village name → one place of the gazetteer, or the candidates to choose from.

Names are compared after `foundation.names.normalise` (accents, case, spacing, hyphens, apostrophes),
against each place's name, its `alt_names` and the known variants in `data/place_variants.csv`
(spellings the field uses that the gazetteer does not carry). A commune or department given on the
row narrows homonyms. When a name still means several places (the two Moussalas) or none, the
answer says so with the candidates: the person chooses, nothing is guessed. The one exception is
the documented rule the route planner already follows: when exactly one homonym is a curated place
(Kédougou the town, not the village of the same name), the bare name means it, and the answer says
that other candidates existed.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

from atlas.foundation.config import DATA_DIR
from atlas.foundation.names import normalise

VARIANTS_FILE = DATA_DIR / "place_variants.csv"
ZONES_FILE = DATA_DIR / "commune_zones.geojson"
_UNCURATED_KINDS = ("village", "border_village")


@dataclass(frozen=True)
class Place:
    id: str  # the Who's On First id, or town-<slug> (the same ids as the route planner's stops)
    name: str
    kind: str
    department: str
    commune: str
    arrondissement: str
    lon: float
    lat: float
    curated: bool

    def hint(self, origin: tuple[float, float] | None = None) -> str:
        """'Saraya · commune Missirah Sirimana · arr. Sabodala · 42 km': enough to tell homonyms apart."""
        parts = [p for p in (self.department, self.commune, self.arrondissement) if p]
        text = " · ".join(parts)
        if origin is not None:
            text += f" · {distance_km(origin, (self.lon, self.lat)):.0f} km"
        return text


@dataclass(frozen=True)
class Match:
    """The answer for one name: `status` is found, ambiguous or unknown."""

    name: str
    status: str
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    note: str = ""  # "preferred": a curated homonym was chosen by the documented rule


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lon, lat) points."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def place_id(row: dict[str, Any]) -> str:
    wof = row.get("wof_id")
    if wof is not None and not (isinstance(wof, float) and math.isnan(wof)):
        return str(int(wof))
    return "town-" + normalise(str(row["name"])).replace(" ", "-")


class Gazetteer:
    """Every place under every normalised name it is known by."""

    def __init__(self, places: list[Place], alt_names: dict[str, list[str]], variants: dict[str, str]) -> None:
        self.places = {p.id: p for p in places}
        self._by_key: dict[str, list[Place]] = {}
        for place in places:
            for name in (place.name, *alt_names.get(place.id, ())):
                self._add(normalise(name), place)
        by_name: dict[str, list[Place]] = {}
        for place in places:
            by_name.setdefault(normalise(place.name), []).append(place)
        for variant, canonical in variants.items():
            for place in by_name.get(normalise(canonical), []):
                self._add(normalise(variant), place)

    def _add(self, key: str, place: Place) -> None:
        found = self._by_key.setdefault(key, [])
        if key and place not in found:
            found.append(place)

    def lookup(self, name: str, commune: str = "", department: str = "") -> Match:
        """The place `name` means, narrowed by a commune or department when given; see the module doc."""
        candidates = self._by_key.get(normalise(name), [])
        if not candidates:
            return Match(name, "unknown")
        for value, attr in ((commune, "commune"), (department, "department")):
            key = normalise(value or "")
            narrowed = [p for p in candidates if key and normalise(getattr(p, attr)) == key]
            if narrowed:
                candidates = narrowed
        if len(candidates) == 1:
            return Match(name, "found", candidates[0])
        curated = [p for p in candidates if p.curated]
        if len(curated) == 1:
            return Match(name, "found", curated[0], tuple(candidates), note="preferred")
        return Match(name, "ambiguous", candidates=tuple(candidates))

    def suggestions(self, name: str, limit: int = 5) -> tuple[Place, ...]:
        """Places whose name is close to an unknown `name` (typing slips), best first."""
        import difflib

        keys = difflib.get_close_matches(normalise(name), list(self._by_key), n=limit, cutoff=0.75)
        seen: dict[str, Place] = {}
        for key in keys:
            for place in self._by_key[key]:
                seen.setdefault(place.id, place)
        return tuple(seen.values())[:limit]


def read_variants() -> dict[str, str]:
    """variant → gazetteer name, from the shipped CSV (`variant,name`; `#` lines are comments)."""
    out: dict[str, str] = {}
    with VARIANTS_FILE.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            if row.get("variant") and row.get("name"):
                out[row["variant"].strip()] = row["name"].strip()
    return out


def build(places: gpd.GeoDataFrame, variants: dict[str, str] | None = None) -> Gazetteer:
    """A gazetteer from a places frame (the layer's current version)."""
    zones = _zones()
    out: list[Place] = []
    alt: dict[str, list[str]] = {}
    for row in places.to_dict("records"):
        geom = row["geometry"]
        if geom is None or geom.is_empty:
            continue
        pid = place_id(row)
        zone = _zone_of(zones, geom)
        kind = str(row.get("kind") or "")
        curated = row.get("curated")
        out.append(
            Place(
                id=pid,
                name=str(row["name"]),
                kind=kind,
                department=_text(row.get("department")),
                commune=_text(row.get("commune")) or zone.get("commune", ""),
                arrondissement=zone.get("arrondissement", ""),
                lon=float(geom.x),
                lat=float(geom.y),
                curated=bool(curated) if isinstance(curated, bool) else kind not in _UNCURATED_KINDS,
            )
        )
        names = row.get("alt_names")
        if isinstance(names, list | tuple):
            alt[pid] = [str(n) for n in names]
        elif isinstance(names, str) and names.strip():
            alt[pid] = [n.strip() for n in names.strip("[]").replace('"', "").replace("'", "").split(",")]
    return Gazetteer(out, alt, read_variants() if variants is None else variants)


def current() -> Gazetteer:
    """The gazetteer of the places layer's current store version (cached per version)."""
    from atlas.layers.registry import data_stamp

    return _current(data_stamp(("places",)))


@lru_cache(maxsize=2)
def _current(_stamp: object) -> Gazetteer:
    from atlas.layers.registry import load_frame

    return build(load_frame("places"))


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


@lru_cache(maxsize=1)
def _zones() -> tuple[tuple[Any, dict[str, str]], ...]:
    """The commune zones as (prepared polygon, names): a point test costs microseconds, not a frame."""
    frame = gpd.read_file(ZONES_FILE)
    out = []
    for _, row in frame.iterrows():
        geom = row.geometry
        shapely.prepare(geom)
        names = {k: _text(row.get(k)) for k in ("commune", "department", "arrondissement") if not pd.isna(row.get(k))}
        out.append((geom, names))
    return tuple(out)


def zone_at(lon: float, lat: float) -> dict[str, str]:
    """The commune zone (commune, department, arrondissement) holding a point; {} outside the region."""
    for geom, names in _zones():
        if shapely.contains_xy(geom, lon, lat):
            return names
    return {}


def _zone_of(zones: tuple[tuple[Any, dict[str, str]], ...], point: shapely.Point) -> dict[str, str]:
    return zone_at(point.x, point.y)
