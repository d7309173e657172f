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
from atlas.features.map.analysis.legend import department_table, figure_keys, notices, outside_note
from atlas.features.map.analysis.link import MapLink
from atlas.foundation.config import ALL, ATLAS_WINDOW
from atlas.foundation.i18n import t
from atlas.foundation.numbers import cell_text
from atlas.layers.registry import all_layers, current_provenance
from atlas.layers.selection import department_shape, filtered_frame

BRIEF_ZOOM = 9  # the brief shows what the screen shows at the default zoom (villages only zoomed in)
BRIEF_MAP_PX = 520  # SVG width for a ~105 mm map: 12 px names print at about 7 pt
METHOD_KEYS = ("method.privacy", "method.services", "method.zones", "method.border", "method.roads")
# Heat hexes would crowd a page; the brief keeps the rest (the 327 villages are left to the names,
# which show only what fits). Countries are drawn: the neighbours are named on the map.
SKIPPED_IN_BRIEF = ("incidents_heat",)


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
        if spec.zoom_field and spec.zoom_field in frame.columns:  # as on screen at zoom 9: no villages
            frame = frame[frame[spec.zoom_field].fillna(0) <= BRIEF_ZOOM]
            if frame.empty:
                continue
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
                label_column="name"
                if spec.id == "crossings"
                else None,  # site names are long: the legend says what they are
                color_column=colour_column,
            )
        )
    shape = department_shape(view.department)
    if shape is not None:
        west, south, east, north = shape.bounds
        bounds = (west - 0.05, south - 0.05, east + 0.05, north + 0.05)
    else:
        region = filtered_frame("region")
        if region is not None:
            west, south, east, north = region.total_bounds
            # room round the region for the neighbours' names (Mali, Guinée) and the legend-free edges
            bounds = (west - 0.25, south - 0.15, east + 0.3, north + 0.1)
        else:
            bounds = ATLAS_WINDOW
    return render_svg(svg_layers, width=BRIEF_MAP_PX, bounds=bounds, lang=view.lang, text_px=12)


def brief_legend(view: MapLink) -> list[tuple[str, str]]:
    """(colour, text) for EVERY layer drawn in the brief's map, with the classes of choropleths
    (indented): printed as PDF text beside the map, never cut at 8 entries."""
    from atlas.features.map.analysis.legend import legend_entries

    drawn = [s.id for s in all_layers() if s.id in (view.layers or ()) and s.id not in SKIPPED_IN_BRIEF]
    rows: list[tuple[str, str]] = []
    for entry in legend_entries(drawn, view.lang):
        tag = f" ({t('map.synthetic_tag', view.lang)})" if entry["synthetic"] else ""
        rows.append((entry["fill"] if not entry["line"] else entry["stroke"], entry["title"] + tag))
        rows.extend((colour, f"  {value}") for value, colour in entry["classes"])
    return rows


def map_brief_pdf(view: MapLink, role: str = "viewer") -> bytes:
    """One A4 page: title, map, key figures, figures by department, method, caveats, sources.

    `role` decides which figures are printed (a viewer's brief has no shelter counts).
    """
    lang = view.lang
    figures = key_figures(view.department)
    figure_rows = [(t(f"fig.{k}", lang), cell_text(figures[k], lang)) for k in figure_keys(role)]
    table = department_table(lang, role)
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
        legend=brief_legend(view),
        figures=figure_rows,
        table=table,
        table_title=t("fig.by_department", lang),
        method=" ".join(_plain(t(k, lang)) for k in METHOD_KEYS),
        caveats=caveats,
        sources=sources,
    )
