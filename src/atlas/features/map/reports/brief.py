"""The map page's one-click brief: the current view as a one-page PDF to circulate after a meeting.

Same view as the screen (layers, department, language), drawn as SVG from the registry styles so
the PDF needs no browser and no network; key figures, method notes, caveats and sources come
from the same functions as the page, never retyped.
"""

from __future__ import annotations

import re

from atlas.common.reports.brief import build_brief_pdf
from atlas.common.reports.svg_map import SvgLayer, render_svg
from atlas.features.map.analysis.figures import key_figures
from atlas.features.map.analysis.legend import FIGURE_KEYS, department_table, notices, outside_note
from atlas.features.map.analysis.link import MapLink
from atlas.foundation.config import ALL, ATLAS_WINDOW
from atlas.foundation.i18n import t
from atlas.layers.registry import all_layers, current_provenance
from atlas.layers.selection import department_shape, filtered_frame

METHOD_KEYS = ("method.privacy", "method.services", "method.zones", "method.border", "method.roads")
# Country outlines, heat hexes and the gazetteer would crowd a page; the brief keeps the rest.
SKIPPED_IN_BRIEF = ("countries", "incidents_heat")


def _plain(markdown: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", markdown)


def brief_svg(view: MapLink) -> str:
    """SVG of the view's layers in registry order, clipped to the department (or the region)."""
    layers = view.layers or ()
    svg_layers = []
    for spec in sorted(all_layers(), key=lambda s: s.order):
        if spec.id not in layers or spec.id in SKIPPED_IN_BRIEF:
            continue
        frame = filtered_frame(spec.id, view.department)
        if frame is None or frame.empty:
            continue
        style = spec.style
        frame = frame.copy()
        colour_column = None
        if style.class_field and style.classes:
            frame["_colour"] = [
                style.for_feature({style.class_field: value})["fillColor"] for value in frame[style.class_field]
            ]
            colour_column = "_colour"
        is_line = set(spec.geometry) <= {"LineString", "MultiLineString"}
        svg_layers.append(
            SvgLayer(
                frame=frame,
                stroke=style.color,
                fill="none" if is_line else (style.fill_color or style.color),
                fill_opacity=max(style.fill_opacity, 0.0),
                stroke_width=max(0.6, style.weight * 0.6),
                radius=max(2.0, style.radius * 0.5),
                dash=style.dash_array,
                label_column="name" if spec.id in ("mining_sites", "crossings") else None,
                color_column=colour_column,
            )
        )
    shape = department_shape(view.department)
    if shape is not None:
        west, south, east, north = shape.bounds
        bounds = (west - 0.05, south - 0.05, east + 0.05, north + 0.05)
    else:
        region = filtered_frame("region")
        bounds = tuple(region.total_bounds) if region is not None else ATLAS_WINDOW
    legend = [
        (s.style.fill_color or s.style.color, t(f"layer.{s.id}", view.lang))
        for s in all_layers()
        if s.id in layers and s.id not in SKIPPED_IN_BRIEF
    ]
    return render_svg(svg_layers, width=800, bounds=bounds, legend=legend[:8])


def map_brief_pdf(view: MapLink) -> bytes:
    """One A4 page: title, map, key figures, figures by department, method, caveats, sources."""
    lang = view.lang
    figures = key_figures(view.department)
    figure_rows = [(t(f"fig.{k}", lang), "—" if figures[k] is None else str(figures[k])) for k in FIGURE_KEYS]
    table = department_table(lang)
    layers = list(view.layers or ())
    caveats = [*notices(layers, lang), outside_note(lang), t("brief.map.caveat_positions", lang)]
    sources = [
        f"{t(f'layer.{s.id}', lang)}: {current_provenance(s.id).summary(lang)}" for s in all_layers() if s.id in layers
    ]
    area = t("dept.all", lang) if view.department == ALL else view.department
    return build_brief_pdf(
        title=t("brief.map.title", lang),
        subtitle=t("brief.map.subtitle", lang, area=area),
        lang=lang,
        svg=brief_svg(view),
        figures=figure_rows,
        table=table,
        table_title=t("fig.by_department", lang),
        method=" ".join(_plain(t(k, lang)) for k in METHOD_KEYS),
        caveats=caveats,
        sources=sources,
    )
