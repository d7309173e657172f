"""CSV that opens safely in Excel/LibreOffice: no cell may start a formula (CSV injection)."""

from __future__ import annotations

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: object) -> object:
    """Prefix text cells that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def excel_safe_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a BOM (Excel reads the accents) and every text cell defused.

    Numbers stay numbers (a negative distance is a number, not text); only strings are defused.
    """
    safe = frame.copy()
    safe.columns = [defuse(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(defuse)
    return safe.to_csv(index=False).encode("utf-8-sig")
