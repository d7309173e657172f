"""The deck model: add, reorder, rename, remove, and the cleaning of hostile views."""

from __future__ import annotations

from atlas.features.deck.analysis.model import (
    MAX_TITLE_CHARS,
    MAX_VALUE_CHARS,
    MAX_VIEWS,
    add,
    is_full,
    make_view,
    move,
    remove,
    rename,
)


def _deck(n: int):
    deck = ()
    for i in range(n):
        deck = add(deck, make_view("map", f"v{i}", {"dept": "Saraya"}))
    return deck


def test_add_appends_until_full():
    deck = _deck(MAX_VIEWS)
    assert [v.title for v in deck[:3]] == ["v0", "v1", "v2"]
    assert is_full(deck)
    assert add(deck, make_view("risk", "extra", {})) == deck


def test_move_reorders_and_clamps_at_the_ends():
    deck = _deck(4)
    assert [v.title for v in move(deck, 0, 1)] == ["v1", "v0", "v2", "v3"]
    assert [v.title for v in move(deck, 3, -1)] == ["v0", "v1", "v3", "v2"]
    assert [v.title for v in move(deck, 0, -1)] == ["v0", "v1", "v2", "v3"]
    assert [v.title for v in move(deck, 1, 10)] == ["v0", "v2", "v3", "v1"]
    assert move(deck, 9, 1) == deck


def test_rename_cleans_and_remove_drops_one_view():
    deck = _deck(3)
    renamed = rename(deck, 1, "  Réunion\n du\t préfet \u202e ")
    assert renamed[1].title == "Réunion du préfet"
    assert renamed[1].query == deck[1].query
    assert [v.title for v in remove(deck, 0)] == ["v1", "v2"]
    assert remove(deck, 5) == deck


def test_unknown_pages_and_parameters_are_refused():
    assert make_view("sources", "x", {}) is None
    assert make_view("../secrets", "x", {}) is None
    assert make_view("map", "x", ["dept", "Saraya"]) is None
    view = make_view(
        "map",
        "x",
        {"dept": "Saraya", "lang": "en", "present": "1", "evil": "<script>", "zoom": True, "layers": ["a"]},
    )
    assert view.params() == {"dept": "Saraya"}


def test_values_must_be_short_printable_text():
    view = make_view(
        "outreach",
        "x",
        {"season": "dry\x00", "vehicle": "4x4\n", "stops": "a" * (MAX_VALUE_CHARS + 1), "start": "421178349"},
    )
    assert view.params() == {"start": "421178349"}


def test_titles_are_capped_and_kept_as_text():
    view = make_view("risk", "<b>**Bold**</b> " + "x" * 200, {})
    assert len(view.title) == MAX_TITLE_CHARS
    assert view.title.startswith("<b>**Bold**</b>")  # kept as text: every display escapes it
    assert make_view("risk", 42, {}).title == ""


def test_csr_weights_are_known_parameters():
    view = make_view("csr", "x", {"concession": "Sabodala", "w_risk": "0.5", "w_nothing": "1"})
    assert view.params() == {"concession": "Sabodala", "w_risk": "0.5"}
