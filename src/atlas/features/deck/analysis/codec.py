"""A deck as a link parameter (`deck=`) and as a small JSON file, and back: both are hostile input.

The link is compact: the views as JSON `[[page, title, {param: value}], …]`, zlib-compressed and
base64url-encoded behind a version prefix (`1.`). Reading refuses, with a reason code worded by the
page, anything too long, not base64url, not zlib, larger than `MAX_JSON_BYTES` once inflated (a
"zip bomb" stops at the cap), not JSON or not the expected shape; then each view goes through
`model.make_view` (unknown pages and parameters dropped, titles cleaned) and views beyond
`MAX_VIEWS` are dropped, and the count of dropped views is reported. The file is the same views
as readable JSON with a format marker, read with the same rules.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from dataclasses import dataclass

from atlas.features.deck.analysis.model import MAX_VIEWS, Deck, DeckView, make_view

LINK_VERSION = "1"
MAX_LINK_CHARS = 6000  # well under what browsers and proxies accept in a URL
MAX_JSON_BYTES = 64 * 1024  # inflated link or uploaded file
FILE_FORMAT = "kedougou-atlas-deck"
FILE_VERSION = 1
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class Decoded:
    """What a link or file gave: the valid views, how many were dropped, or why it was refused."""

    deck: Deck
    dropped: int = 0
    refused: str | None = None  # reason code: too_long, not_a_deck, too_large


def _to_json(deck: Deck) -> list[list[object]]:
    return [[v.page, v.title, dict(v.query)] for v in deck]


def encode_link(deck: Deck) -> str:
    """The `deck=` value for `deck` (empty string for an empty deck)."""
    if not deck:
        return ""
    raw = json.dumps(_to_json(deck), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packed = base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode("ascii").rstrip("=")
    return f"{LINK_VERSION}.{packed}"


def _inflate(data: bytes) -> bytes | None:
    """zlib-inflate at most MAX_JSON_BYTES; None when the data are not zlib or inflate beyond the cap."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_JSON_BYTES)
    except zlib.error:
        return None
    if inflater.unconsumed_tail or not inflater.eof:
        return None
    return out


def decode_link(text: object) -> Decoded:
    """The views a `deck=` value holds; never raises."""
    if not isinstance(text, str) or not text:
        return Decoded((), refused="not_a_deck")
    if len(text) > MAX_LINK_CHARS:
        return Decoded((), refused="too_long")
    version, _, packed = text.partition(".")
    if version != LINK_VERSION or not _BASE64URL.match(packed):
        return Decoded((), refused="not_a_deck")
    try:
        compressed = base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4))
    except (binascii.Error, ValueError):
        return Decoded((), refused="not_a_deck")
    raw = _inflate(compressed)
    if raw is None:
        return Decoded((), refused="not_a_deck")
    try:
        items = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return Decoded((), refused="not_a_deck")
    if not isinstance(items, list):
        return Decoded((), refused="not_a_deck")
    views = [
        make_view(item[0], item[1], item[2]) if isinstance(item, list) and len(item) == 3 else None for item in items
    ]
    return _collect(views)


def _collect(views: list[DeckView | None]) -> Decoded:
    valid = [v for v in views if v is not None]
    return Decoded(tuple(valid[:MAX_VIEWS]), dropped=len(views) - min(len(valid), MAX_VIEWS))


def deck_file(deck: Deck) -> bytes:
    """The deck as a small, readable JSON file (UTF-8)."""
    payload = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "views": [{"page": v.page, "title": v.title, "query": dict(v.query)} for v in deck],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")


def read_deck_file(data: bytes) -> Decoded:
    """The views of an uploaded deck file; never raises."""
    if len(data) > MAX_JSON_BYTES:
        return Decoded((), refused="too_large")
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return Decoded((), refused="not_a_deck")
    if (
        not isinstance(payload, dict)
        or payload.get("format") != FILE_FORMAT
        or payload.get("version") != FILE_VERSION
        or not isinstance(payload.get("views"), list)
    ):
        return Decoded((), refused="not_a_deck")
    views = [
        make_view(item.get("page"), item.get("title"), item.get("query")) if isinstance(item, dict) else None
        for item in payload["views"]
    ]
    return _collect(views)
