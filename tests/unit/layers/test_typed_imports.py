"""Typed columns, derived columns, confidential areas, shapefile names: what a partner's file really looks like."""

from __future__ import annotations

import warnings

import pytest
from shapely.geometry import Polygon

from atlas.layers import imports
from atlas.layers.registry import all_layers, current_provenance, load_layer
from atlas.layers.validate import LayerError
from tests.helpers.minimal import geojson_bytes, minimal_frame, with_text_values, zipped_shapefile

IMPORTABLE = imports.importable_layers()


@pytest.mark.parametrize("layer_id", IMPORTABLE)
def test_every_layer_imports_from_a_minimal_geojson(private_store, layer_id):
    record = imports.import_layer(layer_id, geojson_bytes(minimal_frame(layer_id)), "min.geojson", "s", "l")
    assert record.version == 2
    loaded = load_layer(layer_id)
    assert loaded.version == 2 and loaded.error is None
    spec = loaded.spec
    assert set(spec.required_columns) | set(spec.derived_columns) <= set(loaded.frame.columns)


@pytest.mark.parametrize("layer_id", IMPORTABLE)
def test_every_layer_imports_from_a_zipped_shapefile_with_truncated_names(private_store, tmp_path, layer_id):
    frame = minimal_frame(layer_id)
    if layer_id == "concessions":  # a shapefile holds one geometry kind: the perimeters
        frame = frame[frame.geom_type.isin(["Polygon", "MultiPolygon"])]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # GDAL's own "field names truncated" warnings: that is the point
        data = zipped_shapefile(frame, tmp_path)
    record = imports.import_layer(layer_id, data, "layer.zip", "s", "l")
    assert record.features == len(frame)
    assert set(load_layer(layer_id).spec.required_columns) <= set(load_layer(layer_id).frame.columns)


def test_mining_sites_with_only_required_columns_compute_artisanal(private_store):
    from atlas.features.map.analysis.figures import key_figures

    imports.import_layer("mining_sites", geojson_bytes(minimal_frame("mining_sites")), "m.geojson", "s", "l")
    frame = load_layer("mining_sites").frame
    assert frame["artisanal"].dtype == bool and frame["artisanal"].sum() == 7
    assert key_figures("all")  # the home page's figures (KeyError 'artisanal' before)


def test_service_counts_written_as_text_are_coerced_and_words_refused(private_store):
    frame = minimal_frame("services_areas")
    imports.import_layer("services_areas", with_text_values(frame, ["services", "shelters"]), "t.geojson", "s", "l")
    loaded = load_layer("services_areas").frame
    assert str(loaded["services"].dtype) == "int64" and loaded["services"].sum() == frame["services"].sum()
    frame["services"] = frame["services"].astype(object)
    frame.loc[frame.index[2], "services"] = "many"
    with pytest.raises(LayerError) as caught:
        imports.import_layer("services_areas", geojson_bytes(frame), "bad.geojson", "s", "l")
    assert caught.value.reason == "bad_value" and "'many'" in str(caught.value) and "services" in str(caught.value)
    assert "« many »" in caught.value.message("fr")
    assert load_layer("services_areas").version == 2  # the refused file changed nothing


def test_allowed_values_and_bounds_are_enforced(private_store):
    frame = minimal_frame("bajenu_gox")
    frame.loc[frame.index[0], "coverage_class"] = "excellent"
    with pytest.raises(LayerError, match="coverage_class"):
        imports.import_layer("bajenu_gox", geojson_bytes(frame), "b.geojson", "s", "l")
    frame = minimal_frame("bajenu_gox")
    frame.loc[frame.index[0], "relays"] = -3
    with pytest.raises(LayerError, match="out of bounds"):
        imports.import_layer("bajenu_gox", geojson_bytes(frame), "b.geojson", "s", "l")


def test_a_33_m_shelter_square_is_refused_but_a_commune_zone_passes(private_store):
    frame = minimal_frame("services_areas")
    d = 0.0003  # about 33 m at 12.6° N
    frame.loc[frame.index[0], "geometry"] = Polygon(
        [(-12.2, 12.6), (-12.2 + d, 12.6), (-12.2 + d, 12.6 + d), (-12.2, 12.6 + d)]
    )
    with pytest.raises(LayerError) as caught:
        imports.import_layer("services_areas", geojson_bytes(frame), "shelter.geojson", "s", "l")
    assert caught.value.reason == "area_too_small" and "shelter" in caught.value.message("en")
    assert load_layer("services_areas").version == 1
    imports.import_layer("services_areas", geojson_bytes(minimal_frame("services_areas")), "zones.geojson", "s", "l")


def test_confidential_layers_take_polygons_only(private_store):
    frame = minimal_frame("services_areas")
    frame["geometry"] = frame.geometry.representative_point()
    with pytest.raises(LayerError) as caught:
        imports.import_layer("services_areas", geojson_bytes(frame), "points.geojson", "s", "l")
    assert caught.value.reason == "geometry_type"


def test_the_current_versions_provenance_is_what_is_credited(private_store):
    from atlas.features.data.analysis.table import sources_table
    from atlas.features.map.analysis.legend import feature_details

    shipped = current_provenance("crossings")
    imports.import_layer(
        "crossings",
        geojson_bytes(minimal_frame("crossings")),
        "c.geojson",
        "Ministère de l'Intérieur",
        "ODbL",
        date="2026-10",
        located="GPS relevé sur place",
    )
    prov = current_provenance("crossings")
    assert (prov.text("source", "fr"), prov.text("licence", "en"), prov.text("date", "fr")) == (
        "Ministère de l'Intérieur",
        "ODbL",
        "2026-10",
    )
    assert prov.text("located", "fr") == "GPS relevé sur place" and prov != shipped
    table = sources_table("en", "partner").set_index("Layer")
    row = table.iloc[[s.id for s in all_layers()].index("crossings")]
    assert row["Source"] == "Ministère de l'Intérieur" and row["Licence"] == "ODbL" and row["Version"] == 2
    details = feature_details({"properties": {"_layer": "crossings", "_fid": 0}}, "en")
    assert ("Layer licence", "ODbL") in list(zip(details.iloc[:, 0], details.iloc[:, 1], strict=True))
    imports.revert("crossings", 1)
    assert current_provenance("crossings") == shipped
