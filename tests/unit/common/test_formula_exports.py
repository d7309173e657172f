"""Formula cells through every export (issue 10): CSV (French and English), XLSX, GPX.

Each hostile text must come out inert: no cell (nor any piece of a cell a spreadsheet might split
on ";" or ",") starts a formula. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import re

import gpxpy
import pandas as pd
import pytest
from openpyxl import load_workbook

from atlas.common.reports.tables import defuse_each, excel_safe_csv, xlsx_bytes
from atlas.features.outreach.analysis.gazetteer import resolve_stop
from atlas.features.outreach.analysis.tour import plan_tour
from atlas.features.outreach.reports.gpx import plan_to_gpx

HOSTILE = [
    '=HYPERLINK("http://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    'Kédougou;=HYPERLINK("http://evil.example")',
    "Saraya, =1+1",
    "Mako,@SUM(1)",
]
LIVE = re.compile(r"^\s*[=+\-@\t\r]")


def _live_pieces(text: str) -> list[str]:
    """The pieces of `text`, split the ways a spreadsheet might, that would start a formula."""
    return [piece for piece in re.split(r"[;,]", text) if LIVE.match(piece)] + ([text] if LIVE.match(text) else [])


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"name": HOSTILE, "km": [-1.5] * len(HOSTILE), HOSTILE[0]: HOSTILE[::-1]})


@pytest.mark.parametrize(("lang", "sep"), [("fr", ";"), ("en", ","), (None, ",")])
def test_csv_cells_are_inert_and_never_split(lang, sep):
    data = excel_safe_csv(_frame(), lang).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data), delimiter=sep))
    assert len(rows) == len(HOSTILE) + 1 and all(len(row) == 3 for row in rows)
    for row in rows:
        for value in (row[0], row[2]):
            assert not _live_pieces(value)  # however a spreadsheet cuts the cell (on ";" or ",")
    assert rows[1][1] in ("-1,5", "-1.5")  # a negative number stays a number


def test_xlsx_text_cells_are_strings_never_formulas():
    sheet = load_workbook(io.BytesIO(xlsx_bytes(_frame(), "t"))).active
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s" and not LIVE.match(cell.value)
    assert sheet.cell(row=2, column=2).value == -1.5


@pytest.mark.parametrize("text", HOSTILE)
def test_defuse_each_leaves_no_piece_live(text):
    assert not _live_pieces(defuse_each(text))
    assert defuse_each(text).replace("'", "") == text.replace("'", "")  # only apostrophes were added


def test_gpx_names_are_inert():
    tour = plan_tour(resolve_stop("Kedougou"), [resolve_stop("Saraya"), resolve_stop("Mako")], "dry", True)
    hostile = dict(zip((tour.plan.start, *tour.plan.order), HOSTILE[6:], strict=False))
    text = plan_to_gpx(tour.plan, hostile.__getitem__, tour.lat_lon, track_name=HOSTILE[0])
    parsed = gpxpy.parse(text)
    names = [parsed.name, *(t.name for t in parsed.tracks), *(w.name.split(" ", 1)[1] for w in parsed.waypoints)]
    assert len(names) == 2 + len(hostile)
    assert all(not _live_pieces(name) for name in names), names
