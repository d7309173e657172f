"""Shelters from points: counts per commune zone, no point out, points outside refused, empty zones at 0."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import LineString, Point

from atlas.layers.registry import get_layer
from atlas.layers.shelters import (
    RefusedPoint,
    capacity_band,
    points_to_areas,
    refusal_counts,
    shipped_zones,
)
from atlas.layers.validate import validate_frame

ZONES = shipped_zones()


def _inside(commune: str) -> Point:
    """A point well inside the shipped zone of `commune` (its representative point)."""
    return ZONES.loc[ZONES["commune"] == commune].geometry.iloc[0].representative_point()


def _points(rows: list[dict], crs: str | None = "EPSG:4326") -> gpd.GeoDataFrame:
    geoms = [r.pop("geometry") for r in rows]
    return gpd.GeoDataFrame(rows, geometry=geoms, crs=crs)


def test_counts_add_up_per_zone_and_over_the_region():
    points = _points(
        [
            {"geometry": _inside("Kédougou"), "kind": "shelter", "providers": "ONG La Lumière"},
            {"geometry": _inside("Kédougou"), "kind": "service", "providers": "Action sociale"},
            {"geometry": _inside("Kédougou"), "kind": "shelter", "providers": "ONG La Lumière"},
            {"geometry": _inside("Saraya"), "kind": "", "providers": "Enda Jeunesse Action"},
            {"geometry": _inside("Sabodala"), "kind": "service", "providers": None},
        ]
    )
    result = points_to_areas(points)
    areas = result.areas.set_index("commune")
    assert result.refused == ()
    assert (areas.loc["Kédougou", "shelters"], areas.loc["Kédougou", "services"]) == (2, 3)
    assert areas.loc["Kédougou", "providers"] == "ONG La Lumière; Action sociale"  # each provider once
    assert (areas.loc["Saraya", "shelters"], areas.loc["Saraya", "services"]) == (1, 1)  # empty kind: a shelter
    assert (areas.loc["Sabodala", "shelters"], areas.loc["Sabodala", "services"]) == (0, 1)
    assert areas["services"].sum() == len(points) == result.counted
    assert areas["shelters"].sum() == 3


def test_kinds_may_be_written_as_their_french_or_english_label():
    points = _points(
        [
            {"geometry": _inside("Ethiolo"), "kind": "Foyer d'accueil"},
            {"geometry": _inside("Ethiolo"), "kind": "service d’aide "},
            {"geometry": _inside("Ethiolo"), "kind": "support service"},
            {"geometry": _inside("Ethiolo"), "kind": "SHELTER"},
        ]
    )
    result = points_to_areas(points)
    areas = result.areas.set_index("commune")
    assert result.refused == ()
    assert (areas.loc["Ethiolo", "shelters"], areas.loc["Ethiolo", "services"]) == (2, 4)


def test_a_zone_with_no_shelter_keeps_zero_and_every_zone_is_returned():
    result = points_to_areas(_points([{"geometry": _inside("Kédougou"), "kind": "shelter"}]))
    areas = result.areas
    assert len(areas) == len(ZONES) == 18
    empty = areas[areas["commune"] != "Kédougou"]
    assert (empty["shelters"] == 0).all() and (empty["services"] == 0).all()
    assert empty["providers"].isna().all() and empty["capacity_band"].isna().all()
    assert areas.set_index("commune").loc["Kédougou", "location_basis"] == "commune_area"


def test_the_output_holds_no_point_and_no_input_value():
    points = _points(
        [
            {"geometry": _inside("Bembou"), "kind": "shelter", "address": "Quartier X, rue 4", "name": "Maison Y"},
            {"geometry": Point(-11.0, 14.5), "kind": "shelter"},  # outside: refused, not echoed
        ]
    )
    result = points_to_areas(points)
    areas = result.areas
    assert set(areas.geometry.geom_type) <= {"Polygon", "MultiPolygon"}
    assert list(areas.columns) == [
        "commune",
        "department",
        "arrondissement",
        "shelters",
        "services",
        "providers",
        "capacity_band",
        "location_basis",
        "geometry",
    ]
    text = areas.drop(columns="geometry").to_json()
    assert "Quartier" not in text and "Maison" not in text
    vertices = {tuple(xy) for g in areas.geometry for xy in shapely.get_coordinates(g).round(9).tolist()}
    for geom in points.geometry:  # no input coordinate survives as a vertex
        assert (round(geom.x, 9), round(geom.y, 9)) not in vertices
    assert all(a is not b for a in areas.geometry for b in points.geometry)


def test_a_provider_is_a_name_not_a_description():
    long = "ONG Espoir " + "quartier Dandé, derrière le marché, maison bleue " * 5
    points = _points([{"geometry": _inside("Tomboronkoto"), "providers": long}])
    areas = points_to_areas(points).areas.set_index("commune")
    assert areas.loc["Tomboronkoto", "providers"] == long[:80].strip()


def test_points_outside_every_zone_are_refused_with_a_reason_and_counted_nowhere():
    points = _points(
        [
            {"geometry": Point(-12.6, 13.9), "kind": "shelter"},  # Tambacounda side: outside the region
            {"geometry": _inside("Salémata"), "kind": "shelter"},
            {"geometry": None, "kind": "shelter"},
            {"geometry": LineString([(-12.2, 12.5), (-12.1, 12.6)]), "kind": "shelter"},
            {"geometry": _inside("Dakatéli"), "kind": "hospital"},
            {"geometry": _inside("Dakatéli"), "kind": "shelter", "capacity": "douze"},
        ]
    )
    result = points_to_areas(points)
    assert result.refused == (
        RefusedPoint(0, "outside_zones"),
        RefusedPoint(2, "no_geometry"),
        RefusedPoint(3, "not_a_point"),
        RefusedPoint(4, "bad_kind"),
        RefusedPoint(5, "bad_capacity"),
    )
    assert result.counted == 1 and result.areas["services"].sum() == 1
    assert refusal_counts(result.refused)["outside_zones"] == 1
    assert result.refused[0].message("fr") == "point hors de toutes les zones communales de la région"
    assert result.refused[0].message("en") == "point outside every commune zone of the region"


@pytest.mark.parametrize(
    ("capacities", "band"),
    [([4, "6"], "up_to_10"), ([20, "10,0"], "11_to_30"), ([25, 25], "over_30"), ([5, None], "not_published")],
)
def test_capacity_is_shown_only_as_the_band_of_the_zone_total(capacities, band):
    points = _points([{"geometry": _inside("Khossanto"), "kind": "shelter", "capacity": c} for c in capacities])
    areas = points_to_areas(points).areas.set_index("commune")
    assert areas.loc["Khossanto", "capacity_band"] == band
    assert "capacity" not in areas.columns


def test_capacity_band_bounds():
    assert [capacity_band(n) for n in (0, 10, 11, 30, 31)] == [
        "up_to_10",
        "up_to_10",
        "11_to_30",
        "11_to_30",
        "over_30",
    ]
    assert capacity_band(None) == "not_published"


def test_points_in_a_projected_crs_are_located_in_the_same_zone():
    points = _points([{"geometry": _inside("Missirah Sirimana"), "kind": "shelter"}]).to_crs(32628)
    areas = points_to_areas(points).areas.set_index("commune")
    assert areas.loc["Missirah Sirimana", "shelters"] == 1


def test_the_output_passes_the_services_areas_layer_validation():
    points = _points([{"geometry": _inside("Oubadji"), "kind": "shelter", "providers": "ONG"}])
    areas = points_to_areas(points).areas
    typed = validate_frame(get_layer("services_areas"), areas, "shelters.xlsx")
    assert typed.set_index("commune").loc["Oubadji", "shelters"] == 1


def test_caller_supplied_zones_are_used_and_not_altered():
    zones = gpd.GeoDataFrame(
        {"commune": ["A", "B"], "department": ["Kédougou", "Saraya"]},
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
        crs="EPSG:4326",
    )
    before = zones.copy()
    points = _points([{"geometry": Point(1, 0.5)}, {"geometry": Point(1.5, 0.5)}])  # first on the shared edge
    areas = points_to_areas(points, zones).areas.set_index("commune")
    assert (areas.loc["A", "shelters"], areas.loc["B", "shelters"]) == (1, 1)
    assert zones.equals(before)
