"""A deck is an ordered list of saved views; a view is a page name, a title and that page's link.

Why a view is the link: every page already keeps its whole state in query parameters (its
`<Feature>Link.to_query()`), and the page's own `from_query` re-validates them when the view is
shown or printed. The deck therefore stores nothing but text, and that text is hostile input
whenever it comes back from a link or a file: `make_view` keeps only known pages and their known
parameters, and cleans titles (control and bidi characters removed, whitespace collapsed, length
capped). Operations return new tuples (the deck in the session is replaced, never mutated).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from atlas.features.csr.analysis.gaps import FACTORS
from atlas.features.csr.analysis.weights import QUERY_PREFIX

MAX_VIEWS = 20  # a meeting, not a slideshow archive; also bounds the PDF and the link
MAX_TITLE_CHARS = 80
MAX_VALUE_CHARS = 1200  # an outreach link of 30 stops is about 600 characters

# Which parameters each page's link may carry (the page re-checks their values). `lang` is not
# stored: a deck is shown in the language of whoever presents it.
PARAMS: dict[str, frozenset[str]] = {
    "map": frozenset({"dept", "layers", "lat", "lon", "zoom", "tiles"}),
    "risk": frozenset({"period", "category", "compare"}),
    "outreach": frozenset({"start", "stops", "season", "return", "hours", "visit", "vehicle"}),
    "csr": frozenset(
        {"concession", "radius", "compare", "company", "season", *(f"{QUERY_PREFIX}{f}" for f in FACTORS)}
    ),
}
PAGES: tuple[str, ...] = tuple(PARAMS)

Deck = tuple["DeckView", ...]
_DROPPED = {"Cc", "Cf", "Cn", "Co", "Cs"}  # control, format (bidi), unassigned, private, surrogate


@dataclass(frozen=True)
class DeckView:
    """One saved view. `query` is sorted (key, value) pairs: hashable, so views can key caches."""

    page: str
    title: str
    query: tuple[tuple[str, str], ...]

    def params(self) -> dict[str, str]:
        return dict(self.query)


def clean_text(value: object, limit: int) -> str:
    """Printable text only: control, format (bidi overrides) and unassigned characters removed,
    whitespace runs collapsed to one space, at most `limit` characters."""
    text = "".join(
        " " if ch.isspace() else ch for ch in str(value) if ch.isspace() or unicodedata.category(ch) not in _DROPPED
    )
    return " ".join(text.split())[:limit].strip()


def make_view(page: object, title: object, query: object) -> DeckView | None:
    """A validated view, or None when `page` is not a deck page or `query` is not a mapping.

    Unknown parameters are dropped; values must be short printable text (others are dropped);
    the title is cleaned and capped.
    """
    if not isinstance(page, str) or page not in PARAMS or not isinstance(query, Mapping):
        return None
    allowed = PARAMS[page]
    kept: dict[str, str] = {}
    for key, value in query.items():
        if key not in allowed or not isinstance(value, (str, int, float)) or isinstance(value, bool):
            continue
        text = str(value)
        if len(text) > MAX_VALUE_CHARS or clean_text(text, MAX_VALUE_CHARS) != text:
            continue
        kept[key] = text
    return DeckView(
        page, clean_text(title if isinstance(title, str) else "", MAX_TITLE_CHARS), tuple(sorted(kept.items()))
    )


def add(deck: Deck, view: DeckView) -> Deck:
    """The deck with `view` appended; unchanged when full (the page says so, see `is_full`)."""
    return deck if is_full(deck) else (*deck, view)


def is_full(deck: Deck) -> bool:
    return len(deck) >= MAX_VIEWS


def move(deck: Deck, index: int, step: int) -> Deck:
    """The deck with view `index` moved `step` places (clamped to the ends)."""
    if not 0 <= index < len(deck):
        return deck
    target = min(len(deck) - 1, max(0, index + step))
    views = list(deck)
    views.insert(target, views.pop(index))
    return tuple(views)


def rename(deck: Deck, index: int, title: str) -> Deck:
    if not 0 <= index < len(deck):
        return deck
    old = deck[index]
    return (*deck[:index], DeckView(old.page, clean_text(title, MAX_TITLE_CHARS), old.query), *deck[index + 1 :])


def remove(deck: Deck, index: int) -> Deck:
    return deck if not 0 <= index < len(deck) else (*deck[:index], *deck[index + 1 :])
