"""`atlas data`: versions, import, revert, export; a refused import exits 2 and changes nothing."""

from __future__ import annotations

import json

import pyogrio
import pytest

from atlas.features.data.cli import main
from atlas.layers.registry import load_layer
from tests.helpers.minimal import geojson_bytes, minimal_frame


def test_import_revert_export_round_trip(private_store, tmp_path, capsys):
    upload = tmp_path / "sites.geojson"
    upload.write_bytes(geojson_bytes(minimal_frame("mining_sites").head(4)))
    assert (
        main(["import", "mining_sites", str(upload), "--source", "Ministère", "--licence", "ODbL", "--user", "Awa"])
        == 0
    )
    assert "version 2 is now current" in capsys.readouterr().out
    assert main(["versions", "mining_sites"]) == 0
    listing = capsys.readouterr().out
    assert "*    2" in listing and "Awa" in listing and "(shipped)" in listing
    assert main(["export", "mining_sites", "--format", "geojson", "--out", str(tmp_path / "out.geojson")]) == 0
    exported = json.loads((tmp_path / "out.geojson").read_text())
    assert len(exported["features"]) == 4 and exported["license"] == "ODbL" and exported["atlas_version"] == 2
    assert main(["revert", "mining_sites", "--to", "1", "--user", "Awa"]) == 0
    assert load_layer("mining_sites").version == 1
    assert (
        main(["export", "mining_sites", "--format", "gpkg", "--version", "2", "--out", str(tmp_path / "v2.gpkg")]) == 0
    )
    info = pyogrio.read_info(tmp_path / "v2.gpkg")
    assert info["features"] == 4 and info["layer_metadata"]["source"] == "Ministère"


def test_a_refused_import_exits_2_changes_nothing_and_strips_control_characters(private_store, tmp_path, capsys):
    upload = tmp_path / "evil\x1b[31m.geojson"
    upload.write_bytes(b"CSV:/etc/passwd")
    assert main(["import", "places", str(upload), "--source", "s", "--licence", "l"]) == 2
    err = capsys.readouterr().err
    assert "format refused" in err and "\x1b" not in err and "nothing changed" in err
    assert main(["revert", "places", "--to", "5"]) == 2
    assert "no version 5" in capsys.readouterr().err
    assert load_layer("places").version == 1


def test_incidents_cannot_be_imported(private_store):
    with pytest.raises(SystemExit) as exit_:
        main(["import", "incidents_heat", "x.geojson", "--source", "s", "--licence", "l"])
    assert exit_.value.code == 2


def test_data_log_lists_filters_and_prints_json(private_store, tmp_path, capsys):
    from atlas.store import audit

    upload = tmp_path / "sites.geojson"
    upload.write_bytes(geojson_bytes(minimal_frame("mining_sites").head(2)))
    main(["import", "mining_sites", str(upload), "--source", "S", "--licence", "L", "--user", "Awa"])
    main(["revert", "mining_sites", "--to", "1", "--user", "Moussa"])
    audit.record("login", "awa")
    capsys.readouterr()
    assert main(["log", "--layer", "mining_sites"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("when (UTC)") and table[-1] == "3 entries"
    assert [line.split()[2:4] for line in table[1:-1]] == [  # newest first
        ["revert", "mining_sites"],
        ["import", "mining_sites"],
        ["seed", "mining_sites"],
    ]
    assert main(["log", "--person", "Awa", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert (entry["action"], entry["layer_id"], entry["from_version"], entry["to_version"]) == (
        "import",
        "mining_sites",
        1,
        2,
    )
    assert main(["log", "--action", "login", "--json"]) == 0
    assert [e["user"] for e in json.loads(capsys.readouterr().out)] == ["awa"]
    assert main(["log", "--since", "2999-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["log", "--since", "yesterday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
