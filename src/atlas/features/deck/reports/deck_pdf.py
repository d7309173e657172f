"""The deck as one PDF: one landscape A4 page per view, to project or hand out after a meeting.

Each page: the view's title and what it shows, a boxed warning when the view holds synthetic data
(or another caveat the page states), the map as vectors on the left, a large legend and the key
figures on the right, the sources across the bottom and a footer naming the deck page. Pages never
spill: the map is scaled to the room left, long lists are cut with "…" (the page and the one-page
brief of each view hold the rest).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from fpdf import FPDF
from fpdf.util import Padding

from atlas.common.reports.pdf import FONT_FAMILY, embed_svg, new_pdf, text_height
from atlas.features.deck.analysis.model import Deck
from atlas.features.deck.reports.slides import Slide, build_slide
from atlas.foundation.i18n import normalise_language, t

MARGIN = 12.0
SIDE_WIDTH = 82.0  # legend and figures column, mm
GAP = 6.0
MAX_LEGEND_ROWS = 16
MAX_FIGURE_ROWS = 10
WARN_FILL, WARN_BORDER, WARN_TEXT = (255, 243, 205), (183, 121, 31), (122, 75, 0)
_SIZE = re.compile(r'<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"')


class _DeckPdf(FPDF):
    """Footer on every page: printed slides get shuffled, so each says which deck page it is."""

    footer_text = ""
    footer_lang = "fr"

    def footer(self) -> None:
        self.set_y(-9)
        self.set_font(FONT_FAMILY, "", 7)
        self.set_text_color(90)
        self.cell(0, 4, f"{self.footer_text} · {t('deck.pdf.page', self.footer_lang, n=self.page_no())}", align="C")
        self.set_text_color(0)


def _svg_size(svg: str) -> tuple[float, float]:
    match = _SIZE.search(svg)
    return (float(match.group(1)), float(match.group(2))) if match else (4.0, 3.0)


def _title(pdf: FPDF, slide: Slide, date: str, lang: str) -> None:
    pdf.set_font(FONT_FAMILY, "B", 18)
    pdf.multi_cell(0, 8, slide.title, new_x="LMARGIN", new_y="NEXT", max_line_height=8)
    pdf.set_font(FONT_FAMILY, "", 9.5)
    pdf.set_text_color(70)
    pdf.cell(0, 5, f"{slide.subtitle} · {t('common.date_line', lang, date=date)}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(1)


def _warnings(pdf: FPDF, warnings: Sequence[str]) -> None:
    if not warnings:
        return
    pdf.set_fill_color(*WARN_FILL)
    pdf.set_draw_color(*WARN_BORDER)
    pdf.set_text_color(*WARN_TEXT)
    pdf.set_font(FONT_FAMILY, "B", 9)
    text = "\n".join(f"⚠ {w}" for w in warnings[:3])
    pdf.multi_cell(0, 4.2, text, border=1, fill=True, padding=Padding.new(1.2), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_draw_color(0)
    pdf.ln(1.5)


def _side(pdf: FPDF, slide: Slide, x: float, y: float, bottom: float, lang: str) -> None:
    """Legend (large swatches and text, readable from the back of a room), then the key figures."""
    pdf.set_xy(x, y)
    pdf.set_font(FONT_FAMILY, "B", 12)
    pdf.cell(SIDE_WIDTH, 6.5, t("map.legend", lang), new_x="LEFT", new_y="NEXT")
    legend = list(slide.legend)
    if len(legend) > MAX_LEGEND_ROWS:
        legend = [*legend[: MAX_LEGEND_ROWS - 1], ("#ffffff", "…")]
    for colour, label in legend:
        if pdf.get_y() > bottom - 30:
            break
        row = pdf.get_y()
        indent = 4.0 if label.startswith("   ") else 0.0
        pdf.set_fill_color(*_rgb(colour))
        pdf.rect(x + indent, row + 0.8, 4.2, 4.2, style="DF")
        pdf.set_xy(x + indent + 6, row)
        pdf.set_font(FONT_FAMILY, "", 10)
        pdf.multi_cell(SIDE_WIDTH - indent - 6, 5.6, label.strip(), new_x="LEFT", new_y="NEXT", max_line_height=5)
        pdf.set_x(x)
    if not slide.figures:
        return
    pdf.ln(2)
    pdf.set_x(x)
    pdf.set_font(FONT_FAMILY, "B", 12)
    pdf.cell(SIDE_WIDTH, 6.5, t("brief.figures", lang), new_x="LEFT", new_y="NEXT")
    for label, value in slide.figures[:MAX_FIGURE_ROWS]:
        if pdf.get_y() > bottom - 6:
            break
        pdf.set_x(x)
        pdf.set_font(FONT_FAMILY, "", 9)
        pdf.multi_cell(SIDE_WIDTH * 0.58, 4.4, label, new_x="RIGHT", new_y="TOP", max_line_height=4.4)
        height = text_height(pdf, SIDE_WIDTH * 0.58, 4.4, label)
        top = pdf.get_y()
        pdf.set_font(FONT_FAMILY, "B", 9)
        pdf.multi_cell(SIDE_WIDTH * 0.42, 4.4, value, new_x="LEFT", new_y="NEXT", align="R")
        pdf.set_y(max(top + height, pdf.get_y()) + 0.5)


def _rgb(colour: str) -> tuple[int, int, int]:
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    except ValueError:
        return 153, 153, 153


def _page(pdf: FPDF, slide: Slide, date: str, lang: str) -> None:
    _title(pdf, slide, date, lang)
    _warnings(pdf, slide.warnings)
    top = pdf.get_y()
    sources = t("common.label_value", lang, label=t("brief.sources", lang), value=" · ".join(slide.sources))
    pdf.set_font(FONT_FAMILY, "", 6.8)
    width = pdf.w - 2 * MARGIN
    sources_height = min(text_height(pdf, width, 3.1, sources), 16.0)
    bottom = pdf.h - 11 - sources_height
    map_width = width - SIDE_WIDTH - GAP
    if slide.svg:
        w, h = _svg_size(slide.svg)
        room = bottom - top - 2
        draw_width = min(map_width, room * w / h)
        embed_svg(pdf, slide.svg, MARGIN, top, draw_width)
    else:
        pdf.set_xy(MARGIN, top + 10)
        pdf.set_font(FONT_FAMILY, "", 12)
        pdf.multi_cell(map_width, 6, t("deck.pdf.no_map", lang))
    _side(pdf, slide, MARGIN + map_width + GAP, top, bottom, lang)
    pdf.set_xy(MARGIN, bottom + 1)
    pdf.set_font(FONT_FAMILY, "", 6.8)
    lines = pdf.multi_cell(width, 3.1, sources, dry_run=True, output="LINES")
    if not isinstance(lines, list):  # fpdf2 types the dry run as the union of every output mode
        lines = [sources]
    pdf.multi_cell(width, 3.1, "\n".join(lines[:5]) + ("…" if len(lines) > 5 else ""))


def deck_pdf(
    deck: Deck, lang: str, date: dt.date | None = None, slides: Sequence[Slide] | None = None, role: str = "viewer"
) -> bytes:
    """The deck as PDF bytes in `lang`: exactly one landscape A4 page per view."""
    lang = normalise_language(lang)
    day = (date or dt.date.today()).isoformat()
    built = list(slides) if slides is not None else [build_slide(view, lang, role) for view in deck]
    if not built:
        raise ValueError("an empty deck has no page to print")
    title = t("deck.pdf.title", lang)
    pdf = new_pdf(title, lang, pdf_class=_DeckPdf, landscape=True)
    pdf.set_auto_page_break(False)
    pdf.footer_text, pdf.footer_lang = f"{title} · {day}", lang
    for number, slide in enumerate(built):
        if number:
            pdf.add_page()
        _page(pdf, slide, day, lang)
    return bytes(pdf.output())
