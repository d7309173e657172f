"""`atlas incidents ingest` reads French partner sheets: ; cp1252 dd/mm/yyyy, XLSX; messages never quote a cell."""

from __future__ import annotations

import io
import json

import openpyxl

from atlas.features.risk.cli import main
from tests.helpers import partner_files as pf


def test_semicolon_cp1252_sheet_refused_by_line_numbers_only(tmp_path, capsys):
    raw = tmp_path / "incidents.csv"
    raw.write_bytes(pf.incidents_cp1252())
    assert main(["ingest", str(raw), "--out", str(tmp_path / "r1"), "--years", "2020-2025"]) == 2
    err = capsys.readouterr().err
    assert "3 invalid row(s) of 33" in err
    assert "date not a valid date (dd/mm/yyyy or yyyy-mm-dd): line 32" in err
    assert "lon/lat missing or not a number: line 33" in err and "unknown category" in err and "line 34" in err
    for secret in ("KE-9", "31/02", "étalage", "GIN", "12,55"):
        assert secret not in err
    assert not (tmp_path / "r1").exists()


def test_semicolon_cp1252_sheet_aggregated_with_drop_invalid(tmp_path, capsys):
    raw = tmp_path / "incidents.csv"
    raw.write_bytes(pf.incidents_cp1252())
    out = tmp_path / "r1"
    assert main(["ingest", str(raw), "--out", str(out), "--years", "2020-2025", "--drop-invalid", "--synthetic"]) == 0
    meta = json.loads((out / "release.json").read_text())
    assert meta["synthetic"] is True and "skipped 3 invalid row(s)" in capsys.readouterr().err


def test_xlsx_with_date_cells_and_a_mapping_profile(tmp_path, capsys):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Réf", "Jour", "Y", "X", "Type"])
    import datetime as dt

    for i in range(12):
        ws.append([f"R{i}", dt.date(2024, 1 + i % 12, 5), 12.55, -12.17, "other"])
    data = io.BytesIO()
    book.save(data)
    raw = tmp_path / "incidents.xlsx"
    raw.write_bytes(data.getvalue())
    profile = tmp_path / "map.json"
    columns = {"Réf": "incident_id", "Jour": "date", "Y": "lat", "X": "lon", "Type": "category"}
    profile.write_text(json.dumps({"layer": "incidents", "version": 1, "columns": columns}))
    out = tmp_path / "r2"
    code = main(
        ["ingest", str(raw), "--out", str(out), "--years", "2020-2025", "--mapping", str(profile), "--synthetic"]
    )
    assert code == 0, capsys.readouterr().err
    assert (out / "release.json").exists()
