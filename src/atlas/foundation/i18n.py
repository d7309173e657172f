"""Every visible string comes from the gettext catalogs in `atlas/foundation/locale/`, French first.

Messages have symbolic ids (`map.legend`) and their text in each language's `.po` file, which
translators edit in Poedit or Weblate (see docs/translating.md). `t()` is the only way UI code gets
text and `tn()` the only way it shows a count (gettext plural rules: "1 objet", "2 objets").

A message missing from a language's catalog, or left untranslated there, falls back to French; a
key unknown everywhere shows the key itself rather than crashing a meeting (tests check that every
key used in the code exists). The wheel ships compiled `.mo` files (setup.py); a checkout without
them, or with a `.po` newer than its `.mo`, compiles the `.po` in memory so no build step is needed.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from atlas.foundation.config import DEFAULT_LANGUAGE, LANGUAGES

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "atlas"


def catalog_path(lang: str, suffix: str = ".po") -> Path:
    """Where `lang`'s catalog lives (`.po` source or compiled `.mo`)."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


def compile_po(po: Path) -> bytes:
    """The `.mo` bytes of a `.po` file (Babel), skipping fuzzy and untranslated messages."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _read(lang: str) -> gettext.GNUTranslations:
    """`lang`'s messages, from the `.mo` when it is up to date, else compiled from the `.po`."""
    po, mo = catalog_path(lang), catalog_path(lang, ".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    return gettext.GNUTranslations(io.BytesIO(compile_po(po)))


@lru_cache(maxsize=len(LANGUAGES))
def translations(lang: str) -> gettext.GNUTranslations:
    """The catalog of a supported language, falling back to French for what it lacks."""
    catalog = _read(lang)
    if lang != DEFAULT_LANGUAGE:
        catalog.add_fallback(translations(DEFAULT_LANGUAGE))
    return catalog


def normalise_language(lang: str | None) -> str:
    """Anything that is not a supported language code falls back to French."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, **values: object) -> str:
    """Text for `key` in `lang`, with `{name}` placeholders filled from `values`."""
    text = translations(normalise_language(lang)).gettext(key)
    return text.format(**values) if values and text != key else text


def tn(key: str, n: int, /, lang: str | None = None, **values: object) -> str:
    """Text for a count: the plural form of `key` that `n` takes in `lang`; `{n}` is filled with `n`."""
    text = translations(normalise_language(lang)).ngettext(key, key, n)
    return text if text == key else text.format(**{"n": n, **values})


def has(key: str) -> bool:
    """True when the catalogs know `key` (for optional labels such as a category code)."""
    french = translations(DEFAULT_LANGUAGE)
    return french.gettext(key) != key or french.ngettext(key, key, 2) != key


@dataclass(frozen=True)
class Msg:
    """A message key standing for a worded value (a layer's source, licence…) until a language is known."""

    key: str

    def text(self, lang: str | None) -> str:
        """The message in `lang`."""
        return t(self.key, lang)
