"""Every shipped layer loads; every kind of bad file is refused with a message naming file and problem."""

from __future__ import annotations

import io
import json
import zipfile

import geopandas as gpd
import pytest
from shapely.geometry import Point, Polygon

from atlas.layers.registry import all_layers, get_layer, load_layer
from atlas.layers.validate import LayerError, read_layer_bytes

PLACES = get_layer("places")
ZONES = get_layer("services_areas")


def _fc(features: list[dict], **top) -> bytes:
    return json.dumps({"type": "FeatureCollection", **top, "features": features}).encode()


def _point(lon: float, lat: float, **props) -> dict:
    base = {
        "name": "X",
        "kind": "village",
        "department": "Saraya",
        "commune": None,
        "population": None,
        "location_precision": "test",
    }
    geometry = {"type": "Point", "coordinates": [lon, lat]}
    return {"type": "Feature", "properties": {**base, **props}, "geometry": geometry}


def _refusal(spec, data: bytes, name: str = "upload.geojson") -> str:
    with pytest.raises(LayerError) as info:
        read_layer_bytes(spec, data, name)
    message = str(info.value)
    assert message.startswith(f"{name}: "), message  # the message names the file
    return message


@pytest.mark.parametrize("spec", all_layers(), ids=lambda s: s.id)
def test_every_shipped_layer_loads_and_validates(spec):
    loaded = load_layer(spec.id)
    assert loaded.ok, loaded.error
    assert len(loaded.frame) > 0
    assert loaded.frame.crs.to_epsg() == 4326
    assert set(spec.required_columns) <= set(loaded.frame.columns)


def test_a_good_point_file_is_accepted():
    frame, _meta = read_layer_bytes(PLACES, _fc([_point(-12.17, 12.55)], source="test"), "ok.geojson")
    assert len(frame) == 1
    assert frame.geometry.iloc[0].equals(Point(-12.17, 12.55))


def test_latitude_out_of_range_is_refused():
    assert "out of range" in _refusal(PLACES, _fc([_point(-12.1, 95.0)]))


def test_swapped_coordinates_are_refused_as_swapped():
    assert "swapped" in _refusal(PLACES, _fc([_point(12.55, -12.17), _point(12.8, -11.9)]))


def test_projected_coordinates_labelled_as_degrees_are_refused():
    message = _refusal(PLACES, _fc([_point(800_000.0, 1_390_000.0)]))
    assert "projected" in message and "EPSG:4326" in message


def test_coordinates_outside_the_region_window_are_refused():
    message = _refusal(PLACES, _fc([_point(-17.44, 14.69)]))  # Dakar
    assert "outside the Kédougou atlas window" in message


def test_wrong_crs_is_refused():
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32628"}}
    message = _refusal(PLACES, _fc([_point(800_000.0, 1_390_000.0)], crs=crs))
    assert "EPSG:32628" in message and "expected EPSG:4326" in message


def test_missing_required_columns_are_named():
    feature = {
        "type": "Feature",
        "properties": {"name": "X"},
        "geometry": {"type": "Point", "coordinates": [-12.1, 12.6]},
    }
    message = _refusal(PLACES, _fc([feature]))
    assert "missing required column" in message and "department" in message


def test_invalid_geometry_is_refused_with_the_reason():
    bowtie = [[-12.2, 12.5], [-12.0, 12.7], [-12.0, 12.5], [-12.2, 12.7], [-12.2, 12.5]]
    feature = {
        "type": "Feature",
        "properties": {c: None for c in ZONES.required_columns},
        "geometry": {"type": "Polygon", "coordinates": [bowtie]},
    }
    message = _refusal(ZONES, _fc([feature]))
    assert "invalid geometry in feature 0" in message and "Self-intersection" in message


def test_empty_geometry_is_refused():
    feature = _point(-12.1, 12.6)
    feature["geometry"] = None
    assert "empty or missing geometry" in _refusal(PLACES, _fc([_point(-12.2, 12.6), feature]))


def test_wrong_geometry_type_is_refused():
    message = _refusal(ZONES, _fc([{**_point(-12.1, 12.6), "properties": {c: 1 for c in ZONES.required_columns}}]))
    assert "geometry type Point" in message


def test_no_features_empty_file_and_garbage_are_refused():
    assert "no features" in _refusal(PLACES, _fc([]))
    assert "empty" in _refusal(PLACES, b"   ")
    assert "format refused" in _refusal(PLACES, b"\x00\x01garbage<script>")


def test_zipped_shapefile_without_prj_is_refused_for_missing_crs(tmp_path):
    frame = gpd.GeoDataFrame(
        {
            "name": ["X"],
            "kind": ["village"],
            "department": ["Saraya"],
            "commune": ["a"],
            "population": [1],
            "location_precision": ["t"],
        },
        geometry=[Point(-12.1, 12.6)],
        crs="EPSG:4326",
    )
    frame.to_file(tmp_path / "p.shp")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for ext in ("shp", "shx", "dbf"):  # the .prj is "lost"
            archive.write(tmp_path / f"p.{ext}", f"p.{ext}")
    assert "no coordinate reference system" in _refusal(PLACES, buffer.getvalue(), "p.zip")


def test_geopackage_is_accepted(tmp_path):
    frame = gpd.GeoDataFrame(
        {
            "commune": ["A"],
            "department": ["Saraya"],
            "shelters": [0],
            "services": [0],
            "providers": [None],
            "capacity_band": [None],
        },
        geometry=[Polygon([(-12.2, 12.5), (-12.0, 12.5), (-12.0, 12.7)])],
        crs="EPSG:4326",
    )
    frame.to_file(tmp_path / "zones.gpkg", driver="GPKG")
    loaded, _ = read_layer_bytes(ZONES, (tmp_path / "zones.gpkg").read_bytes(), "zones.gpkg")
    assert len(loaded) == 1


def test_a_broken_shipped_file_costs_one_layer_not_the_app(tmp_path):
    broken = tmp_path / "places.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    loaded = load_layer("places", broken)
    assert not loaded.ok and str(loaded.error).startswith("places.geojson: ")
    assert loaded.error.message("fr").startswith("places.geojson : ni un GeoJSON")
    assert load_layer("mining_sites").ok


def test_refusals_are_worded_in_the_page_language():
    with pytest.raises(LayerError) as info:
        read_layer_bytes(PLACES, _fc([_point(12.55, -12.18)]), "villages.geojson")
    assert info.value.message("fr") == (
        "villages.geojson : les coordonnées semblent inversées (latitude, "
        "longitude) ; le GeoJSON veut la longitude d'abord"
    )
    assert info.value.message("en") == str(info.value)
    feature = _point(-12.18, 12.55)
    del feature["properties"]["kind"]
    with pytest.raises(LayerError) as info:
        read_layer_bytes(PLACES, _fc([feature]), "v.geojson")
    assert info.value.message("fr") == "v.geojson : colonne obligatoire absente : kind"
