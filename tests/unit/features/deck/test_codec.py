"""Deck links and files: round trips, and hostile input refused or cleaned, never raising."""

from __future__ import annotations

import base64
import json
import zlib

import pytest

from atlas.features.deck.analysis.codec import (
    MAX_JSON_BYTES,
    MAX_LINK_CHARS,
    deck_file,
    decode_link,
    encode_link,
    read_deck_file,
)
from atlas.features.deck.analysis.model import MAX_VIEWS, add, make_view


def _sample():
    deck = ()
    deck = add(deck, make_view("map", "Sites « miniers » & frontières", {"dept": "Saraya", "layers": "mining_sites"}))
    deck = add(deck, make_view("risk", "Incidents", {"period": "2024", "category": "all"}))
    deck = add(deck, make_view("outreach", "", {"start": "421178349", "stops": "1209486855,1276295363"}))
    deck = add(deck, make_view("csr", "Sabodala", {"concession": "Sabodala", "w_risk": "0.5"}))
    return deck


def _link(items: object) -> str:
    raw = json.dumps(items).encode()
    return "1." + base64.urlsafe_b64encode(zlib.compress(raw)).decode().rstrip("=")


def test_link_round_trip_is_compact_and_url_safe():
    deck = _sample()
    link = encode_link(deck)
    assert set(link) <= set("0123456789.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_")
    assert len(link) < 600
    decoded = decode_link(link)
    assert decoded.deck == deck and decoded.dropped == 0 and decoded.refused is None
    assert encode_link(()) == ""


def test_file_round_trip():
    deck = _sample()
    data = deck_file(deck)
    assert json.loads(data)["format"] == "kedougou-atlas-deck"
    assert read_deck_file(data).deck == deck


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "garbage",
        "2." + "A" * 20,  # unknown version
        "1.not base64!",
        "1." + base64.urlsafe_b64encode(b"not zlib").decode(),
        _link({"page": "map"}),  # not a list
        "1." + base64.urlsafe_b64encode(zlib.compress(b"\xff\xfe")).decode(),  # not UTF-8
        "1." + base64.urlsafe_b64encode(zlib.compress(b"[" * 100_000)).decode(),  # deep nesting
    ],
)
def test_bad_links_are_refused(text):
    decoded = decode_link(text)
    assert decoded.deck == () and decoded.refused is not None


def test_an_overlong_link_is_refused_before_decoding():
    assert decode_link("1." + "A" * MAX_LINK_CHARS).refused == "too_long"


def test_a_zip_bomb_stops_at_the_cap():
    bomb = zlib.compress(b"[" + b" " * (MAX_JSON_BYTES * 50) + b"]", 9)
    text = "1." + base64.urlsafe_b64encode(bomb).decode().rstrip("=")
    assert len(text) < MAX_LINK_CHARS
    assert decode_link(text).refused == "not_a_deck"


def test_unknown_views_are_dropped_and_counted():
    link = _link(
        [
            ["map", "ok", {"dept": "Saraya", "secret": "x"}],
            ["admin", "no", {}],
            ["risk", "no query", "period=2024"],
            ["csr"],
            "string",
            ["risk", "<img src=x onerror=alert(1)>\u202e", {"period": "2024"}],
        ]
    )
    decoded = decode_link(link)
    assert [v.page for v in decoded.deck] == ["map", "risk"]
    assert decoded.deck[0].params() == {"dept": "Saraya"}
    assert decoded.deck[1].title == "<img src=x onerror=alert(1)>"  # text, escaped wherever shown
    assert decoded.dropped == 4


def test_views_beyond_the_maximum_are_dropped():
    decoded = decode_link(_link([["risk", str(i), {}] for i in range(MAX_VIEWS + 5)]))
    assert len(decoded.deck) == MAX_VIEWS and decoded.dropped == 5


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe",
        b"[]",
        json.dumps({"format": "other", "version": 1, "views": []}).encode(),
        json.dumps({"format": "kedougou-atlas-deck", "version": 2, "views": []}).encode(),
        json.dumps({"format": "kedougou-atlas-deck", "version": 1, "views": {}}).encode(),
    ],
)
def test_bad_files_are_refused(data):
    decoded = read_deck_file(data)
    assert decoded.deck == () and decoded.refused == "not_a_deck"


def test_a_large_file_is_refused():
    assert read_deck_file(b" " * (MAX_JSON_BYTES + 1)).refused == "too_large"


def test_file_views_are_validated_like_link_views():
    data = json.dumps(
        {
            "format": "kedougou-atlas-deck",
            "version": 1,
            "views": [{"page": "csr", "title": "x" * 500, "query": {"concession": "Sabodala"}}, {"page": "x"}, 3],
        }
    ).encode()
    decoded = read_deck_file(data)
    assert len(decoded.deck) == 1 and len(decoded.deck[0].title) == 80 and decoded.dropped == 2
