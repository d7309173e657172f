"""How the transnational lens reads on the page and in the brief: table, chart data and plain-words notes.

Only the published origin table (origins.csv, see origin.py) is read. A suppressed cell is written
out in words ("fewer than 10"), a masked one as "not published", a number in the page's locale; the
chart gets published values only, so a missing bar never pretends to be zero.
"""

from __future__ import annotations

import pandas as pd

from atlas.features.risk.analysis.release import Release
from atlas.features.risk.analysis.schema import ALL_ORIGINS, BELOW_K_TEMPLATE, MASKED_DISPLAY
from atlas.foundation.i18n import t
from atlas.foundation.numbers import number

HEAVY_SHARE = 0.5  # above this share of unpublished country cells the page warns that the table says little


def origin_label(code: str, lang: str) -> str:
    """A country of origin (ISO3 code), "other", "unknown" or "all" in the page language."""
    return t(f"risk.origin.{code}", lang)


def cell_words(display: str, k: int, lang: str) -> str:
    """A published cell as the page writes it: a number in the locale, "fewer than k", "not published"."""
    if display == BELOW_K_TEMPLATE.format(k=k):
        return t("risk.origin.below", lang, k=number(k, lang))
    if display == MASKED_DISPLAY:
        return t("risk.origin.masked", lang)
    return number(int(display), lang)


def origin_table(release: Release, lang: str) -> pd.DataFrame | None:
    """One row per origin group then the region's total, one column per year; None without a lens."""
    if release.origins is None:
        return None
    frame = release.origins
    years = list(dict.fromkeys(frame["period"]))
    groups = [*release.meta["origins"], ALL_ORIGINS]
    cells = frame.set_index(["origin", "period"])["display"]
    out = pd.DataFrame({t("risk.origin.col", lang): [origin_label(g, lang) for g in groups]})
    for year in years:
        out[t("risk.period.year", lang, year=year)] = [
            cell_words(str(cells[(g, year)]), release.k, lang) for g in groups
        ]
    return out


def origin_series(release: Release, lang: str) -> pd.DataFrame:
    """Published values per (year, origin group) for the chart, the region total left out; suppressed left out."""
    if release.origins is None:
        return pd.DataFrame(columns=["year", "origin", "value"])
    frame = release.origins
    rows = frame[(frame["origin"] != ALL_ORIGINS) & frame["value"].notna()]
    return pd.DataFrame(
        {
            "year": [t("risk.period.year", lang, year=y) for y in rows["period"]],
            "origin": [origin_label(o, lang) for o in rows["origin"]],
            "value": rows["value"].astype(int).to_list(),
        }
    )


def unpublished_share(release: Release) -> float:
    """Share of the country cells (totals excluded) shown as "< k" or "n.p."."""
    if release.origins is None:
        return 0.0
    cells = release.origins[release.origins["origin"] != ALL_ORIGINS]
    return float(cells["value"].isna().mean()) if len(cells) else 0.0


def origin_notes(release: Release, lang: str) -> list[str]:
    """The framing sentence, then how the table was protected (coarsening, same rules as the rest)."""
    k = number(release.k, lang)
    return [
        t("risk.origin.framing", lang),
        t("risk.origin.coarsened", lang, k=k),
        t("risk.origin.same_rules", lang, k=k),
    ]


def heavy_suppression_note(release: Release, lang: str) -> str | None:
    """A plain-words warning when most country cells are hidden (the protection is not weakened instead)."""
    share = unpublished_share(release)
    if share <= HEAVY_SHARE:
        return None
    return t("risk.origin.heavy", lang, share=number(round(share * 100), lang))
