"""The deck page and the add-to-deck control, run by Streamlit's AppTest in French and English."""

from __future__ import annotations

import base64
import json
import zlib

import pytest

from atlas.features.deck.analysis.codec import decode_link, encode_link
from atlas.features.deck.analysis.model import add, make_view
from atlas.features.deck.web.state import DECK_KEY
from atlas.foundation.i18n import t, tn

DECK_PAGE = "app_pages/deck.py"


def _deck():
    deck = ()
    for view in (
        make_view("map", "Sites miniers — Saraya", {"dept": "Saraya", "layers": "departments,mining_sites"}),
        make_view("risk", "Incidents <b>2025</b>", {}),
        make_view("csr", "Sabodala", {"concession": "Sabodala"}),
    ):
        deck = add(deck, view)
    return deck


def _titles(at) -> list[str]:
    return [box.value for box in at.text_input if box.key and box.key.startswith("deck_title_")]


def _link_deck(at, query_param):
    return decode_link(query_param(at, "deck") or "").deck


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deck_link_opens_the_listed_views_in_the_page_language(lang, open_page, query_param):
    at = open_page(DECK_PAGE, lang, deck=encode_link(_deck()))
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("page.deck", lang)
    assert _titles(at) == ["Sites miniers — Saraya", "Incidents <b>2025</b>", "Sabodala"]
    labels = [box.label for box in at.text_input if box.key.startswith("deck_title_")]
    assert labels[1] == t("deck.view.label", lang, n=2, page=t("page.risk", lang))
    assert at.session_state[DECK_KEY] == _deck()
    assert _link_deck(at, query_param) == _deck()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reorder_rename_and_remove_update_the_session_and_the_link(lang, open_page, query_param):
    at = open_page(DECK_PAGE, lang, deck=encode_link(_deck()))
    at.button(key="deck_down_0").click().run()
    assert _titles(at) == ["Incidents <b>2025</b>", "Sites miniers — Saraya", "Sabodala"]
    assert [v.title for v in _link_deck(at, query_param)] == _titles(at)
    title_key = next(box.key for box in at.text_input if box.key.startswith("deck_title_2_"))
    at.text_input(key=title_key).input("Sabodala — zone de 15 km").run()
    assert _titles(at)[2] == "Sabodala — zone de 15 km"
    at.button(key="deck_remove_0").click().run()
    assert _titles(at) == ["Sites miniers — Saraya", "Sabodala — zone de 15 km"]
    assert [v.title for v in _link_deck(at, query_param)] == _titles(at)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hostile_link_is_refused_in_words_and_bad_views_are_counted(lang, open_page, query_param):
    at = open_page(DECK_PAGE, lang, deck="1." + "A" * 7000)
    assert not at.exception
    assert t("deck.refused.too_long", lang) in [w.value for w in at.warning]
    assert _titles(at) == []
    raw = json.dumps([["map", "ok", {"dept": "Saraya"}], ["admin", "x", {}], ["risk", "y", {"sql": "1;drop"}]])
    hostile = "1." + base64.urlsafe_b64encode(zlib.compress(raw.encode())).decode().rstrip("=")
    at = open_page(DECK_PAGE, lang, deck=hostile)
    assert _titles(at) == ["ok", "y"]
    assert tn("deck.dropped", 1, lang) in [w.value for w in at.warning]
    assert at.session_state[DECK_KEY][1].query == ()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_presenting_moves_between_views_and_leaves(lang, open_page, query_param):
    at = open_page(DECK_PAGE, lang, deck=encode_link(_deck()))
    at.button(key="deck_present").click().run()
    assert query_param(at, "present") == "1" and query_param(at, "slide") == "1"
    assert not at.exception, [e.value for e in at.exception]
    assert at.button(key="deck_prev").disabled
    at.button(key="deck_next").click().run()
    assert query_param(at, "slide") == "2"
    assert any(t("deck.present.position", lang, n=2, total=3) in h.value for h in at.get("html"))
    at.button(key="deck_exit").click().run()
    assert query_param(at, "present") is None
    assert _titles(at)  # back to the list


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_add_control_saves_the_pages_link(lang, open_page, query_param):
    at = open_page("app_pages/map.py", lang, dept="Saraya", layers="departments,mining_sites")
    assert at.text_input(key="deck_add_title_map").value == f"{t('page.map', lang)} — Saraya"
    at.text_input(key="deck_add_title_map").input("Saraya : sites").run()
    at.button(key="deck_add_map").click().run()
    deck = at.session_state[DECK_KEY]
    assert len(deck) == 1 and deck[0].page == "map" and deck[0].title == "Saraya : sites"
    assert deck[0].params()["dept"] == "Saraya" and deck[0].params()["layers"] == "departments,mining_sites"
    at.switch_page(DECK_PAGE).run()
    assert _titles(at) == ["Saraya : sites"]
    assert _link_deck(at, query_param) == deck


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deck_too_large_for_a_link_says_to_share_the_file(lang, open_page, query_param):
    import secrets

    big = ()
    for i in range(20):  # random stop ids do not compress: about 20 KB once encoded
        big = add(big, make_view("outreach", f"Tournée {i}", {"stops": secrets.token_urlsafe(800)[:1000]}))
    at = open_page(DECK_PAGE, lang)
    at.session_state[DECK_KEY] = big
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(_titles(at)) == 20
    assert t("deck.share.too_long", lang) in [w.value for w in at.warning]
    assert query_param(at, "deck") is None  # a link that would be refused is never written


def _maps(at) -> int:
    """How many st_folium maps the run drew (iterating a block walks every element inside it)."""
    components = [node for node in at.main if getattr(node, "type", None) == "component_instance"]
    return sum("st_folium" in node.proto.component_name for node in components)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_presented_risk_comparison_shows_both_periods(lang, open_page, query_param):
    from atlas.features.risk.analysis.api import latest_release
    from atlas.features.risk.analysis.compare import comparable_periods

    release = latest_release()
    other = comparable_periods(release, release.default_period)[0]
    deck = add(add((), make_view("risk", "Comparaison", {"compare": other})), make_view("risk", "Seule", {}))
    at = open_page(DECK_PAGE, lang, deck=encode_link(deck), present="1", slide="1")
    assert not at.exception, [e.value for e in at.exception]
    assert _maps(at) == 2
    at.button(key="deck_next").click().run()
    assert _maps(at) == 1
