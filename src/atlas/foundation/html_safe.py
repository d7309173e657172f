"""Escaping for anything that goes into a Leaflet popup, tooltip, raw HTML block or Markdown.

folium does not escape: `Tooltip(str)` is a JS template literal (so `${…}` runs), `GeoJsonTooltip`
writes values as HTML and `</script>` breaks out of the page script. html.escape alone leaves the
backtick, dollar and backslash, which matter inside template literals.
"""

from __future__ import annotations

import html
import math
import re

_EXTRA = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})


def escape(value: object) -> str:
    """Text safe inside HTML, attribute values and JS template literals. None/NaN become ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return html.escape(str(value), quote=True).translate(_EXTRA)


# --- Markdown -----------------------------------------------------------------------------------
# Streamlit renders Markdown in st.markdown, st.caption, st.info/warning/error/success, st.toast,
# widget labels and help texts, with extras: `:red[…]` colours, `:material/…:` icons, emoji
# shortcodes, `$…$` LaTeX, and GFM autolinks (`http://…`, `www.…`, `a@b.c`). A value from a link, a
# file or a person that reaches one of those calls must show as the characters typed: an image
# `![](http://host/x.png)` would be fetched (breaking the offline promise, telling a third party who
# looked), a link or a red "alert" would speak with the app's voice.
#
# CommonMark lets any ASCII punctuation be backslash-escaped, which disarms every syntax that starts
# with punctuation. Autolinks, icons and emoji shortcodes are found by Streamlit's renderer in the
# text *after* escapes are resolved, so a WORD JOINER (U+2060, invisible, zero width) is put after
# every ":" and "@" and inside "www." — the patterns no longer match, the reader sees the same text.
_MD_PUNCTUATION = frozenset("\\`*_{}[]<>#+-!|~:$&@")
_ORDERED_LIST = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")  # "1. …" or "1) …" at the start would be a list
_JOINER = "\u2060"
_WWW = re.compile(r"(?i)(www)(?=\.)")
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x0b\x0c\x85]+\s*")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def md_escape(value: object) -> str:
    """`value` as Markdown that Streamlit shows literally, on one line. None/NaN become ''.

    For text (a name, a file name, a link's value, a message built from data); a template of the
    catalogs that carries its own Markdown keeps it and gets only its values escaped.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    text = _WWW.sub(lambda m: m.group(1) + _JOINER, _LINE_BREAKS.sub(" ", _CONTROLS.sub("", str(value))))
    # a placeholder for the list marker ("\x00" for ".", "\x01" for ")"), escaped below
    text = _ORDERED_LIST.sub(lambda m: m.group(1) + ("\x00" if m.group(2) == "." else "\x01"), text)
    out = []
    for char in text:
        if char in "\x00\x01":
            out.append("\\." if char == "\x00" else "\\)")
        elif char in _MD_PUNCTUATION:
            out.append("\\" + char)
            if char in ":@":
                out.append(_JOINER)
        else:
            out.append(char)
    return "".join(out)
