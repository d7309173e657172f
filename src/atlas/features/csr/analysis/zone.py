"""A concession's footprint, its impact zone and the places and mining sites inside it.

All geometry work happens in UTM zone 28N (EPSG:32628), where a buffer of 15 km is 15 km; the
results carry WGS84 coordinates only for display.

Footprint rules (the honest minimum we can say about each title):
- a published perimeter is used as it is (`footprint_basis = "perimeter"`);
- a title with only a point and a stated area becomes a circle of that area around the point,
  radius sqrt(A / π) (`"stated_area_circle"`): the real shape is unknown, the size is not;
- a point with no stated area stays a bare point (`"point_only"`): the zone is then a plain
  circle of the chosen radius and under-states the true zone of influence.

Places outside Senegal (the gazetteer has Kéniéba in Mali, Mali-ville in Guinea and Tambacounda
outside the region) ARE members when they fall inside the zone: girls and workers cross the
Falémé, and a CSR zone that stops at a river hides exactly the camps most exposed. Senegalese
service and Bajenu Gox data do not cover them, so `gaps.py` scores them as having no service and
no relay, and the `country` column says why.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from atlas.foundation.config import UTM_28N, WGS84
from atlas.foundation.names import resolve

DEFAULT_BUFFER_KM: float = 15.0
MAX_BUFFER_KM: float = 100.0  # beyond this the "zone" covers the whole region and means nothing

FOOTPRINT_BASES: tuple[str, ...] = ("perimeter", "stated_area_circle", "point_only")


@dataclass(frozen=True)
class Footprint:
    """The ground a title covers, in UTM 28N metres, and how we know it."""

    names: tuple[str, ...]
    geometry: BaseGeometry
    basis: str  # one of FOOTPRINT_BASES; "mixed" when several titles of different kinds are united
    area_km2: float | None  # area of the footprint itself (None for a bare point)


@dataclass(frozen=True)
class ImpactZone:
    """A footprint buffered by the chosen radius."""

    footprint: Footprint
    buffer_km: float
    geometry: BaseGeometry

    @property
    def area_km2(self) -> float:
        return self.geometry.area / 1e6


# --- choosing a concession ---------------------------------------------------------------------


def concession_options(concessions: pd.DataFrame) -> list[tuple[str, str]]:
    """(id, label) pairs for `atlas.foundation.names.resolve`: the concession name is both."""
    return [(str(name), str(name)) for name in concessions["name"]]


def resolve_concession(name: str, concessions: pd.DataFrame) -> str:
    """The exact concession name for a typed one (accents optional); raises UnknownOrAmbiguousName."""
    return resolve(name, concession_options(concessions), what="concession")


def concessions_of_holder(holder: str, concessions: pd.DataFrame) -> list[str]:
    """Names of the titles held by one company (exact holder string as in the layer)."""
    return [str(n) for n in concessions.loc[concessions["holder"] == holder, "name"]]


# --- footprint and zone -----------------------------------------------------------------------


def _stated_area_km2(row: pd.Series) -> float | None:
    value = row.get("stated_area_km2")
    if value is None or pd.isna(value) or float(value) <= 0:
        return None
    return float(value)


def footprint_of_row(row: pd.Series, geometry_utm: BaseGeometry) -> Footprint:
    """Footprint of one title, following the rules in the module docstring."""
    name = str(row["name"])
    if geometry_utm.geom_type in ("Polygon", "MultiPolygon"):
        return Footprint((name,), geometry_utm, "perimeter", geometry_utm.area / 1e6)
    area = _stated_area_km2(row)
    if area is not None:
        radius_m = math.sqrt(area * 1e6 / math.pi)
        circle = geometry_utm.buffer(radius_m, quad_segs=32)
        return Footprint((name,), circle, "stated_area_circle", area)
    return Footprint((name,), geometry_utm, "point_only", None)


def footprint(concessions: gpd.GeoDataFrame, names: Iterable[str]) -> Footprint:
    """Footprint of one or several titles (a company's) given their exact names."""
    names = list(names)
    if not names:
        raise ValueError("no concession given")
    utm = concessions.to_crs(UTM_28N)
    parts = []
    for name in names:
        rows = utm[utm["name"] == name]
        if rows.empty:
            raise KeyError(f"unknown concession {name!r}")
        parts.append(footprint_of_row(rows.iloc[0], rows.geometry.iloc[0]))
    if len(parts) == 1:
        return parts[0]
    bases = {p.basis for p in parts}
    geometry = unary_union([p.geometry for p in parts])
    area = geometry.area / 1e6 if geometry.area > 0 else None
    return Footprint(tuple(names), geometry, bases.pop() if len(bases) == 1 else "mixed", area)


def impact_zone(fp: Footprint, buffer_km: float) -> ImpactZone:
    """The footprint buffered by `buffer_km` (0 < km ≤ MAX_BUFFER_KM, else ValueError)."""
    if not (isinstance(buffer_km, (int, float)) and math.isfinite(buffer_km)) or buffer_km <= 0:
        raise ValueError(f"buffer must be a positive number of km, got {buffer_km!r}")
    if buffer_km > MAX_BUFFER_KM:
        raise ValueError(f"buffer of {buffer_km} km is larger than the {MAX_BUFFER_KM:g} km allowed")
    return ImpactZone(fp, float(buffer_km), fp.geometry.buffer(buffer_km * 1000.0, quad_segs=32))


# --- members ----------------------------------------------------------------------------------

MEMBER_COLUMNS: tuple[str, ...] = (
    "member_id",
    "name",
    "kind",
    "layer",
    "country",
    "department",
    "is_mining",
    "distance_km",
    "lon",
    "lat",
    "geometry",
)


def candidates_frame(places: gpd.GeoDataFrame, sites: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Places and mining sites in one frame (EPSG:4326) with the columns the gap table needs.

    `member_id` tells homonyms apart (two villages are called Moussala): the place's Who's On First
    id where it has one, else its row number.
    """

    def place_id(i: int, row: pd.Series) -> str:
        wof = row.get("wof_id")
        return f"place:{int(wof)}" if wof is not None and not pd.isna(wof) else f"place:row{i}"

    def is_mining_place(row: pd.Series) -> bool:
        roles = row.get("roles")
        if roles is None or not (isinstance(roles, (list, tuple)) or hasattr(roles, "tolist")):
            roles = []
        return row["kind"] == "mining_village" or "mining_village" in list(roles)

    place_rows = pd.DataFrame(
        {
            "member_id": [place_id(i, r) for i, (_, r) in enumerate(places.iterrows())],
            "name": places["name"].astype(str).to_numpy(),
            "kind": places["kind"].astype(str).to_numpy(),
            "layer": "place",
            "country": places["country"].fillna("SEN").astype(str).to_numpy() if "country" in places else "SEN",
            "department": places["department"].to_numpy() if "department" in places else None,
            "is_mining": [is_mining_place(r) for _, r in places.iterrows()],
        }
    )
    site_rows = pd.DataFrame(
        {
            "member_id": [f"site:{i}" for i in range(len(sites))],
            "name": sites["name"].astype(str).to_numpy(),
            "kind": sites["kind"].astype(str).to_numpy(),
            "layer": "mining_site",
            "country": "SEN",
            "department": sites["department"].to_numpy() if "department" in sites else None,
            "is_mining": True,
        }
    )
    geometry = list(places.to_crs(WGS84).geometry) + list(sites.to_crs(WGS84).geometry)
    frame = gpd.GeoDataFrame(pd.concat([place_rows, site_rows], ignore_index=True), geometry=geometry, crs=WGS84)
    frame["department"] = frame["department"].astype(object).where(frame["department"].notna(), None)
    return frame


def zone_members(zone: ImpactZone, candidates: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Candidates inside the zone (boundary included), with `distance_km` to the footprint.

    Returned in UTM 28N; `lon`/`lat` keep the display coordinates (5 decimals ≈ 1 m, public
    gazetteer points only). Sorted by distance, then name.
    """
    utm = candidates.to_crs(UTM_28N)
    inside = utm[utm.geometry.intersects(zone.geometry)].copy()
    inside["distance_km"] = inside.geometry.distance(zone.footprint.geometry) / 1000.0
    wgs = inside.geometry.to_crs(WGS84)
    inside["lon"] = wgs.x.round(5)
    inside["lat"] = wgs.y.round(5)
    inside = inside.sort_values(["distance_km", "name"], kind="stable").reset_index(drop=True)
    return inside[list(MEMBER_COLUMNS)]


def registry_concessions() -> gpd.GeoDataFrame:
    """The shipped concessions layer (validated; the registry caches it on file modification time)."""
    from atlas.layers.registry import load_frame

    return load_frame("concessions")


def registry_candidates() -> gpd.GeoDataFrame:
    """Places + mining sites from the shipped layers (about a hundred rows: cheap to rebuild)."""
    from atlas.layers.registry import load_frame

    return candidates_frame(load_frame("places"), load_frame("mining_sites"))
