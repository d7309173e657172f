"""md_escape: a value shows as typed in Streamlit's Markdown (issue 10).

Rendered with markdown-it (CommonMark, what Streamlit's renderer follows for the core syntax): the
escaped payload yields text only — no image, link, HTML, emphasis or code — and the same characters.
Streamlit's own extras (colours, icons, emoji, autolinks) are checked on the source: their patterns
no longer match.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from atlas.foundation.html_safe import md_escape
from tests.helpers.injection import PAYLOAD, unescaped

JOINER = "\u2060"
MD = MarkdownIt("commonmark").enable(["strikethrough", "table"])
CASES = [
    PAYLOAD,
    "**gras** _italique_ `code` ~~barré~~",
    "# Titre",
    "> citation",
    "- item",
    "1. item",
    "3) item",
    "<b>html</b> &amp; &#60;",
    "[ref]: http://evil.example",
    "a | b",
    "ligne 1\nligne 2\r\n\n# titre",
    "contact@evil.example",
]


@pytest.mark.parametrize("text", CASES)
def test_escaped_text_renders_as_plain_text(text):
    escaped = md_escape(text)
    tokens = MD.parse(escaped)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]  # one paragraph
    assert {child.type for child in tokens[1].children or []} <= {"text"}  # only text: no link, image, HTML…
    assert not unescaped(escaped)
    assert "\n" not in escaped  # one line: no block structure can start inside it
    # what a reader sees: backslash escapes resolved, joiners invisible, line breaks as spaces
    seen = re.sub(r"\\(.)", r"\1", escaped).replace(JOINER, "")
    assert seen == re.sub(r"\s*[\r\n]+\s*", " ", text)


def test_streamlit_extras_no_longer_match():
    escaped = md_escape(":red[alerte] :material/home: :smile: http://evil.example www.evil.example a@b.sn $x$")
    source = escaped.replace("\\", "")  # the text Streamlit's plugins search, after escapes are resolved
    assert not re.search(r":[a-z]+\[", source)  # colour directive
    assert not re.search(r":material/\w+:", source)
    assert not re.search(r":\w+:", source)  # emoji shortcode
    assert not re.search(r"https?://", source) and not re.search(r"www\.", source)  # autolinks
    assert not re.search(r"[\w.+-]+@[\w-]+\.", source)  # e-mail autolink
    assert "\\$x\\$" in escaped  # LaTeX


def test_numbers_and_plain_words_stay_readable():
    assert md_escape("Kédougou") == "Kédougou" and md_escape("0.3") == "0.3" and md_escape(3.5) == "3.5"
    assert md_escape(None) == "" and md_escape(float("nan")) == ""
    assert md_escape(["a", "b"]) == "a, b"
