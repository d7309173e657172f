"""Reading partners' tables: encodings, delimiters, XLSX cached values, French numbers and dates, limits."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest

from atlas.layers import tabular
from atlas.layers.reader import ReadRefusedError
from atlas.layers.tabular import looks_tabular, parse_date, parse_number, read_table
from tests.helpers import partner_files as pf


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("nom;localité\nA;Kédougou\n".encode(), "utf-8"),
        ("nom;localité\nA;Kédougou\n".encode("utf-8-sig"), "utf-8-sig"),
        ("nom;localité\nA;Kédougou\n".encode("cp1252"), "cp1252"),
        (b"nom;x\nA;\x81\x90\n", "latin-1"),  # bytes undefined in cp1252, no French letter
    ],
)
def test_encoding_is_detected_and_said(data, encoding):
    table = read_table(data)
    assert table.encoding == encoding and table.delimiter == ";"
    if encoding != "latin-1":
        assert table.headers == ("nom", "localité") and table.rows == (("A", "Kédougou"),)


@pytest.mark.parametrize(("sep", "name"), [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_delimiter_is_counted_outside_quotes(sep, name):
    data = f'"a{sep}b";x;y\n1;2;3\n' if sep != ";" else 'a;"b,c,d,e"\n1;2\n'
    table = read_table(data.replace(";", sep).encode() if sep != ";" else data.encode())
    assert table.delimiter == sep


def test_quoted_fields_blank_lines_and_line_numbers():
    table = read_table(b'nom,note\n\n"Dar Salam, village","une ""note""\nsur deux lignes"\nB,x\n')
    assert table.rows[0] == ("Dar Salam, village", 'une "note" sur deux lignes')
    assert table.lines == (4, 5)  # the line where each record ends, as an editor shows it


def test_formulas_stay_text_and_control_characters_go():
    table = read_table(b'nom,note\n=HYPERLINK("http://x"),a\x07b\xe2\x80\xaec\n')
    assert table.rows[0] == ('=HYPERLINK("http://x")', "a b c")


def test_a_row_longer_than_the_header_is_refused_with_its_line():
    with pytest.raises(ReadRefusedError) as caught:
        read_table(b"a,b\n1,2\n1,2,3\n")
    assert caught.value.reason == "field_count" and caught.value.values["line"] == 3


def test_limits(monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 3)
    with pytest.raises(ReadRefusedError, match="too_many_rows"):
        read_table(b"a\n1\n2\n3\n4\n")
    with pytest.raises(ReadRefusedError, match="too_many_columns"):
        read_table((",".join(f"c{i}" for i in range(400)) + "\n").encode())
    with pytest.raises(ReadRefusedError, match="empty_file"):
        read_table(b"  \n")


def test_xlsx_reads_cached_values_never_evaluates_and_picks_a_sheet():
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Notes"
    ws.append(["rien"])
    data_ws = book.create_sheet("Données")
    data_ws.append(["nom", "date", "n", "calcul"])
    data_ws.append(["A", dt.date(2024, 3, 12), 45321, "=1+1"])
    out = io.BytesIO()
    book.save(out)
    table = read_table(out.getvalue(), sheet="Données")
    assert table.kind == "xlsx" and table.sheets == ("Notes", "Données")
    # openpyxl wrote no cached value for the formula: it is empty, never computed
    assert table.rows[0] == ("A", dt.date(2024, 3, 12), 45321, None)
    assert table.lines == (2,)
    with pytest.raises(ReadRefusedError, match="no_sheet"):
        read_table(out.getvalue(), sheet="Autre")


def test_xlsx_zip_bomb_is_refused_before_opening(monkeypatch):
    monkeypatch.setattr(tabular, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(ReadRefusedError, match="zip_too_large"):
        read_table(pf.shelters_xlsx())


def test_what_looks_tabular():
    assert looks_tabular(pf.kobo_relays_csv()) and looks_tabular(pf.shelters_xlsx())
    assert not looks_tabular(b'{"type": "FeatureCollection"}')
    assert not looks_tabular(b"SQLite format 3\x00...")
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("a.shp", b"x")
    assert not looks_tabular(zipped.getvalue())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,5", 12.5),
        ("-12,1743", -12.1743),
        ("12.345", 12.345),
        ("1 234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        (7, 7.0),
        ("", None),
        ("douze", None),
        ("12,5,3", None),
        (True, None),
    ],
)
def test_numbers_written_the_french_way(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("12/03/2024", dt.date(2024, 3, 12)),
        ("3/4/25", dt.date(2025, 4, 3)),
        ("2024-03-12", dt.date(2024, 3, 12)),
        ("12.03.2024", dt.date(2024, 3, 12)),
        (45321, dt.date(2024, 1, 30)),
        ("45321", dt.date(2024, 1, 30)),
        (dt.datetime(2024, 3, 12, 0, 0), dt.date(2024, 3, 12)),
        ("31/02/2024", None),
        ("12/13/2024", None),
        ("hier", None),
        (12, None),
    ],
)
def test_dates_day_first_and_excel_serials(value, date):
    assert parse_date(value) == date
