"""Numbers as the page's language writes them: "1 234,5" in French, "1,234.5" in English.

One place (Babel's CLDR data) so that the key figures, tables, briefs and spreadsheets agree: a
French reader must not see "0.3" or "1,068" (in French, "1,068" reads as one point zero six eight).
French groups thousands with a narrow no-break space (U+202F), as CLDR and the Imprimerie nationale do.
"""

from __future__ import annotations

import math
import numbers
from typing import Any, cast

from babel.numbers import format_decimal, format_percent, get_decimal_symbol

from atlas.foundation.i18n import normalise_language

LOCALES = {"fr": "fr_FR", "en": "en_GB"}
MISSING = "—"


def locale_of(lang: str | None) -> str:
    """The Babel locale used for a page language (French for anything unsupported)."""
    return LOCALES.get(normalise_language(lang), LOCALES["fr"])


def number(value: float | int | None, lang: str | None, decimals: int | None = None) -> str:
    """`value` in the page's locale; `decimals` fixes the digits after the separator (None: as needed, ≤ 3).

    None and NaN read "—": an absent value is never shown as a number.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if decimals is None:
        return format_decimal(value, locale=locale_of(lang))
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(round(float(value), decimals), format=pattern, locale=locale_of(lang))


def decimal_separator(lang: str | None) -> str:
    """The decimal separator of `lang` ("," in French, "." in English), as its spreadsheets expect in a CSV."""
    return get_decimal_symbol(locale_of(lang))


def plotly_separators(lang: str | None) -> str:
    """Plotly's `separators` (decimal mark, then thousands mark) for `lang`: ",\u202f" in French, ".," in English."""
    return ",\u202f" if normalise_language(lang) == "fr" else ".,"


def percent(fraction: float | None, lang: str | None) -> str:
    """A share in the page's locale, whole percent: "25 %" (narrow no-break space) in French, "25%" in English."""
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return MISSING
    return format_percent(fraction, locale=locale_of(lang))


def cell_text(value: object, lang: str | None, missing: str = MISSING) -> str:
    """Any table cell or key figure as text: a number (Python or numpy, never a yes/no) in the
    page's locale, yes/no in words, `missing` for None/NaN/NA, anything else as `str()`.

    One function for every table a person reads (screen, PDF): "1 068" and "0,3" in French.
    """
    import pandas as pd

    from atlas.foundation.i18n import t

    if value is None or (pd.api.types.is_scalar(value) and pd.isna(cast(Any, value))):
        return missing
    if pd.api.types.is_bool(value):  # a yes/no, in words
        return t("common.yes" if value else "common.no", lang)
    if isinstance(value, numbers.Real):
        return number(int(value) if isinstance(value, numbers.Integral) else float(value), lang)
    return str(value)
