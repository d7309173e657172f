"""Validated import: a good file replaces the layer; a bad one is refused and nothing changes."""

from __future__ import annotations

import json

import pytest

from atlas.layers import imports
from atlas.layers.registry import load_layer
from atlas.layers.validate import LayerError


@pytest.fixture(autouse=True)
def private_import_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_IMPORT_DIR", str(tmp_path / "imports"))
    yield tmp_path / "imports"


def _zones(n_relays: int, lon_shift: float = 0.0) -> bytes:
    ring = [[-12.2 + lon_shift, 12.5], [-12.0 + lon_shift, 12.5], [-12.0 + lon_shift, 12.7], [-12.2 + lon_shift, 12.5]]
    feature = {
        "type": "Feature",
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {
            "commune": "Bembou",
            "department": "Saraya",
            "relays": n_relays,
            "villages_covered_pct": 40,
            "coverage_class": "medium",
            "synthetic": False,
        },
    }
    return json.dumps({"type": "FeatureCollection", "features": [feature]}).encode()


def test_a_valid_import_replaces_the_layer_and_records_its_provenance(private_import_dir):
    record = imports.import_layer("bajenu_gox", _zones(7), "relais.geojson", "Ministère de la Femme", "restricted")
    assert record.features == 1
    frame = load_layer("bajenu_gox").frame
    assert len(frame) == 1 and int(frame["relays"].iloc[0]) == 7
    assert imports.imported("bajenu_gox").source == "Ministère de la Femme"
    imports.revert("bajenu_gox")
    assert len(load_layer("bajenu_gox").frame) == 18  # the shipped file is used again


def test_a_refused_import_leaves_the_earlier_import_intact(private_import_dir):
    imports.import_layer("bajenu_gox", _zones(7), "good.geojson", "src", "lic")
    before = (private_import_dir / "bajenu_gox.geojson").read_bytes()
    with pytest.raises(LayerError, match="outside the Kédougou atlas window"):
        imports.import_layer("bajenu_gox", _zones(9, lon_shift=-5.0), "bad.geojson", "src", "lic")
    with pytest.raises(LayerError, match="not a readable"):
        imports.import_layer("bajenu_gox", b"{not json", "worse.geojson", "src", "lic")
    assert (private_import_dir / "bajenu_gox.geojson").read_bytes() == before
    assert int(load_layer("bajenu_gox").frame["relays"].iloc[0]) == 7
    assert not [p for p in private_import_dir.iterdir() if p.name.endswith(".tmp")]  # no half-written file


def test_import_requires_source_and_licence_and_never_takes_incidents(private_import_dir):
    with pytest.raises(LayerError, match="source and the licence"):
        imports.import_layer("bajenu_gox", _zones(1), "x.geojson", "", "")
    assert "incidents_heat" not in imports.importable_layers()


def test_the_uploaded_file_name_cannot_choose_the_destination(private_import_dir):
    imports.import_layer("bajenu_gox", _zones(3), "../../app.py", "src", "lic")
    assert sorted(p.name for p in private_import_dir.iterdir()) == ["bajenu_gox.geojson", "bajenu_gox.import.json"]
