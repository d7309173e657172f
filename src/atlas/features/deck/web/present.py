"""Presentation mode: full-screen map, large legend, no side panel, big buttons with keyboard keys.

Used by the map page (`present=1` in its link) and by the deck page (one view at a time). The side
panel and Streamlit's header are hidden with CSS; Esc leaves, Page Down / Page Up (what presenter
clickers send) and the arrow keys move between deck views (Streamlit button shortcuts).
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from atlas.common.web.builtin_texts import css_string
from atlas.common.web.layout import presentation_style, title_bar

__all__ = ["PRESENT_HEIGHT", "big_legend_html", "presentation_style", "title_bar", "uploader_style"]
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import t

PRESENT_HEIGHT = 600  # px: the map fills a 1366×768 projector under the one-line title bar


def big_legend_html(
    heading: str,
    legend: Sequence[tuple[str, str]],
    figures_heading: str = "",
    figures: Sequence[tuple[str, str]] = (),
    warnings: Sequence[str] = (),
) -> str:
    """Legend rows (large swatches), key figures and warnings as escaped HTML for st.html."""
    rows = [f"<div class='atlas-big-legend'><div class='legend-title'>{escape(heading)}</div>"]
    for colour, label in legend:
        css = "class" if label.startswith("   ") else "row"
        rows.append(
            f"<div class='{css}'><span class='swatch' style='background:{escape(_safe_colour(colour))}'></span>"
            f"{escape(label.strip())}</div>"
        )
    rows[1:1] = [f"<div class='warn'>⚠ {escape(w)}</div>" for w in warnings]
    if figures:
        rows.append(f"<div class='legend-title' style='margin-top:0.6rem'>{escape(figures_heading)}</div>")
        rows.extend(
            f"<div class='figure'><span>{escape(label)}</span><b>{escape(value)}</b></div>" for label, value in figures
        )
    rows.append("</div>")
    return "".join(rows)


def uploader_style(lang: str) -> str:
    """The deck uploader's instructions (the app-wide ones describe layer files, not deck files)."""
    selector = ".st-key-deck_upload_box [data-testid='stFileUploaderDropzoneInstructions'] span::after"
    return f"<style>{selector}{{content:{css_string(t('deck.upload.instructions', lang))}}}</style>"


def _safe_colour(colour: str) -> str:
    text = str(colour)
    hex_digits = text[1:]
    ok = text.startswith("#") and len(hex_digits) in (3, 6) and all(c in string.hexdigits for c in hex_digits)
    return text if ok else "#999999"
