"""One URL-state protocol for every page: a link is the view, and a link is user input.

Each feature keeps its view in a frozen `<Feature>Link` dataclass (`MapLink`, `RiskLink`,
`OutreachLink`, `CsrLink`) that parses query parameters defensively (`from_query`) and writes
only what differs from the defaults (`to_query`). Pages read the language and write the link back
through the two helpers here, so a copied address reopens the same view in a meeting.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Protocol

from atlas.foundation.i18n import normalise_language


class Link(Protocol):
    """What a page's view state offers: the query parameters that reopen it."""

    def to_query(self) -> dict[str, str]: ...


def get_language() -> str:
    """The language of this run: URL `lang`, then the session's choice, then French."""
    import streamlit as st

    lang = st.query_params.get("lang") or st.session_state.get("lang")
    return normalise_language(lang)


def write_link(params: MutableMapping[str, str], wanted: Mapping[str, str]) -> None:
    """Make the URL (`st.query_params`) say exactly `wanted`, plus the language, so a copied link reopens
    this view. Keys another page left behind are dropped; unchanged keys are not rewritten (each
    write is a message to the browser)."""
    keep = {"lang", *wanted}
    for key in [k for k in params if k not in keep]:
        del params[key]
    for key, value in wanted.items():
        if params.get(key) != value:
            params[key] = value
