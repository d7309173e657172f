"""Comparing two periods of a release: which periods may be compared, and the table of totals.

Why this is safe. Only *published* values enter the comparison: the department and region rows
of the release (`department_totals`), never a raw record nor a true count. Every published value is
already public, so the difference of two published values tells a reader nothing they could not
compute themselves from the page; it adds no constraint to the disclosure audit's model (see
`atlas.features.risk.analysis.disclosure`). A cell shown "< k" or "n.p." carries no number, and the change
next to it is "—": never a number, never a bound ("at least 20 more"), because a bound built from
a suppressed cell would hand the reader exactly the interval that suppression hides.

Only periods of the same kind are offered (quarter with quarter, year with year): a year minus a
quarter compares unlike spans and would invite the "year minus its quarters" subtraction the
audit guards against.
"""

from __future__ import annotations

import pandas as pd

from atlas.features.risk.analysis.api import department_totals
from atlas.features.risk.analysis.labels import category_label, display_label, period_label
from atlas.features.risk.analysis.release import Release, cell_number
from atlas.features.risk.analysis.schema import ALL_CATEGORIES
from atlas.foundation.i18n import t

NOT_COMPARED = "—"  # the change shown when either side is not a published number
UNIT_COLUMNS = ("unit_level", "unit_id")


def period_kind(period: str) -> str:
    """'quarter' for '2024-Q3', 'year' for '2024'."""
    return "quarter" if "-Q" in period else "year"


def comparable_periods(release: Release, period: str) -> list[str]:
    """Periods of the release of the same kind as `period`, in calendar order, `period` itself left out."""
    kind = period_kind(period)
    return [p for p in release.periods if period_kind(p) == kind and p != period]


def valid_compare(release: Release, period: str, asked: str | None) -> str | None:
    """`asked` when it may be compared with `period` (known, same kind, different); else None."""
    return asked if asked and asked in comparable_periods(release, period) else None


def in_calendar_order(release: Release, first: str, second: str) -> tuple[str, str]:
    """The two periods earlier first, so that a change reads as 'later minus earlier'."""
    order = release.periods
    return (first, second) if order.index(first) <= order.index(second) else (second, first)


def published_number(value: object) -> int | None:
    """A published value (a frame cell) as an int; None for a side that is suppressed or masked (NA)."""
    number = cell_number(value)
    return None if number is None else int(number)


def change(value_a: object, value_b: object) -> int | None:
    """B − A when both are published numbers; None when either side is suppressed or masked (NA)."""
    a, b = published_number(value_a), published_number(value_b)
    if a is None or b is None:
        return None
    return b - a


def comparison_frame(release: Release, period_a: str, period_b: str, category: str = ALL_CATEGORIES) -> pd.DataFrame:
    """Department rows then the region row: unit_level, unit_id, display_a, display_b, change (Int64, NA = '—').

    Reads published rows only: both sides are already public, so their difference reveals nothing
    new; where either side is "< k" or "n.p." the change is NA (shown "—"), never a number or bound.
    Raises ValueError for an unknown period or category, or for periods of different kinds.
    """
    if period_kind(period_a) != period_kind(period_b):
        raise ValueError(f"cannot compare {period_a!r} with {period_b!r}: periods must be of the same kind")
    a = department_totals(release, period_a, category).set_index(list(UNIT_COLUMNS))
    b = department_totals(release, period_b, category).set_index(list(UNIT_COLUMNS))
    out = pd.DataFrame({"display_a": a["display"], "display_b": b["display"]}, index=a.index)
    out["change"] = pd.array([change(a.at[i, "value"], b.at[i, "value"]) for i in a.index], dtype="Int64")
    return out.reset_index()


def format_change(value: object) -> str:
    """'+20', '−10' (typographic minus), '0'; '—' when not compared."""
    number = published_number(value)
    if number is None:
        return NOT_COMPARED
    return f"+{number}" if number > 0 else (f"−{-number}" if number < 0 else "0")


def unit_name(level: str, unit_id: str, lang: str) -> str:
    """Departments by name; the region by its translated name (its id is an ISO code)."""
    return t("risk.region_name", lang) if level == "region" else unit_id


def _shown(display: str, lang: str) -> str:
    return display_label(display, lang)


def comparison_table(release: Release, period_a: str, period_b: str, category: str, lang: str) -> pd.DataFrame:
    """The comparison as the page and the brief show it: level, unit, A, B, change (translated headers)."""
    frame = comparison_frame(release, period_a, period_b, category)
    label_a, label_b = period_label(period_a, lang), period_label(period_b, lang)
    return pd.DataFrame(
        {
            t("risk.col.level", lang): [t(f"risk.level.{lvl}", lang) for lvl in frame["unit_level"]],
            t("risk.col.unit", lang): [
                unit_name(lvl, uid, lang) for lvl, uid in zip(frame["unit_level"], frame["unit_id"], strict=True)
            ],
            label_a: [_shown(d, lang) for d in frame["display_a"]],
            label_b: [_shown(d, lang) for d in frame["display_b"]],
            t("risk.compare.change", lang, a=label_a, b=label_b): [format_change(v) for v in frame["change"]],
        }
    )


def comparison_notes(release: Release, lang: str, any_not_compared: bool = True) -> list[str]:
    """Footnotes under the table: what '—' means (when shown) and why a change is approximate."""
    notes = [t("risk.compare.note.dash", lang, k=release.k)] if any_not_compared else []
    notes.append(t("risk.compare.note.rounding", lang, base=release.meta["rounding_base"]))
    if (release.meta.get("noise") or {}).get("epsilon"):
        notes.append(t("risk.compare.note.noise", lang))
    return notes


def has_not_compared(table: pd.DataFrame) -> bool:
    """True when the last (change) column of a comparison table holds a '—'."""
    return bool((table.iloc[:, -1] == NOT_COMPARED).any())


def compare_title(release: Release, period: str, compare: str | None, category: str, lang: str) -> str:
    """'Année 2023 et Année 2024 · Toutes catégories' (calendar order), or one period when not comparing."""
    if compare:
        first, second = in_calendar_order(release, period, compare)
        periods_text = t("risk.compare.pair", lang, a=period_label(first, lang), b=period_label(second, lang))
    else:
        periods_text = period_label(period, lang)
    return f"{periods_text} · {category_label(category, lang)}"
