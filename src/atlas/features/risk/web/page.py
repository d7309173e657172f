"""Building blocks of the risk page: the comparison selector, the link it keeps, the maps and tables.

Kept out of atlas/app/app_pages/risk.py so that the page stays a thin script; the decisions themselves (which
periods compare, what a link may ask for, the comparison table) live in `compare.py` and are
tested without Streamlit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from atlas.common.web.mapframe import show_map
from atlas.features.risk.analysis.compare import (
    comparable_periods,
    comparison_notes,
    comparison_table,
    has_not_compared,
    in_calendar_order,
    valid_compare,
)
from atlas.features.risk.analysis.labels import period_label
from atlas.features.risk.analysis.link import RiskLink
from atlas.features.risk.analysis.release import Release
from atlas.features.risk.reports.brief import risk_brief_pdf

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator
from atlas.features.risk.web.heat import heat_map, totals_notes, totals_table
from atlas.foundation.i18n import t


def compare_selector(
    container: DeltaGenerator, release: Release, period: str, asked: str | None, lang: str
) -> str | None:
    """'No comparison' or a period of the same kind as `period`; its default is the link's `asked`.

    The page says, under the selectors, that only periods of the same kind are offered.

    The widget is keyed by the period: its choices change with it, and a fresh widget takes the
    link's comparison again when it still fits (a year stays compared when another year is chosen).
    """
    options = ["", *comparable_periods(release, period)]
    kept = valid_compare(release, period, asked)
    chosen = container.selectbox(
        t("common.compare_with", lang),
        options,
        index=options.index(kept or ""),
        key=f"risk_compare_{period}",
        format_func=lambda p: period_label(p, lang) if p else t("risk.compare.none", lang),
    )
    return chosen or None


def brief_button(release: Release, link: RiskLink, lang: str) -> None:
    """The one-click brief; the PDF is made only when the button is clicked (deferred `data`)."""
    suffix = f"-{link.compare}" if link.compare else ""
    st.download_button(
        t("brief.button", lang),
        data=lambda: risk_brief_pdf(release, link.period, link.category, lang, link.compare),
        file_name=f"atlas-kedougou-incidents-{link.period}{suffix}-{lang}.pdf",
        mime="application/pdf",
        help=t("risk.brief.help", lang),
        icon=":material/picture_as_pdf:",
        key="risk_brief",
        on_click="ignore",
    )


def show_heat(release: Release, link: RiskLink, lang: str) -> None:
    """One map and its totals, or two maps side by side (calendar order) and the comparison table."""
    if not link.compare:
        show_map(heat_map(release, link.period, link.category, lang), key="risk_map", height=520, returned_objects=())
        st.subheader(t("risk.totals", lang))
        st.dataframe(totals_table(release, link.period, link.category, lang), hide_index=True)
        for note in totals_notes(release, lang):
            st.caption(note)  # catalog words, the atlas's department names and audited integers only
        return
    first, second = in_calendar_order(release, link.period, link.compare)
    for column, period, key in zip(st.columns(2), (first, second), ("risk_map", "risk_map_b"), strict=True):
        with column:
            show_map(heat_map(release, period, link.category, lang, fit=True), key=key, height=560, returned_objects=())
    st.subheader(t("risk.compare.title", lang))
    table = comparison_table(release, first, second, link.category, lang)
    st.dataframe(table, hide_index=True)
    for note in comparison_notes(release, lang, has_not_compared(table)):
        st.caption(note)  # catalog words and the release's audited integers (k, rounding base)
