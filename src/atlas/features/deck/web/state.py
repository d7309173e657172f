"""The deck of this browser session (st.session_state), and the "add this view" control of every page.

Nothing is written on the server: the deck lives in the session, and the deck page also writes it
into its own link (`deck=`), which is how it is shared.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from atlas.features.deck.analysis.model import MAX_VIEWS, Deck, add, is_full, make_view
from atlas.foundation.i18n import t, tn

DECK_KEY = "atlas_deck"


def session_deck() -> Deck:
    return st.session_state.get(DECK_KEY, ())


def set_session_deck(deck: Deck) -> None:
    st.session_state[DECK_KEY] = deck


def add_view_control(page: str, query: Mapping[str, str], default_title: str, lang: str, container=None) -> None:
    """A popover "Add to the deck": a title (prefilled) and a button that saves the page's link.

    `query` is the page's `<Feature>Link.to_query()`; it is validated like any link (`make_view`).
    """
    where = container if container is not None else st.sidebar
    deck = session_deck()
    with where.popover(t("deck.add", lang), icon=":material/playlist_add:", width="stretch"):
        title = st.text_input(
            t("deck.add.title", lang), value=default_title, max_chars=80, key=f"deck_add_title_{page}"
        )
        if is_full(deck):
            st.caption(t("deck.full", lang, n=MAX_VIEWS))
        clicked = st.button(
            t("deck.add.button", lang),
            key=f"deck_add_{page}",
            help=t("deck.add.help", lang),
            disabled=is_full(deck),
            type="primary",
        )
        if clicked:
            view = make_view(page, title, query)
            if view is not None:
                deck = add(deck, view)
                set_session_deck(deck)
                st.toast(tn("deck.added", len(deck), lang), icon=":material/playlist_add_check:")
        st.caption(tn("deck.count", len(deck), lang))
