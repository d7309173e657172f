"""Streamlit's own English widget texts, replaced by ours or hidden, in every page.

`st.file_uploader` draws its own "Upload" button and "200MB per file • GEOJSON…" line, and text
inputs show "Press Enter to apply/submit form" while one types, with no parameter to change them.
The atlas promises every visible string in both languages, so atlas/app/main.py injects a small stylesheet
that hides those texts and shows ours in their place (screen readers still hear the widgets'
accessible names, which are the labels we pass, already translated).
"""

from __future__ import annotations

from atlas.foundation.i18n import t
from atlas.layers.validate import MAX_FILE_BYTES

BUTTON = "[data-testid='stFileUploaderDropzone'] button [data-testid='stMarkdownContainer'] p"
INSTRUCTIONS = "[data-testid='stFileUploaderDropzoneInstructions'] span"
TYPING_HINT = "[data-testid='InputInstructions']"
SELECT_ALL = "[role='option'][data-key='__select_all__'] [data-item-hl]"  # the multiselect's "Select all"


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: backslashes, quotes and line breaks escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("<", "\\3C ")
    return f'"{escaped}"'


def builtin_texts_style(lang: str, limit_mb: int = MAX_FILE_BYTES // 2**20) -> str:
    """A <style> block that swaps Streamlit's English texts for the page language's, or hides them."""
    rules = [f"{TYPING_HINT}{{display:none}}"]
    for selector, text in (
        (BUTTON, t("upload.button", lang)),
        (INSTRUCTIONS, t("upload.instructions", lang, limit=limit_mb)),
        (SELECT_ALL, t("multiselect.select_all", lang)),
    ):
        rules.append(
            # hidden (not only shrunk), so the English words are not in the page's text either
            f"{selector}{{font-size:0;visibility:hidden}}"
            f"{selector}::after{{content:{css_string(text)};font-size:14px;line-height:22.4px;visibility:visible}}"
        )
    return "<style>" + "".join(rules) + "</style>"
