"""The set-up every atlas PDF shares: A4, margins, the embedded DejaVu fonts, metadata, text blocks.

Why shared: the one-page brief (`brief.py`) and the outreach itinerary (`routing/itinerary_pdf.py`)
must print accents and signs ("é", "≤", "→") the same way, and fpdf2's core fonts are latin-1 only,
so both embed the bundled DejaVu Sans (static/fonts). Keeping that in one place means a font fix or a
metadata change reaches every PDF at once.
"""

from __future__ import annotations

import io
from typing import TypeVar, overload

from fpdf import FPDF

from atlas.foundation.config import STATIC_DIR

FONT_DIR = STATIC_DIR / "fonts"
FONT_FAMILY = "DejaVu Sans"  # the SVG maps ask for this family name, so their labels use it too
CREATOR = "Kédougou Atlas"

PdfT = TypeVar("PdfT", bound=FPDF)


@overload
def new_pdf(title: str, lang: str, *, bottom_margin: float = ..., landscape: bool = ...) -> FPDF: ...
@overload
def new_pdf(
    title: str, lang: str, pdf_class: type[PdfT], bottom_margin: float = ..., landscape: bool = ...
) -> PdfT: ...
def new_pdf(
    title: str, lang: str, pdf_class: type[FPDF] = FPDF, bottom_margin: float = 10.0, landscape: bool = False
) -> FPDF:
    """An A4 document (portrait, or `landscape` for slides) with the DejaVu fonts, its title/language
    metadata and a first page.

    `pdf_class` lets a caller add a page footer (fpdf2 draws it from an overridden `footer()`);
    `bottom_margin` leaves it room, since the automatic page break happens at that margin.
    """
    pdf = pdf_class(orientation="L" if landscape else "P", unit="mm", format="A4")
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(auto=True, margin=bottom_margin)
    pdf.add_font(FONT_FAMILY, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT_FAMILY, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_lang(lang)
    pdf.set_title(title)
    pdf.set_creator(CREATOR)
    pdf.add_page()
    return pdf


def heading(pdf: FPDF, text: str, size: float = 9.5, height: float = 5.5) -> None:
    """A bold one-line section heading, then back to the left margin."""
    pdf.set_font(FONT_FAMILY, "B", size)
    pdf.cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def body(pdf: FPDF, text: str, size: float = 7.5) -> None:
    """A wrapped paragraph across the page width; the line height follows the font size."""
    pdf.set_font(FONT_FAMILY, "", size)
    pdf.multi_cell(0, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")


def text_height(pdf: FPDF, width: float, line_height: float, text: str) -> float:
    """Height (mm) `text` would take in a left-aligned multi_cell of `width`, without drawing it.

    fpdf2 types the dry run's result as the union of every `output` mode, so the one mode asked for
    (HEIGHT, a number) is checked here rather than at each caller.
    """
    height = pdf.multi_cell(width, line_height, text, align="L", dry_run=True, output="HEIGHT")
    if not isinstance(height, (int, float)):
        raise TypeError(f"fpdf2 returned {type(height).__name__} for a HEIGHT dry run")
    return float(height)


def embed_svg(pdf: FPDF, svg: str, x: float, y: float, width: float) -> float:
    """Draw `svg` as vectors at (x, y), `width` mm wide; returns the height it took (mm)."""
    image = pdf.image(io.BytesIO(svg.encode("utf-8")), x=x, y=y, w=width)
    return float(image.rendered_height)
