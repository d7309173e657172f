"""The deck page: list, rename, reorder and remove saved views; present them; share and export.

The deck comes from the session, or from the page's link (`deck=`) when one is opened; the page
writes the deck back into its link after every change, so the address bar always holds the deck.
Presentation state is in the link too (`present=1&slide=N`): a link can open straight on a view.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping

import streamlit as st

from atlas.common.web import auth
from atlas.common.web.layout import compact_style
from atlas.common.web.mapframe import show_map
from atlas.common.web.urlstate import write_link
from atlas.features.deck.analysis.codec import MAX_LINK_CHARS, deck_file, decode_link, encode_link, read_deck_file
from atlas.features.deck.analysis.model import Deck, DeckView, move, remove, rename
from atlas.features.deck.reports.deck_pdf import deck_pdf
from atlas.features.deck.reports.slides import Slide, build_slide, view_title
from atlas.features.deck.web.live import live_maps
from atlas.features.deck.web.present import (
    PRESENT_HEIGHT,
    big_legend_html,
    presentation_style,
    title_bar,
    uploader_style,
)
from atlas.features.deck.web.state import session_deck, set_session_deck
from atlas.foundation.i18n import t, tn
from atlas.layers.registry import data_stamp

LINK_SEEN = "deck_link_seen"  # the last `deck=` value read or written: a different one is a new link
FILE_SEEN = "deck_file_seen"


@st.cache_data(max_entries=64, show_spinner=False)
def _slide_for(view: DeckView, lang: str, stamp: tuple, role: str) -> Slide:
    return build_slide(view, lang, role)


def _slide(view: DeckView, lang: str) -> Slide:
    """The view's slide, rebuilt when an import or a revert changes the data (keyed on `data_stamp`)."""
    return _slide_for(view, lang, data_stamp(), auth.role())  # cached per role: shared by same-role sessions


@st.cache_data(max_entries=8, show_spinner=False)
def _pdf_for(link: str, lang: str, stamp: tuple, role: str) -> bytes:
    return deck_pdf(decode_link(link).deck, lang, role=role)


def _pdf(link: str, lang: str) -> bytes:
    return _pdf_for(link, lang, data_stamp(), auth.role())


def _token(view: DeckView, index: int) -> str:
    return f"{index}_{zlib.crc32(repr(view).encode()):08x}"


def _read_link() -> None:
    """Take the deck from the link when the link holds one this session has not seen yet."""
    param = st.query_params.get("deck")
    if not param or param == st.session_state.get(LINK_SEEN):
        return
    st.session_state[LINK_SEEN] = param
    decoded = decode_link(param)
    st.session_state["deck_notice"] = (decoded.refused, decoded.dropped)
    if decoded.refused is None:
        set_session_deck(decoded.deck)


def _notices(lang: str) -> None:
    refused, dropped = st.session_state.pop("deck_notice", (None, 0))
    if refused:
        st.warning(t(f"deck.refused.{refused}", lang), icon=":material/block:")
    if dropped:
        st.warning(tn("deck.dropped", dropped, lang), icon=":material/warning:")


# --- callbacks (run before the page is drawn again) -------------------------------------------


def _update(deck: Deck) -> None:
    set_session_deck(deck)


def _rename(index: int, key: str) -> None:
    _update(rename(session_deck(), index, st.session_state.get(key, "")))


def _present(slide: int | None) -> None:
    if slide is None:
        for key in ("present", "slide"):
            if key in st.query_params:
                del st.query_params[key]
    else:
        st.query_params["present"] = "1"
        st.query_params["slide"] = str(slide + 1)


# --- the two modes -------------------------------------------------------------------------------


def _presenting(deck: Deck, index: int, lang: str) -> None:
    """One view full screen: title bar with previous / next / leave, live map, large legend."""
    presentation_style()
    view = deck[index]
    slide = _slide(view, lang)
    head, prev_col, next_col, exit_col = st.columns([4.4, 1.7, 1.7, 1.5], vertical_alignment="center")
    with head:
        position = t("deck.present.position", lang, n=index + 1, total=len(deck))
        title_bar(view_title(view, lang), f"{position} · {slide.subtitle}")
    prev_col.button(
        t("deck.present.previous", lang),
        icon=":material/arrow_back:",
        on_click=_present,
        args=(max(0, index - 1),),
        disabled=index == 0,
        shortcut="PageUp",
        key="deck_prev",
        width="stretch",
    )
    next_col.button(
        t("deck.present.next", lang),
        icon=":material/arrow_forward:",
        on_click=_present,
        args=(min(len(deck) - 1, index + 1),),
        disabled=index == len(deck) - 1,
        shortcut="PageDown",
        key="deck_next",
        width="stretch",
        type="primary",
    )
    exit_col.button(
        t("deck.present.exit", lang),
        icon=":material/close:",
        on_click=_present,
        args=(None,),
        shortcut="Esc",
        key="deck_exit",
        width="stretch",
    )
    with st.container(key="deck_arrow_keys"):  # the arrow keys too (hidden by CSS; Page keys are shown)
        st.button("←", on_click=_present, args=(max(0, index - 1),), shortcut="Left", key="deck_left")
        st.button("→", on_click=_present, args=(min(len(deck) - 1, index + 1),), shortcut="Right", key="deck_right")
    left, right = st.columns([3.3, 1])
    with left:
        maps = live_maps(view, lang, auth.role())
        if not maps:
            st.info(t("deck.pdf.no_map", lang))
        for number, (column, m) in enumerate(zip(st.columns(len(maps) or 1), maps, strict=False)):
            with column:
                key = f"deck_map_{_token(view, index)}_{number}"
                show_map(m, key=key, height=PRESENT_HEIGHT, returned_objects=())
    with right:
        st.html(
            big_legend_html(
                t("map.legend", lang), slide.legend, t("brief.figures", lang), slide.figures, slide.warnings
            )
        )


def _view_row(deck: Deck, index: int, lang: str, page_files: Mapping[str, str]) -> None:
    view = deck[index]
    token = _token(view, index)
    with st.container(border=True, key=f"deck_view_{index}"):
        number, title, where, up, down, drop = st.columns([0.3, 4, 1.9, 1.3, 1.5, 1.3], vertical_alignment="bottom")
        number.markdown(f"**{index + 1}**")
        key = f"deck_title_{token}"
        title.text_input(
            t("deck.view.label", lang, n=index + 1, page=t(f"page.{view.page}", lang)),
            value=view.title,
            max_chars=80,
            key=key,
            on_change=_rename,
            args=(index, key),
            placeholder=t(f"page.{view.page}", lang),
        )
        where.page_link(
            page_files[view.page],
            label=t("deck.open", lang),
            icon=":material/open_in_new:",
            query_params={**view.params(), "lang": lang},
        )
        up.button(
            t("deck.up", lang),
            icon=":material/arrow_upward:",
            key=f"deck_up_{index}",
            width="stretch",
            disabled=index == 0,
            on_click=lambda i=index: _update(move(session_deck(), i, -1)),
        )
        down.button(
            t("deck.down", lang),
            icon=":material/arrow_downward:",
            key=f"deck_down_{index}",
            width="stretch",
            disabled=index == len(deck) - 1,
            on_click=lambda i=index: _update(move(session_deck(), i, 1)),
        )
        drop.button(
            t("deck.remove", lang),
            icon=":material/delete:",
            key=f"deck_remove_{index}",
            width="stretch",
            on_click=lambda i=index: _update(remove(session_deck(), i)),
        )


def _listing(deck: Deck, lang: str, page_files: Mapping[str, str]) -> None:
    compact_style()
    st.title(t("page.deck", lang))
    st.caption(t("deck.intro", lang))
    _notices(lang)
    if not deck:
        st.info(t("deck.empty", lang), icon=":material/info:")
    else:
        link = encode_link(deck)
        present, pdf, json_file = st.columns(3)
        present.button(
            t("deck.present", lang),
            icon=":material/slideshow:",
            help=t("deck.present.help", lang),
            on_click=_present,
            args=(0,),
            type="primary",
            key="deck_present",
            width="stretch",
        )
        pdf.download_button(
            t("deck.download.pdf", lang),
            data=lambda: _pdf(link, lang),
            file_name=f"atlas-kedougou-deck-{lang}.pdf",
            mime="application/pdf",
            icon=":material/picture_as_pdf:",
            key="deck_pdf",
            on_click="ignore",
            width="stretch",
        )
        json_file.download_button(
            t("deck.download.file", lang),
            data=deck_file(deck),
            file_name="atlas-kedougou-deck.json",
            mime="application/json",
            icon=":material/download:",
            key="deck_json",
            on_click="ignore",
            width="stretch",
        )
        if len(link) <= MAX_LINK_CHARS:
            st.caption(t("deck.share.link", lang))
        else:  # the link would be refused when opened: the file is the way to share this deck
            st.warning(t("deck.share.too_long", lang), icon=":material/link_off:")
        for index in range(len(deck)):
            _view_row(deck, index, lang, page_files)
    with st.expander(t("deck.upload", lang), expanded=not deck), st.container(key="deck_upload_box"):
        st.html(uploader_style(lang))
        upload = st.file_uploader(t("deck.upload", lang), key="deck_upload", label_visibility="collapsed")
        if upload is not None and st.session_state.get(FILE_SEEN) != upload.file_id:
            st.session_state[FILE_SEEN] = upload.file_id
            decoded = read_deck_file(upload.getvalue())
            if decoded.refused:
                st.error(t(f"deck.refused.{decoded.refused}", lang), icon=":material/block:")
            else:
                set_session_deck(decoded.deck)
                st.session_state["deck_notice"] = (None, decoded.dropped)
                st.rerun()
    if deck:
        st.button(t("deck.clear", lang), icon=":material/delete_sweep:", key="deck_clear", on_click=lambda: _update(()))


def deck_page(lang: str, page_files: Mapping[str, str]) -> None:
    """Draw the deck page. `page_files` maps a deck page name to its app page file (for "open")."""
    _read_link()
    deck = session_deck()
    slide = _slide_index(st.query_params.get("slide"), len(deck))
    presenting = st.query_params.get("present") == "1" and bool(deck)
    if presenting:
        _presenting(deck, slide, lang)
    else:
        _listing(deck, lang, page_files)
    deck = session_deck()  # a callback or an upload may have changed it
    link = encode_link(deck)
    if len(link) > MAX_LINK_CHARS:
        link = ""
    wanted = {"deck": link} if link else {}
    if presenting:
        wanted.update(present="1", slide=str(slide + 1))
    write_link(st.query_params, wanted)
    st.session_state[LINK_SEEN] = link


def _slide_index(text: object, count: int) -> int:
    try:
        value = int(str(text)) - 1
    except ValueError:
        value = 0
    return min(max(0, value), max(0, count - 1))
