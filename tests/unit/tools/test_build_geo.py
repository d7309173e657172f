"""tools/build_geo.py: the shipped layers are exactly what the pack builds, and say what they are."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import geopandas as gpd
import pytest

from atlas.foundation.config import ATLAS_WINDOW, DATA_DIR

ROOT = Path(__file__).resolve().parents[3]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_geo", ROOT / "tools" / "build_geo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _build_module()
NEW_FILES = ("arrondissements", "facilities", "roads_dcw", "places", "countries", "roads", "commune_zones")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    if not (BUILD.PACK_DEFAULT / "places.geojson").exists():
        pytest.skip(f"the shared geo pack is not on this machine ({BUILD.PACK_DEFAULT}); set ATLAS_GEO_PACK")
    out = tmp_path_factory.mktemp("data")
    assert BUILD.main(["--pack", str(BUILD.PACK_DEFAULT), "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("name", NEW_FILES)
def test_the_shipped_files_are_the_deterministic_build_of_the_pack(rebuilt, name):
    assert (rebuilt / f"{name}.geojson").read_bytes() == (DATA_DIR / f"{name}.geojson").read_bytes()


def _layer(name: str) -> gpd.GeoDataFrame:
    return gpd.read_file(DATA_DIR / f"{name}.geojson")


def test_all_364_places_have_a_rank_and_villages_wait_for_a_closer_zoom():
    places = _layer("places")
    assert len(places) == 364
    by_name = places.set_index("wof_id")
    assert by_name.loc[421178349, "rank"] == 1  # Kédougou the regional capital
    assert set(places.loc[places["kind"] == "department_seat", "rank"]) == {2}
    assert (places.loc[places["rank"] <= 3, "min_zoom"] == 0).all()  # seats always drawn
    villages = places[~places["curated"]]
    assert len(villages) == 327 and set(villages["rank"]) == {5}
    assert (villages["min_zoom"] >= 11).all() and (villages["label_zoom"] > villages["min_zoom"]).all()
    assert places["wof_id"].notna().sum() >= 361 and not places["wof_id"].dropna().duplicated().any()


def test_arrondissements_carry_the_ansd_share_as_legend_classes():
    arr = _layer("arrondissements").set_index("name")
    assert len(arr) == 6
    assert arr.loc["Sabodala", "ansd2018_share_pct"] == pytest.approx(58.7)
    assert arr.loc["Sabodala", "share_class"] == "ge30"
    assert arr.loc["Bembou", "share_class"] == "15to30"
    assert arr.loc["Bandafassi", "share_class"] == "lt15"
    assert arr.loc["Fongolimbi", "share_class"] == "0"
    assert arr["ansd2018_share_pct"].sum() == pytest.approx(98.4)


def test_countries_are_whole_not_cut_to_the_window():
    countries = _layer("countries").set_index("iso3")
    _lon_min, _lat_min, lon_max, lat_max = ATLAS_WINDOW
    mali = countries.loc["MLI", "geometry"].bounds
    assert mali[2] > lon_max + 5 and mali[3] > lat_max + 5  # Mali reaches far past the window
    assert countries.loc["GIN", "name_fr"] == "Guinée" and countries.loc["GMB", "name_fr"] == "Gambie"


def test_facilities_are_odbl_and_credit_openstreetmap():
    meta = json.loads((DATA_DIR / "facilities.geojson").read_text(encoding="utf-8"))
    assert "ODbL" in meta["license"] and "© OpenStreetMap contributors" in meta["attribution"]
    facilities = _layer("facilities")
    assert len(facilities) == 40
    assert set(facilities["category"]) == {"health", "security"}
    assert facilities["license"].str.contains("ODbL").all()


def test_dcw_roads_take_the_published_names_and_surfaces_where_they_follow_them():
    dcw = _layer("roads_dcw")
    rn7 = dcw[dcw["ref"] == "RN7"]
    assert not rn7.empty and set(rn7["surface_class"]) <= {"paved", "unknown"}
    assert (rn7["surface_class"] == "paved").any()
    assert (dcw.loc[dcw["matched_road_id"].isna(), "surface"] == "not stated").all()
    schematic = _layer("roads")
    routed = schematic[schematic["in_routing"]]
    # only the segments DCW does not follow are kept for routing
    assert set(routed["road_id"]) <= {"RN7-1", "BD-1", "BS-3"} and (routed["dcw_share"] < 0.5).all()


def test_commune_zones_lie_within_one_arrondissement_each():
    zones = _layer("commune_zones").to_crs(32628)
    arr = _layer("arrondissements").to_crs(32628).set_index("name")
    for row in zones.itertuples():
        outside = row.geometry.difference(arr.loc[row.arrondissement, "geometry"].buffer(50)).area
        assert outside < 1e4, f"{row.commune} spills out of {row.arrondissement}"
    services = _layer("services_areas")
    assert set(services.geom_type) <= {"Polygon", "MultiPolygon"}  # shelters never as points
    assert "arrondissement" in services.columns


def test_the_share_class_bounds():
    assert [BUILD.share_class(v) for v in (0, None, 4.4, 15.0, 29.9, 30.0, 58.7)] == [
        "0",
        "0",
        "lt15",
        "15to30",
        "15to30",
        "ge30",
        "ge30",
    ]
