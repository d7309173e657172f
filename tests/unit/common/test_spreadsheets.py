"""Spreadsheet downloads (issue 12): real XLSX, typed numbers, frozen header, formulas neutralised,
and CSV with ";" and a decimal comma in French."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from atlas.common.reports.tables import excel_safe_csv, is_formula_like, translated_frame, xlsx_bytes

HOSTILE = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "Kédougou;=cmd()", "a, =1+1"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_triggers_are_found_at_the_start_and_after_a_separator(text):
    assert is_formula_like(text)


@pytest.mark.parametrize("text", ["Kédougou", "Mako (Petowal)", "1 234,5 km", "A; B", "x-y"])
def test_plain_text_is_not_taken_for_a_formula(text):
    assert not is_formula_like(text)


def _sheet(frame: pd.DataFrame):
    return load_workbook(io.BytesIO(xlsx_bytes(frame, "Trajets"))).active


def test_xlsx_has_typed_numbers_a_frozen_header_and_inert_text():
    frame = pd.DataFrame(
        {"name": HOSTILE, "km": [1.5, -2.25, 3, 4, 5, 6, 7], "n": pd.array([1, None, 3, 4, 5, 6, 7], "Int64")}
    )
    ws = _sheet(frame)
    assert ws.freeze_panes == "A2"
    assert ws.title == "Trajets"
    assert [c.value for c in ws[1]] == ["name", "km", "n"] and ws["A1"].font.b
    assert ws["B3"].value == -2.25 and ws["B3"].data_type == "n"  # a negative number stays a number
    assert ws["C3"].value is None  # missing, not the text "<NA>"
    for row in range(2, len(HOSTILE) + 2):
        cell = ws.cell(row=row, column=1)
        assert cell.data_type == "s" and cell.value.startswith("'")


def test_french_csv_uses_semicolons_and_a_decimal_comma_english_does_not():
    frame = pd.DataFrame({"lieu": ["Kédougou", "Saraya; =cmd()"], "km": [1234.5, 0.3]})
    french = excel_safe_csv(frame, "fr")
    assert french.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    lines = french.decode("utf-8-sig").splitlines()
    assert lines == ["lieu;km", "Kédougou;1234,5", "\"'Saraya; '=cmd()\";0,3"]
    english = excel_safe_csv(frame, "en").decode("utf-8-sig").splitlines()
    assert english[1] == "Kédougou,1234.5"
    back = pd.read_csv(io.BytesIO(french), sep=";", decimal=",", encoding="utf-8-sig")
    assert back["km"].tolist() == [1234.5, 0.3]


def test_translated_frame_gives_headers_yes_no_and_coded_values_in_the_page_language():
    legs = pd.DataFrame({"from": ["A"], "distance_km": [2.0], "vehicle": ["motorbike"], "flag": [True]})
    fr = translated_frame(legs, "fr", prefix="outreach.col", value_keys={"vehicle": "outreach.vehicle"})
    en = translated_frame(legs, "en", prefix="outreach.col", value_keys={"vehicle": "outreach.vehicle"})
    assert list(fr.columns[:3]) == ["De", "Distance (km)", "Véhicule"]
    assert fr.iloc[0].tolist() == ["A", 2.0, "Moto", "oui"]
    assert en.iloc[0, 2] == "Motorbike" and en.iloc[0, 3] == "yes"
    assert fr["Distance (km)"].dtype == float  # numbers stay numbers
