"""A partner's shelter and service list (exact points) turned into availability per commune zone.

Shelters are confidential (DESIGN: never a point or an address on a map, in a file or a cache):
the services_areas layer shows only how many shelters and services each commune zone holds. This
module is the one place where such points are read, and it gives back only zone rows:

- the zones are the shipped **commune zones** (`commune_zones.geojson`, 18 Voronoi cells of the
  commune seats clipped to the arrondissements), the very polygons of the shipped services_areas
  and Bajenu Gox layers. Why these and not the 6 arrondissements: they are the finest zones the
  atlas has, an imported layer replaces the shipped one zone for zone (the map, the key figures and
  the CSR gaps keep comparing like with like), and `layers.types.check_confidential_areas` accepts
  them as they are; every zone is at least 25 km², coarse enough that a count does not place a
  shelter.
- the result carries no point geometry, no coordinate, no row of the input and no reference to the
  input frame (new objects built from the zones): **the caller must still drop the points** it
  read (its own frame, upload bytes, session state) once this returns;
- a point outside every zone (or with no usable geometry, or an unknown kind) is refused with a
  reason code and its row number; it is counted nowhere, never guessed into the nearest zone;
- capacities, when the partner gives them, are summed per zone and shown only as a band
  (`capacity_band`), so that an exact bed count cannot identify a shelter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from atlas.foundation.config import DATA_DIR, LANGUAGES
from atlas.foundation.i18n import t
from atlas.foundation.names import normalise

ZONES_FILE = "commune_zones.geojson"
KINDS: tuple[str, ...] = ("shelter", "service")  # a shelter is also a service (as in the shipped layer)
DEFAULT_KIND = "shelter"  # a list without a kind column is a shelter list
# Zone total of places → band; upper bounds inclusive. Coarse on purpose (see module docstring).
CAPACITY_BANDS: tuple[tuple[int, str], ...] = ((10, "up_to_10"), (30, "11_to_30"))
CAPACITY_OVER = "over_30"
CAPACITY_UNKNOWN = "not_published"
MAX_PROVIDER = 80  # characters of one provider's name (an organisation's name, not a description)
OUTPUT_COLUMNS: tuple[str, ...] = (
    "commune",
    "department",
    "arrondissement",
    "shelters",
    "services",
    "providers",
    "capacity_band",
    "location_basis",
)
REASONS: tuple[str, ...] = ("no_geometry", "not_a_point", "outside_zones", "bad_kind", "bad_capacity")


@dataclass(frozen=True)
class RefusedPoint:
    """One input row not counted: its 0-based position in the input and a reason code (never its values)."""

    row: int
    reason: str

    def message(self, lang: str) -> str:
        """The reason in `lang` (`shelters.refuse.<reason>`), for the preview's refused-rows table."""
        return t(f"shelters.refuse.{self.reason}", lang)


@dataclass(frozen=True)
class ShelterAreas:
    """Zone rows in the services_areas schema (one per zone, zones without a service at 0) and the refusals."""

    areas: gpd.GeoDataFrame
    refused: tuple[RefusedPoint, ...]

    @property
    def counted(self) -> int:
        """How many input rows were counted in a zone."""
        return int(self.areas["services"].sum())


def capacity_band(total: int | None) -> str:
    """The band of a zone's total places; None (some shelter gave no capacity) → 'not_published'."""
    if total is None:
        return CAPACITY_UNKNOWN
    for bound, band in CAPACITY_BANDS:
        if total <= bound:
            return band
    return CAPACITY_OVER


@lru_cache(maxsize=1)
def _shipped_zones() -> gpd.GeoDataFrame:
    return gpd.read_file(DATA_DIR / ZONES_FILE)


def shipped_zones() -> gpd.GeoDataFrame:
    """The shipped commune zones (a copy: callers may not alter the cached frame)."""
    return _shipped_zones().copy()


def points_to_areas(points: gpd.GeoDataFrame, zones: gpd.GeoDataFrame | None = None) -> ShelterAreas:
    """Count `points` per zone and return zone rows only; see the module docstring for the rules.

    `points`: one row per shelter or service, point geometries (any CRS; none set means WGS 84).
    Optional columns: `kind` ('shelter' or 'service', or their catalog label `value.kind.<code>` in
    French or English; absent or empty: 'shelter'), `providers` (the organisation running it: a
    public name, listed once per zone, cut to 80 characters), `capacity` (places, a whole number ≥ 0).
    `zones`: polygons with `commune`, `department` (and optionally `arrondissement`); default the
    shipped commune zones. A point on the boundary of two zones counts once, in the first zone.
    """
    zones = shipped_zones() if zones is None else zones
    zone_geoms = np.asarray(zones.to_crs("EPSG:4326").geometry.values if zones.crs else zones.geometry.values)
    geoms = points.to_crs("EPSG:4326").geometry.values if points.crs else points.geometry.values
    kinds = [_kind(value) for value in _column(points, "kind")]
    providers = _column(points, "providers")
    capacities = _column(points, "capacity")

    refused: list[RefusedPoint] = []
    members: dict[int, list[int]] = {}
    for row, geom in enumerate(np.asarray(geoms)):
        reason = _point_problem(geom)
        if reason is None and kinds[row] is None:
            reason = "bad_kind"
        if reason is None and not _capacity_ok(capacities[row]):
            reason = "bad_capacity"
        zone = None if reason else _zone_of(geom, zone_geoms)
        if reason is None and zone is None:
            reason = "outside_zones"
        if reason is not None or zone is None:
            refused.append(RefusedPoint(row, reason or "outside_zones"))
            continue
        members.setdefault(zone, []).append(row)

    rows = []
    for index in range(len(zones)):
        found = members.get(index, [])
        props = zones.iloc[index]
        rows.append(
            {
                "commune": str(props["commune"]),
                "department": str(props["department"]),
                "arrondissement": _text(props.get("arrondissement")) or None,
                "shelters": sum(1 for r in found if kinds[r] == "shelter"),
                "services": len(found),
                "providers": _providers([providers[r] for r in found]),
                "capacity_band": _zone_band([_capacity(capacities[r]) for r in found]) if found else None,
                "location_basis": "commune_area" if found else None,
            }
        )
    frame = pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS)).astype({"shelters": "int64", "services": "int64"})
    areas = gpd.GeoDataFrame(frame, geometry=[shapely.from_wkb(shapely.to_wkb(g)) for g in zone_geoms], crs="EPSG:4326")
    return ShelterAreas(areas=areas, refused=tuple(refused))


def _providers(values: list[object]) -> str | None:
    """The zone's providers, each once, in order, each name cut to MAX_PROVIDER characters."""
    names = dict.fromkeys(name for value in values if (name := _text(value)[:MAX_PROVIDER].strip()))
    return "; ".join(names) or None


def _column(frame: pd.DataFrame, name: str) -> list[object]:
    """The column's values as a plain list (None everywhere when the file has no such column)."""
    return list(frame[name]) if name in frame.columns else [None] * len(frame)


def _kind(value: object) -> str | None:
    """'shelter' or 'service' from the code or its label in any language ('foyer d'accueil', 'Service');
    empty means a shelter (a shelter list need not say it); None for anything else."""
    text = normalise(_text(value))
    if not text:
        return DEFAULT_KIND
    for code in KINDS:
        if text in {normalise(code), *(normalise(t(f"value.kind.{code}", lang)) for lang in LANGUAGES)}:
            return code
    return None


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return " ".join(str(value).split())


def _point_problem(geom: object) -> str | None:
    if not isinstance(geom, shapely.Geometry) or geom.is_empty:
        return "no_geometry"
    if not isinstance(geom, shapely.Point):
        return "not_a_point"
    if not np.isfinite([geom.x, geom.y]).all():
        return "no_geometry"
    return None


def _zone_of(point: shapely.Point, zone_geoms: np.ndarray) -> int | None:
    hits = np.flatnonzero(shapely.covers(zone_geoms, point))
    return int(hits[0]) if len(hits) else None


def _capacity(value: object) -> int | None:
    """Places as an int, None when not given; raises ValueError when not a whole number ≥ 0."""
    text = _text(value).replace(",", ".")
    if not text:
        return None
    number = float(text)
    if not np.isfinite(number) or number < 0 or number % 1:
        raise ValueError(text)
    return int(number)


def _capacity_ok(value: object) -> bool:
    try:
        _capacity(value)
    except ValueError:
        return False
    return True


def _zone_band(capacities: list[int | None]) -> str:
    """The band of the zone's total places: only when every counted shelter gave its capacity."""
    known = [c for c in capacities if c is not None]
    if len(known) < len(capacities):
        return CAPACITY_UNKNOWN
    return capacity_band(sum(known))


def refusal_counts(refused: tuple[RefusedPoint, ...]) -> Mapping[str, int]:
    """How many rows each reason refused (for a summary line)."""
    counts: dict[str, int] = {}
    for item in refused:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    return counts
