"""Bad raw files are refused with the line numbers of the bad rows, and nothing is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from atlas.features.risk.analysis.ingest import IngestRefusedError, ingest
from atlas.features.risk.analysis.raw import RawFileError
from atlas.features.risk.cli import main
from tests.helpers import ROOT
from tests.helpers.incidents import BAMAKO, KEDOUGOU_TOWN, SARAYA_TOWN, write_raw

TODAY = dt.date(2026, 11, 22)
YEARS = (2021, 2025)


def good_rows(n: int = 12) -> list[list[object]]:
    lon, lat = KEDOUGOU_TOWN
    return [[f"ID-{i}", f"2024-0{1 + i % 9}-1{i % 9}", lon + i * 1e-4, lat, "forced_labour"] for i in range(n)]


def assert_nothing_written(out: Path) -> None:
    assert not out.exists()
    assert not (out.parent / "ledger.json").exists()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("bad_row", "problem"),
    [
        (["X-1", "2024-03-01", KEDOUGOU_TOWN[0], 95, "other"], "impossible coordinate"),
        (["X-1", "2099-01-01", KEDOUGOU_TOWN[0], KEDOUGOU_TOWN[1], "other"], "date in the future"),
        (["X-1", "2024-02-30", KEDOUGOU_TOWN[0], KEDOUGOU_TOWN[1], "other"], "date not a valid"),
        (["X-1", "31/02/2024", KEDOUGOU_TOWN[0], KEDOUGOU_TOWN[1], "other"], "date not a valid"),  # dd/mm/yyyy is read
        (["X-1", "2019-06-01", KEDOUGOU_TOWN[0], KEDOUGOU_TOWN[1], "other"], "outside the release calendar"),
        (["X-1", "2024-03-01", BAMAKO[0], BAMAKO[1], "other"], "outside the Kédougou and Saraya"),
        (["X-1", "2024-03-01", "abc", KEDOUGOU_TOWN[1], "other"], "not a number"),
        (["X-1", "2024-03-01", KEDOUGOU_TOWN[0], KEDOUGOU_TOWN[1], "smuggling"], "unknown category"),
        (["ID-3", "2024-03-01", KEDOUGOU_TOWN[0], KEDOUGOU_TOWN[1], "other"], "duplicate incident_id"),
        (["", "2024-03-01", KEDOUGOU_TOWN[0], KEDOUGOU_TOWN[1], "other"], "empty incident_id"),
    ],
)
def test_one_bad_row_refuses_the_file_naming_its_line(tmp_path, bad_row, problem):
    raw = write_raw(tmp_path / "raw.csv", [*good_rows(), bad_row])
    out = tmp_path / "releases" / "r1"
    out.parent.mkdir()
    with pytest.raises(RawFileError) as caught:
        ingest(raw, out, years=YEARS, today=TODAY)
    message = str(caught.value)
    assert problem in message
    assert "line 14" in message or "lines" in message  # header is line 1, the 13th data row is line 14
    assert_nothing_written(out)


def test_message_never_echoes_row_values(tmp_path):
    raw = write_raw(tmp_path / "raw.csv", [*good_rows(), ["SECRET-ID-77", "2024-03-01", 1.2345, 95, "other"]])
    with pytest.raises(RawFileError) as caught:
        ingest(raw, tmp_path / "out", years=YEARS, today=TODAY)
    assert "SECRET-ID-77" not in str(caught.value) and "1.2345" not in str(caught.value)


def test_lines_of_several_problems_are_all_named(tmp_path):
    rows = good_rows()
    rows[2][3] = 95  # line 4
    rows[5][1] = "2099-01-01"  # line 7
    raw = write_raw(tmp_path / "raw.csv", rows)
    with pytest.raises(RawFileError) as caught:
        ingest(raw, tmp_path / "out", years=YEARS, today=TODAY)
    assert "line 4" in str(caught.value) and "line 7" in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"incident_id,date,lon,lat\nA,2024-01-01,-12.1,12.5\n",
        b"incident_id,date,lon,lat,category\n",
        b"\xff\xfe\x00garbage\x00\n",
        b"incident_id,date,lon,lat,category\nA,2024-01-01,-12.17,12.55,other,extra,x\n",
    ],
)
def test_unreadable_or_incomplete_files_are_refused(tmp_path, content):
    raw = tmp_path / "raw.csv"
    raw.write_bytes(content)
    out = tmp_path / "out"
    with pytest.raises(RawFileError):
        ingest(raw, out, years=YEARS, today=TODAY)
    assert not out.exists()


def test_k_below_five_is_refused_before_reading(tmp_path):
    raw = write_raw(tmp_path / "raw.csv", good_rows())
    with pytest.raises(IngestRefusedError, match="at least 5"):
        ingest(raw, tmp_path / "out", k=4, years=YEARS, today=TODAY)
    assert not (tmp_path / "out").exists()


def test_drop_invalid_skips_bad_rows_and_reports_them(tmp_path):
    lon = SARAYA_TOWN[0]
    raw = write_raw(tmp_path / "raw.csv", [*good_rows(), ["X-9", "2024-01-05", lon, 95, "other"]])
    report = ingest(raw, tmp_path / "out", years=YEARS, today=TODAY, drop_invalid=True)
    assert report.incidents_used == 12 and report.rows_read == 13
    assert any(14 in lines for lines in report.dropped.values())
    assert (tmp_path / "out" / "release.json").exists()


def test_cli_exits_non_zero_and_writes_nothing(tmp_path, capsys):
    raw = write_raw(tmp_path / "raw.csv", [*good_rows(), ["X-1", "2024-03-01", KEDOUGOU_TOWN[0], 95, "other"]])
    out = tmp_path / "out"
    assert main(["ingest", str(raw), "--out", str(out), "--years", "2021-2025"]) != 0
    assert "line 14" in capsys.readouterr().err
    assert not out.exists()
    assert main(["ingest", str(raw), "--out", str(out), "--k", "3"]) != 0
    assert not out.exists()


def test_existing_release_is_kept_when_a_new_run_is_refused(tmp_path):
    out = tmp_path / "out"
    ingest(write_raw(tmp_path / "a.csv", good_rows()), out, years=YEARS, today=TODAY)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = write_raw(tmp_path / "b.csv", [*good_rows(), ["X-1", "2024-03-01", BAMAKO[0], BAMAKO[1], "other"]])
    with pytest.raises(RawFileError):
        ingest(bad, out, years=YEARS, today=TODAY, replace=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_synth_refuses_to_write_inside_the_repository():
    from atlas.features.risk.analysis.synth import write_synthetic

    with pytest.raises(ValueError, match="never written inside the repository"):
        write_synthetic(ROOT / "data" / "raw.csv", 10)
    assert not (ROOT / "data" / "raw.csv").exists()
