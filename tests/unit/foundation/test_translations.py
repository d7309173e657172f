"""How text is looked up: plural rules, French fallback, missing keys, and .mo versus .po loading."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from atlas.foundation import i18n
from atlas.foundation.i18n import Msg, has, t, tn


@pytest.mark.parametrize(
    ("lang", "n", "text"),
    [
        ("fr", 0, "0 objet affiché"),  # French: 0 and 1 are singular
        ("fr", 1, "1 objet affiché"),
        ("fr", 2, "2 objets affichés"),
        ("en", 0, "0 features drawn"),  # English: only 1 is singular
        ("en", 1, "1 feature drawn"),
        ("en", 12, "12 features drawn"),
    ],
)
def test_a_count_takes_the_plural_form_of_its_language(lang, n, text):
    assert tn("map.features_drawn", n, lang) == text


def test_a_count_message_fills_its_other_placeholders_too():
    assert tn("import.done", 1, "fr", layer="Routes") == "1 objet importé dans « Routes »."
    assert tn("outreach.duplicates", 2, "en", names="A, B") == "Duplicate stops ignored: A, B"


def test_placeholders_missing_keys_and_unknown_languages():
    assert t("common.label_value", "fr", label="Départ", value="Kédougou") == "Départ : Kédougou"
    assert t("common.label_value", "en", label="Start", value="Kédougou") == "Start: Kédougou"
    assert t("no.such_key", "en") == "no.such_key" and tn("no.such_key", 3, "en") == "no.such_key"
    assert t("page.map", "wo") == "Carte"  # not (yet) a supported language: French
    assert has("map.legend") and has("map.features_drawn") and not has("no.such_key")
    assert Msg("layer.rivers.located").text("en").startswith("WDB-II lines")


@pytest.fixture
def locale_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of the catalogs that `t()` reads instead of the shipped ones."""
    copy = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(i18n, "LOCALE_DIR", copy)
    i18n.translations.cache_clear()
    yield copy
    i18n.translations.cache_clear()


def _edit(po: Path, key: str, text: str) -> None:
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog[key].string = text
    with po.open("wb") as handle:
        write_po(handle, catalog)


def test_an_untranslated_message_falls_back_to_french(locale_dir):
    _edit(locale_dir / "en" / "LC_MESSAGES" / "atlas.po", "map.legend", "")
    assert t("map.legend", "en") == "Légende"
    assert t("page.map", "en") == "Map"


def test_a_compiled_catalog_is_used_unless_its_po_is_newer(locale_dir):
    po = locale_dir / "en" / "LC_MESSAGES" / "atlas.po"
    mo = po.with_suffix(".mo")
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog["map.legend"].string = "Key (compiled)"
    with mo.open("wb") as handle:
        write_mo(handle, catalog)
    os.utime(po, (1_000_000_000, 1_000_000_000))  # the .po is older: the .mo is read
    assert t("map.legend", "en") == "Key (compiled)"
    i18n.translations.cache_clear()
    os.utime(mo, (900_000_000, 900_000_000))  # someone edited the .po since: it is compiled in memory
    assert t("map.legend", "en") == "Legend"
