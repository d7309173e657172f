"""Matching typed names to gazetteer names: accents, case, hyphens and spacing are optional.

Used by every command that takes a place or concession name. An unknown or ambiguous name is
refused with the candidates listed (two villages are called Moussala).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence


class UnknownOrAmbiguousName(ValueError):  # noqa: N818 - reads better at the call site than "...Error"
    """A name that matches nothing or several things; `candidates` lists what it could be."""

    def __init__(self, message: str, candidates: Sequence[str]) -> None:
        super().__init__(message)
        self.candidates = list(candidates)


def normalise(name: str) -> str:
    """'Médina  Baffé' -> 'medina baffe': strip accents, case, punctuation and extra spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", ascii_only.lower()).strip()


def resolve(name: str, options: Iterable[tuple[str, str]], what: str = "place") -> str:
    """Return the id of the one option whose label matches `name`.

    `options` are (id, label) pairs; several ids may share a label (homonyms). Raises
    UnknownOrAmbiguousName with the candidates when there is no match or more than one.
    """
    options = list(options)
    key = normalise(name)
    exact = [(i, label) for i, label in options if normalise(label) == key]
    if len(exact) == 1:
        return exact[0][0]
    if len(exact) > 1:
        listed = [f"{label} [{i}]" for i, label in exact]
        raise UnknownOrAmbiguousName(
            f"'{name}' matches {len(exact)} {what}s: {'; '.join(listed)}. Give the id in brackets.", listed
        )
    by_id = [(i, label) for i, label in options if normalise(str(i)) == key]
    if len(by_id) == 1:
        return by_id[0][0]
    labels = sorted({label for _, label in options})
    close = difflib.get_close_matches(key, [normalise(x) for x in labels], n=5, cutoff=0.6)
    suggestions = [x for x in labels if normalise(x) in close]
    hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
    raise UnknownOrAmbiguousName(f"unknown {what} '{name}'.{hint}", suggestions or labels)
