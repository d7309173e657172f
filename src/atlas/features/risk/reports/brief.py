"""The risk page's one-click brief: the chosen period (and comparison) on one A4 page to circulate.

What goes in is exactly what the page shows, from the same functions: the published class of
each hexagon (`heat_frame`), the published department and region totals (`department_totals`,
`comparison_table`), the disclosure note (`disclosure_note`) and the release's provenance. Nothing
else of the release is read, and a release never holds a raw record, so the PDF cannot carry an
incident's coordinates, id or date (tests/unit/features/risk/test_compare.py scans the PDF text for them).
The map is an SVG drawn from the hexagon polygons (grid cells, public geometry), embedded as vectors.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import pandas as pd

from atlas.common.reports.brief import build_brief_pdf
from atlas.common.reports.svg_map import SvgLayer, arrange_svgs, legend_svg, render_svg
from atlas.features.risk.analysis.api import class_colour, department_totals, heat_frame, legend
from atlas.features.risk.analysis.compare import (
    compare_title,
    comparison_frame,
    comparison_notes,
    comparison_table,
    format_change,
    has_not_compared,
    in_calendar_order,
    unit_name,
)
from atlas.features.risk.analysis.labels import class_label, disclosure_note, display_label, period_label
from atlas.features.risk.analysis.origin_view import heavy_suppression_note, origin_notes, origin_table
from atlas.features.risk.analysis.release import Release
from atlas.foundation.i18n import t
from atlas.layers.registry import current_provenance

SINGLE_WIDTH = 800  # pixels of the SVG; fpdf2 scales it to the brief's map width
PANEL_WIDTH = 420
MARGIN_DEGREES = 0.03


def _departments(release: Release) -> gpd.GeoDataFrame | None:
    """Outlines of the release's departments (public boundaries from the map's own layer)."""
    from atlas.layers.registry import load_layer

    frame = load_layer("departments").frame
    if frame is None:
        return None
    return frame[frame["name"].isin(release.meta["departments"])][["name", "geometry"]]


def _panel(
    release: Release, period: str, category: str, lang: str, width: int, bounds: tuple[float, float, float, float]
) -> str:
    """One map: hexagons filled with the colour of their published class, department outlines on top."""
    frame = heat_frame(release, period, category)[["risk_class", "geometry"]].copy()
    frame["_colour"] = [class_colour(release, c) for c in frame["risk_class"]]
    layers = [SvgLayer(frame=frame, stroke="#7f2704", stroke_width=0.4, fill_opacity=0.85, color_column="_colour")]
    outlines = _departments(release)
    if outlines is not None and not outlines.empty:
        layers.append(
            SvgLayer(
                frame=outlines,
                stroke="#222222",
                stroke_width=1.6,
                label_column="name",
                label_size=12 if width >= SINGLE_WIDTH else 10,
                radius=0,
            )
        )
    return render_svg(layers, width=width, bounds=bounds, title=period_label(period, lang), lang=lang)


def brief_svg(release: Release, period: str, category: str, lang: str, compare: str | None = None) -> str:
    """The map of the brief: one period, or two side by side in calendar order, then the class legend.

    Both maps share the bounds and the classes of the release, so equal colours mean equal classes.
    """
    west, south, east, north = release.hexes.total_bounds
    bounds = (west - MARGIN_DEGREES, south - MARGIN_DEGREES, east + MARGIN_DEGREES, north + MARGIN_DEGREES)
    periods = in_calendar_order(release, period, compare) if compare else (period,)
    width = SINGLE_WIDTH if len(periods) == 1 else PANEL_WIDTH
    panels = [_panel(release, p, category, lang, width, bounds) for p in periods]
    total = width * len(panels) + 10 * (len(panels) - 1)
    entries = [(colour, class_label(label, lang)) for label, colour in legend(release)]
    note = t("risk.map.synthetic", lang) if release.synthetic else None
    return arrange_svgs([panels, [legend_svg(entries, total, columns=3, note=note, font_size=13)]])


def _shown(display: str, lang: str) -> str:
    return display_label(display, lang)


def brief_figures(
    release: Release, period: str, category: str, lang: str, compare: str | None = None
) -> list[tuple[str, str]]:
    """Region then departments: the published total, or 'A → B (change)' when comparing.

    Only published displays ('< k' and 'n.p.' as such) and changes of published numbers appear.
    """
    if not compare:
        rows = department_totals(release, period, category)
        pairs = [
            (unit_name(lvl, uid, lang), _shown(d, lang))
            for lvl, uid, d in zip(rows["unit_level"], rows["unit_id"], rows["display"], strict=True)
        ]
        return [(t("risk.brief.totals", lang, period=period_label(period, lang)), ""), *pairs[-1:], *pairs[:-1]]
    first, second = in_calendar_order(release, period, compare)
    frame = comparison_frame(release, first, second, category)
    pairs = [
        (unit_name(lvl, uid, lang), f"{_shown(a, lang)} → {_shown(b, lang)} ({format_change(c)})")
        for lvl, uid, a, b, c in zip(
            frame["unit_level"], frame["unit_id"], frame["display_a"], frame["display_b"], frame["change"], strict=True
        )
    ]
    header = f"{period_label(first, lang)} → {period_label(second, lang)}"
    return [(header, ""), *pairs[-1:], *pairs[:-1]]


def brief_sources(release: Release, lang: str) -> list[str]:

    meta = release.meta
    outlines = current_provenance("departments")
    return [
        t(
            "risk.source",
            lang,
            source=release.credit("source", lang),
            licence=release.credit("licence", lang),
            name=release.display_name(lang),
            created=str(meta.get("created", ""))[:10],
        ),
        f"{t('layer.departments', lang)}: {outlines.summary(lang)}",
    ]


def risk_brief_pdf(
    release: Release, period: str, category: str, lang: str, compare: str | None = None, date: dt.date | None = None
) -> bytes:
    """One A4 page: title, period(s) and category, map, key figures, comparison, method note, sources."""
    table: pd.DataFrame | None = None
    caveats: list[str] = []
    if compare:
        first, second = in_calendar_order(release, period, compare)
        table = comparison_table(release, first, second, category, lang)
        caveats = comparison_notes(release, lang, has_not_compared(table))
    origins = origin_table(release, lang)
    extra = [(t("risk.origin.title", lang), origins)] if origins is not None else []
    if origins is not None:  # the framing sentence, how the lens is protected, and a heavy-suppression warning
        heavy = heavy_suppression_note(release, lang)
        caveats = [*caveats, *origin_notes(release, lang), *([heavy] if heavy else [])]
    return build_brief_pdf(
        title=t("risk.brief.title.synthetic" if release.synthetic else "risk.brief.title", lang),
        subtitle=compare_title(release, period, compare, category, lang),
        lang=lang,
        svg=brief_svg(release, period, category, lang, compare),
        figures=brief_figures(release, period, category, lang, compare),
        table=table,
        table_title=t("risk.compare.title", lang),
        method=disclosure_note(release, lang),
        caveats=caveats,
        sources=brief_sources(release, lang),
        date=date,
        wide_map=compare is not None,
        extra_tables=extra,
    )
