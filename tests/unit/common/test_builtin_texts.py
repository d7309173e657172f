"""Streamlit's built-in texts, replaced: in the page language, and safe inside CSS."""

from __future__ import annotations

from atlas.common.web.builtin_texts import builtin_texts_style, css_string


def test_the_uploader_speaks_the_page_language():
    french, english = builtin_texts_style("fr"), builtin_texts_style("en")
    assert '"Choisir un fichier"' in french and "50 Mo max." in french and "Choose" not in french
    assert '"Choose a file"' in english and "50 MB max" in english


def test_text_cannot_break_out_of_the_css_string_or_the_style_element():
    hostile = 'a"} body{display:none} x{content:"\\</style><script>'
    quoted = css_string(hostile)
    assert quoted.startswith('"') and quoted.endswith('"')
    inner = quoted[1:-1]
    assert '"' not in inner.replace('\\"', "")  # every quote inside is escaped
    assert "<" not in inner  # no '</style>' can close the element
