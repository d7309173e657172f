"""An upgraded atlas ships a corrected file: it becomes a new version, current unless an import is."""

from __future__ import annotations

import json
import shutil

import pytest

import atlas.layers.spec as spec_module
from atlas import store
from atlas.foundation.config import DATA_DIR
from atlas.layers import imports
from atlas.layers.registry import load_layer
from tests.helpers.minimal import geojson_bytes, minimal_frame


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    monkeypatch.setattr(spec_module, "DATA_DIR", copy)
    return copy


def _rename_first_crossing(data_dir, name: str) -> None:
    path = data_dir / "crossings.geojson"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["features"][0]["properties"]["name"] = name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_a_changed_shipped_file_becomes_the_next_version(private_store, data_dir):
    assert load_layer("crossings").version == 1
    _rename_first_crossing(data_dir, "Fongolimbi (corrected)")
    loaded = load_layer("crossings")
    assert loaded.version == 2 and loaded.frame["name"].iloc[0] == "Fongolimbi (corrected)"
    assert [v.kind for v in store.versions("crossings")] == ["shipped", "shipped"]
    assert load_layer("crossings").version == 2  # recorded once, not on every read


def test_an_import_stays_current_when_the_shipped_file_changes(private_store, data_dir):
    load_layer("crossings")
    imports.import_layer("crossings", geojson_bytes(minimal_frame("crossings")), "c.geojson", "Police", "ODbL")
    _rename_first_crossing(data_dir, "Fongolimbi (corrected)")
    assert load_layer("crossings").version == 2  # the partner's import
    versions = store.versions("crossings")
    assert [(v.version, v.kind, v.current) for v in versions] == [
        (1, "shipped", False),
        (2, "import", True),
        (3, "shipped", False),
    ]
