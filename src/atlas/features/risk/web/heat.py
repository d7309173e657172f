"""Drawing a release: the hexagon choropleth on a folium map, with its legend and disclosure note.

A choropleth of published classes only. Never a kernel heat map (Leaflet.heat / folium HeatMap):
those put point coordinates in the page. Every label is escaped (atlas.foundation.html_safe).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from atlas.common.web.mapframe import add_frame, add_outline, finish_map, new_map
from atlas.features.risk.analysis.api import class_colour, department_totals, heat_frame, legend, quarterly_series
from atlas.features.risk.analysis.labels import category_label, class_label, display_label, period_label
from atlas.features.risk.analysis.release import Release
from atlas.features.risk.analysis.schema import ALL_CATEGORIES
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import t
from atlas.foundation.numbers import plotly_separators
from atlas.layers.registry import get_layer

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go


class _HeatBox(MacroElement):
    """Bottom-left box: what the hexagons show, the class legend and (when so) SYNTHETIC."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function(map){
          var box = L.control({position: 'bottomleft'});
          box.onAdd = function(){
            var div = L.DomUtil.create('div', 'atlas-heat-legend');
            div.style.cssText = 'background:#fff;border:1px solid #777;padding:4px 8px;font:12px sans-serif;'
              + 'max-width:300px';
            div.innerHTML = {{ this.html | tojson }};
            return div;
          };
          box.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "HeatBox"
        self.html = html


def legend_html(release: Release, lang: str, period: str, category: str) -> str:

    rows = "".join(
        f"<div><span style='display:inline-block;width:14px;height:10px;background:{colour};"
        f"border:1px solid #999;margin-right:4px'></span>{escape(class_label(label, lang))}</div>"
        for label, colour in legend(release)
    )
    title = escape(
        t("risk.map.title", lang, period=period_label(period, lang), category=category_label(category, lang))
    )
    warning = (
        f"<div style='color:#7a4b00;font-weight:bold'>{escape(t('risk.map.synthetic', lang))}</div>"
        if release.synthetic
        else ""
    )
    return f"{warning}<b>{title}</b>{rows}"


def add_heat_to_map(
    m: folium.Map, lang: str, release: Release, period: str, category: str, department: str | None = None
) -> int:
    """Hexagons coloured by published class, tooltip 'hexagon · department · published value'.

    With a `department`, only its hexagons are drawn (the map page's department filter applies to them too).
    """

    frame = heat_frame(release, period, category)
    if department:
        frame = frame[frame["department"] == department]
    frame["shown"] = [display_label(d, lang) for d in frame["display"]]
    colours = {label: class_colour(release, label) for label in frame["risk_class"].unique()}

    def style(feature: dict[str, Any]) -> dict[str, Any]:
        colour = colours.get(feature["properties"].get("_class"), "#bdbdbd")
        return {"color": "#7f2704", "weight": 0.6, "fillColor": colour, "fillOpacity": 0.6}

    name = t("risk.map.layer", lang) + (f" ({t('map.synthetic_tag', lang)})" if release.synthetic else "")
    drawn = add_frame(
        m,
        frame,
        name,
        style,
        tooltip_columns=[(t("dept.label", lang), "department"), (t("risk.col.published", lang), "shown")],
        class_column="risk_class",
    )
    _HeatBox(legend_html(release, lang, period, category)).add_to(m)
    return drawn


def heat_map(release: Release, period: str, category: str, lang: str, fit: bool = False) -> folium.Map:
    """A whole offline map of one period: hexagons, their legend box, credits and the synthetic notice.

    One function so that the single view and the two maps of a comparison are built the same way
    (same classes, same colours, same legend). `fit` zooms to the hexagons, keeping them above the
    legend box: the half-width maps of a comparison would otherwise show only the middle of the region.
    """

    m = new_map(lang)
    credits = [release.credit("source", lang)]
    # Outlines that never take a click: countries under the hexagons, departments on top of them;
    # the names come with finish_map.
    if add_outline(m, "countries"):
        credits.append(get_layer("countries").provenance.text("attribution", lang))
    add_heat_to_map(m, lang, release, period, category)
    if add_outline(m, "departments"):
        credits.append(get_layer("departments").provenance.text("attribution", lang))
    if fit:
        west, south, east, north = (float(v) for v in release.hexes.total_bounds)
        m.fit_bounds([[south, west], [north, east]], padding_bottom_right=(0, 120))  # room for the legend box
    finish_map(m, credits, notice=t("risk.map.synthetic", lang) if release.synthetic else None)
    return m


def totals_table(release: Release, period: str, category: str, lang: str) -> pd.DataFrame:
    """Departments and region, published values only, with translated headers."""
    import pandas as pd

    rows = department_totals(release, period, category)
    return pd.DataFrame(
        {
            t("risk.col.level", lang): [t(f"risk.level.{lvl}", lang) for lvl in rows["unit_level"]],
            t("risk.col.unit", lang): [
                t("risk.region_name", lang) if lvl == "region" else uid
                for lvl, uid in zip(rows["unit_level"], rows["unit_id"], strict=True)
            ],
            t("risk.col.published", lang): [display_label(d, lang) for d in rows["display"]],
            t("risk.col.class", lang): [class_label(c, lang) for c in rows["risk_class"]],
        }
    )


def totals_notes(release: Release, lang: str) -> list[str]:
    """What the totals table needs beside it: departments without data, and why the sums differ (rounding)."""
    from atlas.foundation.config import DEPARTMENTS

    covered = [d for d in DEPARTMENTS if d in release.meta["departments"]]
    missing = [d for d in DEPARTMENTS if d not in covered]
    notes = []
    if missing:
        join = f" {t('common.and', lang)} "
        notes.append(t("risk.coverage_note", lang, covered=join.join(covered), missing=join.join(missing)))
    notes.append(t("risk.rounding_plain", lang, base=release.meta.get("rounding_base", release.meta["k"])))
    return notes


def trend_figure(release: Release, category: str, lang: str) -> go.Figure:
    """Plotly lines of published quarterly values for the region and each department (gaps where hidden)."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for level, unit, name in [
        ("region", None, t("risk.region_name", lang)),
        *[("department", d, d) for d in release.meta["departments"]],
    ]:
        series = quarterly_series(release, level, unit, category)
        y = [None if v is None or v != v else int(v) for v in series["value"].astype("float")]
        fig.add_trace(
            go.Scatter(
                x=[period_label(p, lang) for p in series["period"]],
                y=y,
                name=name,
                mode="lines+markers",
                connectgaps=False,
                hovertemplate="%{x}: %{y}<extra>" + escape(name) + "</extra>",
            )
        )
    fig.update_layout(
        height=340,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        yaxis_title=t("risk.trend.axis", lang),
        legend={"orientation": "h", "y": -0.35},
        separators=plotly_separators(lang),
    )
    # Quarter labels are categories, drawn whole and slanted: auto-shortened ticks read "202…".
    fig.update_xaxes(type="category", tickangle=-45, automargin=True)
    return fig


def add_heat_layer(
    m: folium.Map,
    lang: str,
    release: Release,
    period: str | None,
    category: str = ALL_CATEGORIES,
    department: str | None = None,
) -> int:
    """Draw the hexagon choropleth (never a kernel heat map) on a folium map; returns hexagons drawn."""
    return add_heat_to_map(m, lang, release, period or release.default_period, category, department)
