"""Tables people take away: real XLSX workbooks for spreadsheets, CSV for machines, both formula-safe.

Why two formats: a CSV has no types and no agreed separator. French Excel expects ";" and a decimal
comma and opens a comma-separated file in one column, so spreadsheet downloads are XLSX files
(typed numbers, frozen header row, translated headers). CSV stays where a program reads it (GPS
tools, scripts): UTF-8 with a BOM, and for French ";" with a decimal comma, as French Excel and
LibreOffice expect.

Every text cell is hostile (site names and notes come from imported files): a cell that a
spreadsheet would run as a formula (CSV/formula injection) is written as text — an explicit string
cell in XLSX, a leading apostrophe in CSV.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from atlas.foundation.i18n import has, t
from atlas.foundation.numbers import decimal_separator

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A trigger at the start, or after a ";" or "," (a spreadsheet that splits the cell there would run it).
_TRIGGER = re.compile(r"(^|[;,])\s*[=+\-@\t\r]")
_EACH_TRIGGER = re.compile(r"(^|[;,]\s*)([=+\-@\t\r])")
_AFTER_SEPARATOR = re.compile(r"([;,]\s*)([=+\-@\t\r])")


def is_formula_like(value: object) -> bool:
    """True for text a spreadsheet could take for a formula, at its start or after a separator."""
    return isinstance(value, str) and bool(_TRIGGER.search(value))


def defuse(value: object) -> object:
    """Prefix text cells that a spreadsheet would run as a formula with an apostrophe."""
    if is_formula_like(value):
        return "'" + str(value)
    return value


def defuse_each(text: str) -> str:
    """`text` with an apostrophe before every formula trigger (at its start or after a ";" or ",").

    For text that leaves in a format without cells (GPX names read into a spreadsheet by a GPS tool or a
    converter): whichever way it is later split, no piece starts a formula.
    """
    return _EACH_TRIGGER.sub(lambda m: f"{m.group(1)}'{m.group(2)}", text)


def _csv_cell(value: object) -> object:
    """A CSV text cell: the leading apostrophe of `defuse`, and one before every trigger after a separator."""
    if not is_formula_like(value):
        return value
    text = str(value)
    return "'" + _AFTER_SEPARATOR.sub(lambda m: f"{m.group(1)}'{m.group(2)}", text)


def _defused(frame: pd.DataFrame) -> pd.DataFrame:
    safe = frame.copy()
    safe.columns = [_csv_cell(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_csv_cell)
    return safe


def excel_safe_csv(frame: pd.DataFrame, lang: str | None = None) -> bytes:
    """UTF-8 CSV with a BOM (Excel reads the accents) and every text cell defused.

    Numbers stay numbers (a negative distance is a number, not text); only strings are defused.
    With `lang="fr"` the file uses ";" between cells and a decimal comma (French spreadsheets);
    without a language, or in English, "," and ".". A cell holding the separator is quoted, so it
    never splits there; but French Excel splits an English file on ";" (and the reverse), so a
    trigger after a ";" or "," inside a text cell gets its own apostrophe too: `Kédougou;=HYPERLINK(…)`
    is written `'Kédougou;'=HYPERLINK(…)`, inert however the cell is cut.
    """
    comma = lang is not None and decimal_separator(lang) == ","
    return (
        _defused(frame)
        .to_csv(
            index=False,
            sep=";" if comma else ",",
            decimal="," if comma else ".",
            quoting=csv.QUOTE_MINIMAL,
            lineterminator="\r\n",  # also makes a cell holding a CR or LF quoted: it never starts a row
        )
        .encode("utf-8-sig")
    )


def header(column: str, lang: str, prefix: str = "field") -> str:
    """A column header in `lang`: `<prefix>.<column>` from the catalogs, then `field.<column>`, else the name."""
    for key in (f"{prefix}.{column}", f"field.{column}"):
        if has(key):
            return t(key, lang)
    return column


def cell(column: str, value: object, lang: str, key_prefix: str | None = None) -> object:
    """A value as a reader of `lang` reads it: yes/no for booleans, coded values through the catalogs.

    Numbers are left as numbers (the spreadsheet formats them); codes the catalogs know
    (`<key_prefix>.<code>`, default `value.<column>.<code>`, e.g. a vehicle `motorbike`) become words.
    """
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return t("common.yes" if value else "common.no", lang)
    key = f"{key_prefix or f'value.{column}'}.{value}"
    if isinstance(value, str) and has(key):
        return t(key, lang)
    return value


def translated_frame(
    frame: pd.DataFrame, lang: str, prefix: str = "field", value_keys: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """`frame` with headers (`<prefix>.<column>`) and coded values (`value_keys[column]`) in `lang`."""
    value_keys = value_keys or {}
    columns = {}
    for c in frame.columns:
        series = frame[c]
        if series.dtype == object or pd.api.types.is_bool_dtype(series) or pd.api.types.is_string_dtype(series):
            series = series.map(lambda v, c=c: cell(str(c), v, lang, value_keys.get(str(c))))
        columns[header(str(c), lang, prefix)] = series
    return pd.DataFrame(columns)


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "atlas") -> bytes:
    """A real .xlsx workbook of `frame`: typed numbers, header row frozen and bold, text never a formula.

    Text cells are written as explicit string cells (openpyxl data_type "s"), so "=cmd()" stays the
    characters "=cmd()" in Excel and LibreOffice; a leading apostrophe is added too, so the text
    stays inert if someone copies it into another file.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    ws.title = re.sub(r"[\\/*?:\[\]]", "_", sheet)[:31] or "atlas"
    bold = Font(bold=True)
    for col, name in enumerate(frame.columns, start=1):
        _write(ws, 1, col, str(name)).font = bold
    for row, values in enumerate(frame.itertuples(index=False, name=None), start=2):
        for col, value in enumerate(values, start=1):
            _write(ws, row, col, value)
    ws.freeze_panes = "A2"
    for col, name in enumerate(frame.columns, start=1):
        longest = max([len(str(name)), *(len(str(v)) for v in frame.iloc[:, col - 1].head(200))])
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = min(60, max(8, longest + 2))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write(ws: Any, row: int, col: int, value: object) -> Any:
    """One cell: numbers as numbers, missing as empty, everything else as an explicit string."""
    target = ws.cell(row=row, column=col)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return target
    if isinstance(value, bool):
        target.value = value
    elif isinstance(value, int | float) or hasattr(value, "item"):  # numpy scalars too
        target.value = value.item() if hasattr(value, "item") else value
    else:
        text = str(defuse(str(value)))
        target.value = text
        target.data_type = "s"
    return target
