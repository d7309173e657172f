"""Hostile text for injection tests: Markdown and HTML that would fetch, link or fake an alert if rendered.

`PAYLOAD` is the issue's example plus the other Streamlit Markdown features (HTML, autolinks, icons,
emoji, LaTeX) and a spreadsheet formula; `unescaped(text)` lists the markup that would still be live
in a Markdown source (a token whose first character is not backslash-escaped).
"""

from __future__ import annotations

import re

HOST = "evil.example"
PAYLOAD = (
    f"![t](http://{HOST}/x.png) [Mise à jour urgente](http://{HOST}/login) :red[**Données compromises**] "
    f"<img src=http://{HOST}/y.png><script>alert(1)</script> http://{HOST}/auto www.{HOST} :material/warning: "
    ':skull: $x^2$ =HYPERLINK("http://evil.example")'
)
# what would be live markup in a Markdown source: an image or link, a colour directive, raw HTML,
# an autolink (Streamlit links bare URLs found in the text), an icon
_LIVE = [
    re.compile(r"(?<!\\)!\["),
    re.compile(r"(?<!\\)\]\(http"),
    re.compile(r"(?<!\\):red\["),
    re.compile(r"(?<!\\)<img", re.I),
    re.compile(r"(?<!\\)<script", re.I),
    re.compile(r"https?://" + re.escape(HOST)),  # an escaped colon carries a word joiner after it
    re.compile(r"www\." + re.escape(HOST)),
    re.compile(r"(?<!\\):material/"),
    re.compile(r"(?<!\\)\$x"),
]


def unescaped(text: str) -> list[str]:
    """The live markup patterns found in `text` (empty when it shows as typed)."""
    return [pattern.pattern for pattern in _LIVE if pattern.search(text)]
