"""How layer fields, coded values and credits read on screen, in briefs and in exports.

One place so that the map popups, the details panel, the legend, the sources table and the PDFs
name a field or a class the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from atlas.foundation.i18n import has, t


def label(field: str, lang: str) -> str:
    """Column label: `field.<name>` from the catalogs, else the raw name."""
    return t(f"field.{field}", lang) if has(f"field.{field}") else field


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
