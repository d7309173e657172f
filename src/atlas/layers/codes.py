"""Coded values as people read them, and back: 'site d'orpaillage' ⇄ `artisanal_site`.

A layer stores codes (`Column.allowed`), the pages show their translation (`labels.display_value`).
A partner's spreadsheet, filled from a template's drop-down list, holds the translated label in
French or English. `choices` gives the list a template offers; `to_code` turns what a file holds —
the code itself or its label in any language, accents, case and spacing ignored — back into the
code before the layer's validation runs (a value it does not know is left as written, so the
validation refuses it with the allowed values named).
"""

from __future__ import annotations

from atlas.foundation.config import LANGUAGES
from atlas.foundation.i18n import t
from atlas.foundation.names import normalise
from atlas.layers.labels import display_value
from atlas.layers.registry import get_layer
from atlas.layers.spec import Column
from atlas.layers.types import FALSE_WORDS, TRUE_WORDS

BOOL_CODES: tuple[str, ...] = ("true", "false")


def coded_values(layer_id: str, column: str) -> tuple[str, ...]:
    """The codes a column accepts: its `allowed` values, or true/false for a yes/no column; () when free."""
    declared = get_layer(layer_id).columns.get(column, Column())
    if declared.kind == "bool":
        return BOOL_CODES
    return declared.allowed


def label_of(layer_id: str, column: str, code: str, lang: str) -> str:
    """A code as the page shows it in `lang` (yes/no for a yes/no column; proper names unchanged)."""
    if coded_values(layer_id, column) == BOOL_CODES:
        return t("common.yes" if code == "true" else "common.no", lang)
    return str(display_value(layer_id, column, code, lang))


def choices(layer_id: str, column: str, lang: str) -> list[tuple[str, str]]:
    """(code, label in `lang`) for every value the column accepts, in the declared order."""
    return [(code, label_of(layer_id, column, code, lang)) for code in coded_values(layer_id, column)]


def to_code(layer_id: str, column: str, value: object) -> object:
    """The code `value` stands for (code or label in any language); anything else is returned unchanged."""
    codes = coded_values(layer_id, column)
    if not codes or not isinstance(value, str) or not value.strip():
        return value
    key = normalise(value)
    if codes == BOOL_CODES:
        words = {normalise(w): "true" for w in TRUE_WORDS} | {normalise(w): "false" for w in FALSE_WORDS}
        words |= {normalise(label_of(layer_id, column, c, lang)): c for c in codes for lang in LANGUAGES}
        return words.get(key, value)
    for code in codes:
        names = {code, *(label_of(layer_id, column, code, lang) for lang in LANGUAGES)}
        if key in {normalise(n) for n in names}:
            return code
    return value
