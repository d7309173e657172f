"""How layer fields, coded values and credits read on screen, in briefs and in exports.

One place so that the map popups, the details panel, the legend, the sources table and the PDFs
name a field or a class the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from atlas.foundation.config import LANGUAGES
from atlas.foundation.i18n import has, normalise_language, t


def label(field: str, lang: str) -> str:
    """Column label: `field.<name>` from the catalogs, else the raw name."""
    return t(f"field.{field}", lang) if has(f"field.{field}") else field


def localized(row: Mapping[str, object], field: str, lang: str) -> object:
    """A descriptive field in `lang`: its `<field>_<lang>` column when the data has one, else the field.

    The shipped data carry `note_fr`/`note_en`, `source_fr`/`source_en`… for free text (tools/build_geo.py
    adds them from tools/geo_translations.py); coded values go through the catalogs instead (`display_value`).
    """
    value = row.get(f"{field}_{normalise_language(lang)}")
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return row.get(field)
    return value


def name_in(layer_id: str, name: object, lang: str) -> str:
    """A feature's name in `lang`, looked up by its shipped name (descriptive names have `name_<lang>`).

    Analyses key features by their shipped `name`; pages, briefs and exports show this instead.
    """
    return _names(layer_id, normalise_language(lang)).get(str(name), str(name))


def _names(layer_id: str, lang: str) -> dict[str, str]:
    from atlas.layers.registry import load_layer

    frame = load_layer(layer_id).frame
    column = f"name_{lang}"
    if frame is None or column not in frame or "name" not in frame:
        return {}
    return {str(n): str(v) for n, v in zip(frame["name"], frame[column], strict=True) if isinstance(v, str) and v}


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


def credit_line(attributions: Iterable[str]) -> str:
    """Credits joined with ' · ', each credit once and in order (layers share credits such as WOF)."""
    parts = [part.strip() for a in attributions if a for part in a.split("·")]
    return " · ".join(dict.fromkeys(p for p in parts if p))
