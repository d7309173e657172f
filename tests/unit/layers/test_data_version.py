"""The data version: what every shared cache keys on, so new data reach every session at once."""

from __future__ import annotations

import json

from atlas.layers import imports
from atlas.layers.registry import data_version, get_layer


def test_the_version_moves_when_an_import_replaces_a_layer_and_back_when_it_is_reverted(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_IMPORT_DIR", str(tmp_path / "imports"))
    shipped = data_version()
    assert data_version() == shipped  # stable while nothing changes
    data = get_layer("mining_sites").path.read_bytes()
    imports.import_layer("mining_sites", data, "sites.geojson", "Ministère des Mines", "CC BY 4.0")
    imported = data_version()
    assert imported != shipped
    imports.revert("mining_sites")
    assert data_version() == shipped


def test_a_layer_with_list_valued_properties_can_be_imported_again(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_IMPORT_DIR", str(tmp_path / "imports"))
    data = get_layer("places").path.read_bytes()
    record = imports.import_layer("places", data, "places.geojson", "Who's On First", "CC BY 4.0")
    written = json.loads((tmp_path / "imports" / get_layer("places").filename).read_text(encoding="utf-8"))
    assert record.features == len(written["features"])
    assert any(isinstance(f["properties"].get("alt_names"), list) for f in written["features"])
