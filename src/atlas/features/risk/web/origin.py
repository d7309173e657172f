"""The risk page's transnational lens: incidents by victims' country of origin, a table and a small chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from atlas.features.risk.analysis.origin_view import (
    heavy_suppression_note,
    origin_notes,
    origin_series,
    origin_table,
)
from atlas.features.risk.analysis.release import Release
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import t
from atlas.foundation.numbers import number, plotly_separators

if TYPE_CHECKING:
    import plotly.graph_objects as go

ORIGIN_COLOURS = ("#08519c", "#3182bd", "#6baed6", "#9ecae1", "#e6550d", "#fd8d3c", "#31a354", "#756bb1", "#969696")


def origin_figure(release: Release, lang: str) -> go.Figure:
    """Grouped bars of published values per year and origin (no bar where not published)."""
    import plotly.graph_objects as go

    data = origin_series(release, lang)
    fig = go.Figure()
    for i, (name, rows) in enumerate(data.groupby("origin", sort=False)):
        fig.add_trace(
            go.Bar(
                x=rows["year"],
                y=rows["value"],
                name=str(name),
                marker_color=ORIGIN_COLOURS[i % len(ORIGIN_COLOURS)],
                hovertemplate="%{x}: %{y}<extra>" + escape(str(name)) + "</extra>",
            )
        )
    fig.update_layout(
        barmode="group",
        height=320,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        yaxis_title=t("risk.trend.axis", lang),
        legend={"orientation": "h", "y": -0.2},
        separators=plotly_separators(lang),
    )
    fig.update_xaxes(type="category", automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def show_origins(release: Release, lang: str) -> None:
    """Heading, framing sentence, the table (every row, no inner scroll), the chart and the notes."""
    st.subheader(t("risk.origin.title", lang))
    table = origin_table(release, lang)
    if table is None:
        st.caption(t("risk.origin.none", lang))
        return
    framing, *notes = origin_notes(release, lang)
    st.markdown(framing)
    heavy = heavy_suppression_note(release, lang)
    if heavy:
        st.warning(heavy)
    st.dataframe(table, hide_index=True, height="content", key="risk_origins")
    st.plotly_chart(origin_figure(release, lang), config={"displayModeBar": False}, key="risk_origin_chart")
    st.caption(t("risk.origin.chart.note", lang, k=number(release.k, lang)))
    for note in notes:
        st.caption(note)
