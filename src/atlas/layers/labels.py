"""How layer fields, coded values and credits read on screen, in briefs and in exports.

One place so that the map popups, the details panel, the legend, the sources table and the PDFs
name a field or a class the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from atlas.foundation.config import LANGUAGES
from atlas.foundation.i18n import has, normalise_language, t
from atlas.foundation.numbers import number
from atlas.layers.data_text import area_parts, in_language


def label(field: str, lang: str) -> str:
    """Column label: `field.<name>` from the catalogs, else the raw name."""
    return t(f"field.{field}", lang) if has(f"field.{field}") else field


def localized(row: Mapping[str, object], field: str, lang: str) -> object:
    """A descriptive field in `lang`: the shipped text's translation (`atlas.layers.data_text`), else as written.

    A `<field>_<lang>` column, when a layer has one (`neighbour_fr`), wins; coded values go through the
    catalogs instead (`display_value`). A concession's stated area is written with the page's decimal mark.
    """
    own = row.get(f"{field}_{normalise_language(lang)}")
    if isinstance(own, str) and own:
        return own
    value = row.get(field)
    if not isinstance(value, str) or not value:
        return value
    if field == "stated_area" and (parts := area_parts(value)):
        return f"{number(parts[0], lang)} {parts[1]}"
    return in_language(value, normalise_language(lang))


def name_in(layer_id: str, name: object, lang: str) -> str:
    """A feature's name in `lang` (descriptive names such as "Orpaillage site near Mouran" are translated).

    Analyses key features by their data `name`; pages, briefs and exports show this instead.
    """
    del layer_id  # one table for every layer: the same text reads the same everywhere
    return in_language(str(name), normalise_language(lang))


def other_language_field(field: str, lang: str) -> bool:
    """True for `name_en` on a French page (and so on): a column written for another language."""
    return any(field.endswith(f"_{code}") for code in LANGUAGES if code != normalise_language(lang))


def display_value(spec_id: str, field: str, value: object, lang: str) -> object:
    """Class codes (e.g. coverage 'low') translated when the table knows them."""
    key = f"value.{spec_id}.{field}.{value}"
    if has(key):
        return t(key, lang)
    generic = f"value.{field}.{value}"
    return t(generic, lang) if has(generic) else value


_DECIMAL = re.compile(r"-?\d+\.\d+")


def shown_value(spec_id: str, field: str, row: Mapping[str, object], lang: str) -> object:
    """A feature's field as its popup and details panel show it: translated (`localized`, then
    `display_value`), and a decimal number ("5759.8", stored as text or as a float) in the page's
    locale ("5 759,8" in French)."""
    value = display_value(spec_id, field, localized(row, field, lang), lang)
    if isinstance(value, float) and value == value:
        return number(value, lang)
    if isinstance(value, str) and _DECIMAL.fullmatch(value.strip()):
        return number(float(value), lang)
    return value


def credit_line(attributions: Iterable[str]) -> str:
    """Credits joined with ' · ', each credit once and in order (layers share credits such as WOF)."""
    parts = [part.strip() for a in attributions if a for part in a.split("·")]
    return " · ".join(dict.fromkeys(p for p in parts if p))
