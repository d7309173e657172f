"""A one-page PDF brief: title, date, map, key figures, top of a table, method, caveats, sources.

Generic on purpose (the CSR page and the map page's "one-click brief" both use it): callers pass
already-translated text; only the section headings come from the catalogs. fpdf2's core
fonts are latin-1 only, so the bundled DejaVu Sans (static/fonts) is embedded by the shared set-up
in `atlas.common.reports.pdf`: "≤", "–", "é" and "’" print as they should. The map is the caller's SVG
(see `atlas.common.reports.svg_map`), embedded as vectors. If the content does not fit on one page the
table loses rows, then the map shrinks, until it does: a brief that spills onto page two is not a
brief.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd
from fpdf import FPDF

from atlas.common.reports.pdf import FONT_FAMILY, body, embed_svg, heading, new_pdf, text_height
from atlas.foundation.i18n import normalise_language, t
from atlas.foundation.numbers import cell_text

MAX_TABLE_ROWS = 12
MAX_CELL_CHARS = 38
WHOLE_CELL_CHARS = 120  # extra tables (a comparison, a breakdown) are read whole: their labels wrap, never cut
WIDE_MAP_WIDTH = 186.0  # A4 width minus the 12 mm margins


def _cell_text(value: object, lang: str | None = None, limit: int = MAX_CELL_CHARS) -> str:
    """A table cell as text; numbers (Python or numpy, never a yes/no) in the page's locale ("1 234,5")."""
    text = cell_text(value, lang, missing="")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _figures(pdf: FPDF, figures: Sequence[tuple[str, str]], x: float, y: float, width: float, lang: str) -> float:
    """Key figures as a two-column list at (x, y); returns the y below it."""
    pdf.set_xy(x, y)
    pdf.set_font(FONT_FAMILY, "B", 9.5)
    pdf.cell(width, 5.5, t("brief.figures", lang), new_x="LEFT", new_y="NEXT")
    for label, value in figures:
        row_top = pdf.get_y()
        pdf.set_xy(x, row_top)
        pdf.set_font(FONT_FAMILY, "", 7.5)
        pdf.multi_cell(width * 0.6, 3.6, label, align="L", new_x="RIGHT", new_y="TOP")
        label_bottom = row_top + text_height(pdf, width * 0.6, 3.6, label)
        pdf.set_font(FONT_FAMILY, "B", 7.5)
        pdf.multi_cell(width * 0.4, 3.6, value, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(label_bottom, pdf.get_y()) + 0.6)
    return pdf.get_y()


LEGEND_PT = 7.5  # legend text size: readable on a printed page (the issue asked for ≥ 7 pt)


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    text = colour.lstrip("#") if isinstance(colour, str) else ""
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    except (ValueError, IndexError):
        return 153, 153, 153


def _legend(pdf: FPDF, entries: Sequence[tuple[str, str]], x: float, y: float, width: float, lang: str) -> float:
    """The map's legend as PDF text (every drawn layer, LEGEND_PT), swatch + label; returns the y below."""
    pdf.set_xy(x, y)
    pdf.set_font(FONT_FAMILY, "B", 8.5)
    pdf.cell(width, 4.5, t("map.legend", lang), new_x="LEFT", new_y="NEXT")
    pdf.set_font(FONT_FAMILY, "", LEGEND_PT)
    pdf.set_draw_color(60)
    cursor = None  # x of the next class swatch on the current line (classes flow after their layer)
    for colour, text in entries:
        label = text.strip()
        if text.startswith("  "):  # a class of the layer above: flows on lines under it
            needed = 3.6 + pdf.get_string_width(label) + 2.5
            if cursor is None or cursor + needed > x + width:
                cursor = x + 3.0
                pdf.set_y(pdf.get_y())
                row_y = pdf.get_y()
                pdf.set_y(row_y + 3.6)
            row_y = pdf.get_y() - 3.6
            pdf.set_fill_color(*_hex_rgb(colour))
            pdf.rect(cursor, row_y + 0.6, 2.6, 2.6, style="DF")
            pdf.set_xy(cursor + 3.4, row_y)
            pdf.cell(needed - 3.4, 3.6, label)
            pdf.set_y(row_y + 3.6)
            cursor += needed
            continue
        cursor = None
        top = pdf.get_y()
        pdf.set_fill_color(*_hex_rgb(colour))
        pdf.rect(x, top + 0.6, 2.6, 2.6, style="DF")
        pdf.set_xy(x + 3.6, top)
        pdf.multi_cell(width - 3.6, 3.6, label, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_x(x)
    pdf.set_fill_color(255)
    pdf.set_draw_color(0)
    return pdf.get_y()


def _table(pdf: FPDF, table: pd.DataFrame, rows: int, lang: str | None = None, limit: int = MAX_CELL_CHARS) -> None:
    """The first `rows` rows; cells longer than `limit` characters are cut with "…" (they wrap below it)."""
    shown = table.head(rows)
    pdf.set_font(FONT_FAMILY, "", 6.8)
    # Column widths follow the longest text (header words or cells), within limits: a rank column
    # needs less room than a village name.
    widths = [
        min(max(max(len(w) for w in _cell_text(c).split() or [""]) + 1, *(len(_cell_text(v)) for v in shown[c]), 4), 30)
        for c in shown.columns
    ]
    with pdf.table(
        line_height=3.4, text_align="LEFT", first_row_as_headings=True, col_widths=widths, padding=0.6
    ) as grid:
        header = grid.row()
        for column in shown.columns:
            header.cell(_cell_text(column))
        for record in shown.itertuples(index=False):
            row = grid.row()
            for value in record:
                row.cell(_cell_text(value, lang, limit))


def _render(
    title: str,
    lang: str,
    svg: str | None,
    figures: Sequence[tuple[str, str]],
    table: pd.DataFrame | None,
    method: str,
    caveats: Sequence[str],
    sources: Sequence[str],
    subtitle: str | None,
    date: str,
    table_rows: int,
    map_width: float,
    table_title: str | None = None,
    wide_map: bool = False,
    legend: Sequence[tuple[str, str]] = (),
    extra_tables: Sequence[tuple[str, pd.DataFrame]] = (),
) -> FPDF:
    pdf = new_pdf(title, lang)
    pdf.set_font(FONT_FAMILY, "B", 15)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT_FAMILY, "", 8)
    line = t("common.date_line", lang, date=date)
    pdf.cell(0, 4.5, f"{subtitle} · {line}" if subtitle else line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    top = pdf.get_y()
    bottom = top
    left = pdf.l_margin
    if svg:
        bottom = top + embed_svg(pdf, svg, left, top, map_width)
    if wide_map:  # figures below the map, across the page
        bottom = _figures(pdf, figures, left, bottom + 2, pdf.w - pdf.r_margin - left, lang)
        if legend:
            bottom = _legend(pdf, legend, left, bottom + 1, pdf.w - pdf.r_margin - left, lang)
    else:
        fig_x = left + (map_width + 5 if svg else 0)
        fig_w = pdf.w - pdf.r_margin - fig_x
        right = _figures(pdf, figures, fig_x, top, fig_w, lang)
        if legend:
            right = _legend(pdf, legend, fig_x, right + 2, fig_w, lang)
        bottom = max(bottom, right)
    pdf.set_xy(left, bottom + 2)
    if table is not None and not table.empty and table_rows > 0:
        heading(pdf, table_title or t("brief.table", lang, n=min(table_rows, len(table)), total=len(table)))
        _table(pdf, table, table_rows, lang)
        pdf.ln(1.5)
    for extra_title, extra in extra_tables:  # small tables shown whole (a comparison, a breakdown)
        heading(pdf, extra_title)
        _table(pdf, extra, len(extra), lang, limit=WHOLE_CELL_CHARS)
        pdf.ln(1.5)
    heading(pdf, t("brief.method", lang))
    body(pdf, method)
    if caveats:
        heading(pdf, t("brief.caveats", lang))
        body(pdf, "\n".join(f"• {c}" for c in caveats))
    if sources:
        heading(pdf, t("brief.sources", lang))
        body(pdf, "\n".join(f"– {s}" for s in sources), size=6.8)
    pdf.set_font(FONT_FAMILY, "", 6.5)
    pdf.cell(0, 4, t("brief.footer", lang), new_x="LMARGIN", new_y="NEXT")
    return pdf


def build_brief_pdf(
    title: str,
    lang: str,
    svg: str | None,
    figures: Sequence[tuple[str, str]],
    table: pd.DataFrame | None,
    method: str,
    caveats: Sequence[str],
    sources: Sequence[str],
    subtitle: str | None = None,
    date: dt.date | None = None,
    table_title: str | None = None,
    wide_map: bool = False,
    legend: Sequence[tuple[str, str]] = (),
    extra_tables: Sequence[tuple[str, pd.DataFrame]] = (),
) -> bytes:
    """The brief as PDF bytes, on ONE A4 page (table rows, then map size, give way until it fits).

    `wide_map` gives the map the page's whole width and puts the key figures below it: for an SVG
    holding two maps side by side, which would be too small in the usual left column.
    `extra_tables` (title, table) follow the main table and are never cut: the map shrinks for them.
    """
    lang = normalise_language(lang)
    day = (date or dt.date.today()).isoformat()
    rows = MAX_TABLE_ROWS if table is not None else 0
    map_width = WIDE_MAP_WIDTH if wide_map else 105.0
    while True:
        pdf = _render(
            title,
            lang,
            svg,
            figures,
            table,
            method,
            caveats,
            sources,
            subtitle,
            day,
            rows,
            map_width,
            table_title,
            wide_map,
            legend,
            extra_tables,
        )
        if pdf.pages_count <= 1 or (rows == 0 and map_width <= 60):
            break
        if map_width > 75:
            map_width -= 15
        elif rows > 3:
            rows -= 3
        elif map_width > 60:
            map_width -= 15
        else:
            rows = 0
    return bytes(pdf.output())
