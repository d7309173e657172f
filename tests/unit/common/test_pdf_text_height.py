"""`text_height` measures a wrapped paragraph without drawing it (the brief's figure list relies on it)."""

from __future__ import annotations

import pytest

from atlas.common.reports.pdf import FONT_FAMILY, new_pdf, text_height


def test_text_height_grows_with_wrapped_lines_and_draws_nothing() -> None:
    pdf = new_pdf("test", "fr")
    pdf.set_font(FONT_FAMILY, "", 7.5)
    y_before = pdf.get_y()
    one_line = text_height(pdf, 60, 3.6, "Kédougou")
    three_lines = text_height(pdf, 60, 3.6, " ".join(["Saraya, Salémata et Kédougou"] * 5))
    assert one_line == pytest.approx(3.6)
    assert three_lines > 2 * one_line
    assert pdf.get_y() == y_before  # a dry run moves nothing
