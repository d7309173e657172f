"""One translation table for every visible string, French first.

The table is assembled from small per-area modules in `atlas/foundation/strings/` (so that each page's
strings sit together) plus the layer titles declared in the layer registry. `t()` is the only way
UI code gets text: a missing key raises in tests (`tests/test_i18n.py` checks every key has both
languages) and shows the key itself in production rather than crashing a meeting.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from atlas.foundation.config import DEFAULT_LANGUAGE, LANGUAGES

Entry = tuple[str, str]  # (fr, en)


@lru_cache(maxsize=1)
def table() -> dict[str, Entry]:
    """Merge every `atlas.foundation.strings.*` module's STRINGS; a key defined twice is an error."""
    import atlas.foundation.strings as pkg

    merged: dict[str, Entry] = {}
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        for key, entry in module.STRINGS.items():
            if key in merged:
                raise ValueError(f"translation key {key!r} defined twice (again in {info.name})")
            merged[key] = entry
    return merged


def normalise_language(lang: str | None) -> str:
    """Anything that is not a supported language code falls back to French."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, **values: object) -> str:
    """Text for `key` in `lang` (fr/en), with `{name}` placeholders filled from `values`."""
    entry = table().get(key)
    if entry is None:
        return key
    text = entry[LANGUAGES.index(normalise_language(lang))]
    return text.format(**values) if values else text


def has(key: str) -> bool:
    """True when the table knows `key` (for optional labels such as a category code)."""
    return key in table()
