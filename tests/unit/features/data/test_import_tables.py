"""`atlas data import` with partner tables: preview, refused lines, unresolved names (exit 2), --resolve, profiles."""

from __future__ import annotations

import json

from atlas import store
from atlas.features.data.cli import main
from tests.helpers import partner_files as pf

ARGS = ["--source", "ONG partenaire", "--licence", "restricted", "--user", "Awa"]


def test_unresolved_names_exit_2_and_change_nothing(private_store, tmp_path, capsys):
    path = tmp_path / "structures.xlsx"
    path.write_bytes(pf.shelters_xlsx())
    before = store.current_version("services_areas")
    assert main(["import", "services_areas", str(path), *ARGS]) == 2
    out, err = capsys.readouterr()
    assert "Excel workbook (XLSX), sheet 'Structures'" in out
    assert "8 rows read: 4 accepted" in out and "2 refused, 2 to resolve" in out
    assert "line 8: point outside the Kédougou region" in err and "line 9:" in err
    assert "'Moussala' names several places — lines 4" in err and "[1326635101]" in err and "[1259984449]" in err
    assert "'Bantakokouta Inconnu': place not in the gazetteer — lines 5" in err
    assert "14.9" not in err + out and "Centre" not in err + out  # a shelter's position or name is never printed
    assert store.current_version("services_areas") == before


def test_resolve_and_mapping_profile_then_commit(private_store, tmp_path, capsys):
    path = tmp_path / "relais.csv"
    path.write_bytes(pf.kobo_relays_csv())
    profile = tmp_path / "kobo.json"
    assert main(["import", "bajenu_gox", str(path), *ARGS, "--dry-run", "--save-mapping", str(profile)]) == 2
    assert json.loads(profile.read_text())["columns"]["_geolocation"] == "geopoint"
    capsys.readouterr()
    assert (
        main(
            [
                "import",
                "bajenu_gox",
                str(path),
                *ARGS,
                "--mapping",
                str(profile),
                "--resolve",
                "Moussala=1259984449",
                "--dry-run",
            ]
        )
        == 0
    )
    out, _ = capsys.readouterr()
    assert "dry run: nothing changed" in out and store.current_version("bajenu_gox") in (None, 1)
    assert main(["import", "bajenu_gox", str(path), *ARGS, "--resolve", "moussala=1259984449"]) == 0
    out, _ = capsys.readouterr()
    assert "version 2 is now current" in out
    info = store.version_info("bajenu_gox", 2)
    assert info.located == "2 rows by coordinates, 2 by place name (gazetteer)" and info.user == "Awa"


def test_coordinates_as_a_resolution_and_a_bad_resolve(private_store, tmp_path, capsys):
    path = tmp_path / "relais.csv"
    path.write_bytes(pf.kobo_relays_csv())
    assert main(["import", "bajenu_gox", str(path), *ARGS, "--resolve", "Moussala"]) == 2
    assert "expected NAME=PLACE_ID" in capsys.readouterr().err
    assert main(["import", "bajenu_gox", str(path), *ARGS, "--resolve", "Moussala=12.91,-11.41"]) == 0


def test_gis_only_options_are_refused_for_a_gis_file(private_store, tmp_path, capsys):
    from tests.helpers.minimal import geojson_bytes, minimal_frame

    path = tmp_path / "relais.geojson"
    path.write_bytes(geojson_bytes(minimal_frame("bajenu_gox")))
    assert main(["import", "bajenu_gox", str(path), *ARGS, "--dry-run"]) == 2
    assert "apply to tables" in capsys.readouterr().err


def test_odk_export_imports_its_good_rows_and_reports_the_bad_one(private_store, tmp_path, capsys):
    path = tmp_path / "odk.csv"
    path.write_bytes(pf.odk_mining_csv())
    assert main(["import", "mining_sites", str(path), *ARGS]) == 0
    out, err = capsys.readouterr()
    assert "CSV text, encoding utf-8, delimiter comma" in out
    assert "site-gps-Latitude" in out and "-> latitude" in out and "SubmissionDate" in out
    assert "line 4: column 'kind': value 'placer' refused" in err
    assert "imported 2 features into mining_sites: version 2 is now current" in out
    stored = store.load_version("mining_sites", 2)
    assert list(stored["name"]) == ["Placer Tenkoto", "Placer Bantaco"]


def test_kobo_xlsx_export_with_a_sheet_name(private_store, tmp_path, capsys):
    path = tmp_path / "relais.xlsx"
    path.write_bytes(pf.kobo_relays_xlsx())
    assert main(["import", "bajenu_gox", str(path), *ARGS, "--sheet", "Nope"]) == 2
    assert "no sheet 'Nope'" in capsys.readouterr().err
    assert main(["import", "bajenu_gox", str(path), *ARGS, "--sheet", "Sheet", "--resolve", "Moussala=1326635101"]) == 0
    assert "version 2 is now current" in capsys.readouterr().out
