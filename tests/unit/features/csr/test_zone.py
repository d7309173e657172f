"""Zone membership against an independent computation, footprints, and concession names.

The independent check never buffers: a point is in the zone when its exact distance to the
footprint (perimeter polygon, or analytically the circle of the stated area, or the bare point)
is at most the radius. Points within 50 m of that limit are left out of the comparison because a
buffer is a polygon approximation of a round shape (error ≈ r·(1 − cos(π/128)), a few metres).
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, Polygon

from atlas.features.csr.analysis.zone import (
    candidates_frame,
    footprint,
    impact_zone,
    registry_candidates,
    registry_concessions,
    resolve_concession,
    zone_members,
)
from atlas.foundation.config import UTM_28N, WGS84
from atlas.foundation.names import UnknownOrAmbiguousName
from atlas.layers.registry import load_frame

EDGE_TOLERANCE_M = 50.0

# Near Kharakhéna on the Falémé: the Mali border (the river) runs roughly along lon −11.45 here.
BORDER_LON = -11.45


def _concessions() -> gpd.GeoDataFrame:
    """A published perimeter touching the Falémé, a point with a stated area, a bare point."""
    square = Polygon([(-11.50, 12.88), (-11.46, 12.88), (-11.46, 12.92), (-11.50, 12.92)])
    rows = [
        {"name": "Bord Falémé", "holder": "A", "stated_area_km2": None, "geometry": square},
        {"name": "Point avec surface", "holder": "B", "stated_area_km2": 50.0, "geometry": Point(-12.10, 13.00)},
        {"name": "Point seul", "holder": "C", "stated_area_km2": None, "geometry": Point(-12.30, 12.70)},
    ]
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)


def _grid_candidates(centre: tuple[float, float], half_width_deg: float, n: int = 25) -> gpd.GeoDataFrame:
    """An n×n grid of villages around `centre`, those east of BORDER_LON flagged as in Mali."""
    lons = np.linspace(centre[0] - half_width_deg, centre[0] + half_width_deg, n)
    lats = np.linspace(centre[1] - half_width_deg, centre[1] + half_width_deg, n)
    points = [Point(x, y) for x in lons for y in lats]
    places = gpd.GeoDataFrame(
        {
            "name": [f"v{i}" for i in range(len(points))],
            "kind": "village",
            "roles": [["village"]] * len(points),
            "department": None,
            "country": ["MLI" if p.x > BORDER_LON else "SEN" for p in points],
            "wof_id": np.arange(len(points), dtype=float),
        },
        geometry=points,
        crs=WGS84,
    )
    sites = gpd.GeoDataFrame(
        {"name": ["site"], "kind": ["artisanal_site"], "department": ["Saraya"]}, geometry=[Point(*centre)], crs=WGS84
    )
    return candidates_frame(places, sites)


def _exact_distance_m(name: str, concessions: gpd.GeoDataFrame, points_utm: gpd.GeoSeries) -> np.ndarray:
    row = concessions.to_crs(UTM_28N).set_index("name").loc[name]
    geom = row.geometry
    if geom.geom_type == "Polygon":
        return points_utm.distance(geom).to_numpy()
    centre_distance = points_utm.distance(geom).to_numpy()
    area = row["stated_area_km2"]
    if area is None or (isinstance(area, float) and math.isnan(area)):
        return centre_distance
    return np.maximum(centre_distance - math.sqrt(area * 1e6 / math.pi), 0.0)


@pytest.mark.parametrize(
    ("name", "centre", "buffer_km"),
    [
        ("Bord Falémé", (-11.48, 12.90), 15.0),
        ("Point avec surface", (-12.10, 13.00), 10.0),
        ("Point seul", (-12.30, 12.70), 7.5),
    ],
)
def test_membership_equals_independent_distance(name, centre, buffer_km):
    concessions = _concessions()
    candidates = _grid_candidates(centre, 0.3)
    zone = impact_zone(footprint(concessions, [name]), buffer_km)
    members = set(zone_members(zone, candidates)["member_id"])

    distance = _exact_distance_m(name, concessions, candidates.to_crs(UTM_28N).geometry)
    limit = buffer_km * 1000.0
    clear = np.abs(distance - limit) > EDGE_TOLERANCE_M
    expected = set(candidates["member_id"][(distance <= limit) & clear])
    compared = set(candidates["member_id"][clear])
    assert members & compared == expected
    assert len(expected) > 10  # the comparison is not vacuous
    assert len(compared - expected) > 10


def test_zone_crossing_the_mali_border_keeps_places_in_mali():
    concessions = _concessions()
    candidates = _grid_candidates((-11.48, 12.90), 0.3)
    members = zone_members(impact_zone(footprint(concessions, ["Bord Falémé"]), 15.0), candidates)
    assert (members["country"] == "MLI").sum() > 5
    assert (members["country"] == "SEN").sum() > 5


def test_real_concession_zone_crosses_border_and_matches_distance():
    """Témoto lies on the Falémé: its 15 km zone reaches into Mali, and membership is exact."""
    concessions = registry_concessions()
    candidates = registry_candidates()
    zone = impact_zone(footprint(concessions, ["Témoto"]), 15.0)
    mali = load_frame("countries").to_crs(UTM_28N)
    mali = mali[mali["iso3"] == "MLI"]
    assert not mali.empty and zone.geometry.intersects(mali.geometry.union_all())
    members = set(zone_members(zone, candidates)["member_id"])
    fp = concessions.to_crs(UTM_28N).set_index("name").loc["Témoto"].geometry
    distance = candidates.to_crs(UTM_28N).geometry.distance(fp).to_numpy()
    clear = np.abs(distance - 15_000) > EDGE_TOLERANCE_M
    assert members & set(candidates["member_id"][clear]) == set(candidates["member_id"][(distance <= 15_000) & clear])
    assert len(members) >= 3


def test_footprint_bases_and_areas_on_real_titles():
    concessions = registry_concessions()
    niamia = footprint(concessions, ["Niamia"])
    assert niamia.basis == "perimeter"
    sabodala = footprint(concessions, ["Sabodala"])
    assert sabodala.basis == "stated_area_circle"
    assert sabodala.area_km2 == pytest.approx(245.6)
    assert sabodala.geometry.area / 1e6 == pytest.approx(245.6, rel=0.01)
    boto = footprint(concessions, ["Boto"])
    assert boto.basis == "point_only" and boto.area_km2 is None and boto.geometry.geom_type == "Point"


def test_distance_is_zero_inside_footprint_and_grows_outside():
    concessions = _concessions()
    candidates = _grid_candidates((-12.10, 13.00), 0.2, n=15)
    members = zone_members(impact_zone(footprint(concessions, ["Point avec surface"]), 10.0), candidates)
    site = members[members["layer"] == "mining_site"]
    assert site["distance_km"].iloc[0] == 0.0
    assert members["distance_km"].max() <= 10.0 + 1e-6
    assert list(members["distance_km"]) == sorted(members["distance_km"])


@pytest.mark.parametrize("bad", [0, -5, float("nan"), float("inf"), 101])
def test_bad_radius_refused(bad):
    with pytest.raises(ValueError, match="buffer"):
        impact_zone(footprint(_concessions(), ["Point seul"]), bad)


def test_concession_names_resolve_with_or_without_accents():
    concessions = registry_concessions()
    assert resolve_concession("temoto", concessions) == "Témoto"
    assert resolve_concession("MAKO (PETOWAL)", concessions) == "Mako (Petowal)"
    with pytest.raises(UnknownOrAmbiguousName) as info:
        resolve_concession("Nowhere mine", concessions)
    assert "Sabodala" in info.value.candidates


def test_homonym_villages_stay_distinct_members():
    candidates = registry_candidates()
    moussala = candidates[candidates["name"] == "Moussala"]
    assert len(moussala) == 2 and moussala["member_id"].nunique() == 2
