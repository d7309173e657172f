"""The gettext catalogs: complete in French and English, consistent, and covering every key the code uses."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

import atlas
from atlas.foundation.i18n import LOCALE_DIR, catalog_path

SRC = Path(atlas.__file__).resolve().parent
PLURAL_FORMS = {"fr": "nplurals=2; plural=(n > 1);", "en": "nplurals=2; plural=(n != 1);"}
KEY_CALLS = {"t", "tn", "has", "Msg"}  # functions whose first argument is a message key


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


CATALOGS = {lang: _read(catalog_path(lang)) for lang in PLURAL_FORMS}
TEMPLATE = _read(LOCALE_DIR / "atlas.pot")
KEYS = {m.id if isinstance(m.id, str) else m.id[0] for m in CATALOGS["fr"] if m.id}


def _messages(catalog: Catalog) -> dict[str, Message]:
    return {(m.id if isinstance(m.id, str) else m.id[0]): m for m in catalog if m.id}


def _forms(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def _fields(text: str) -> set[str]:
    """Placeholder names of a str.format template ({n}, {km:g} → n, km)."""
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", sorted(PLURAL_FORMS))
def test_every_message_has_a_text_in_each_language(lang):
    empty = [key for key, m in _messages(CATALOGS[lang]).items() if not all(f.strip() for f in _forms(m))]
    assert not empty, f"{lang}: untranslated {empty}"
    assert not [m.id for m in CATALOGS[lang] if m.fuzzy and m.id], "fuzzy messages are never compiled"


def test_french_and_english_have_the_same_messages_and_the_template_lists_exactly_them():
    fr, en, pot = (set(_messages(c)) for c in (CATALOGS["fr"], CATALOGS["en"], TEMPLATE))
    assert fr == en == pot
    assert all(not any(_forms(m)) for m in _messages(TEMPLATE).values()), "the template carries no text"


def test_placeholders_are_the_same_in_french_and_english():
    fr, en = _messages(CATALOGS["fr"]), _messages(CATALOGS["en"])
    different = {
        key: (_forms(fr[key]), _forms(en[key]))
        for key in fr
        if [_fields(f) for f in _forms(fr[key])] != [_fields(f) for f in _forms(en[key])]
    }
    assert not different


@pytest.mark.parametrize("lang", sorted(PLURAL_FORMS))
def test_plural_messages_have_both_forms_and_the_language_rule(lang):
    catalog = CATALOGS[lang]
    assert catalog.plural_forms == PLURAL_FORMS[lang]
    plurals = {key: m for key, m in _messages(catalog).items() if m.pluralizable}
    assert "map.features_drawn" in plurals and len(plurals) >= 10
    for key, message in plurals.items():
        forms = _forms(message)
        assert len(forms) == 2 and all(forms) and forms[0] != forms[1], (lang, key, forms)
    template_plurals = {key for key, m in _messages(TEMPLATE).items() if m.pluralizable}
    assert set(plurals) == template_plurals


def test_no_duplicate_texts_left_but_the_documented_families():
    """Two keys with the same French and English are one message, except keys built from data codes.

    Keys built from a data value (`field.<column>`, `value.<field>.<code>`, `csr.kind.<code>`…) are
    looked up by code, so two families may hold the same words; a merged key would break the lookup.
    """
    fr, en = _messages(CATALOGS["fr"]), _messages(CATALOGS["en"])
    by_text: dict[tuple, list[str]] = {}
    for key in fr:
        by_text.setdefault((tuple(_forms(fr[key])), tuple(_forms(en[key]))), []).append(key)
    families = ("field.", "value.", "csr.kind.", "csr.coverage.", "csr.col.", "csr.risk.", "csr.basis.", "fig.")
    families += ("outreach.coverage.", "outreach.group.", "outreach.col.", "risk.level.", "sensitivity.")
    families += ("risk.region_name", "release.name.")  # a place name; release names looked up by code
    families += ("template.help.", "template.unit.", "template.example.")  # looked up by column name
    shared = [keys for keys in by_text.values() if len([k for k in keys if not k.startswith(families)]) > 1]
    assert not shared


def _keys_in(node: ast.expr) -> list[str | tuple[str]]:
    """Literal keys of a call's first argument; an f-string gives its constant prefix as a 1-tuple."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _keys_in(node.body) + _keys_in(node.orelse)
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return [(node.values[0].value,)]
    return []


def _source_keys() -> dict[str, list[str | tuple[str]]]:
    found: dict[str, list[str | tuple[str]]] = {}
    for path in SRC.rglob("*.py"):
        if "static" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                if name in KEY_CALLS:
                    found.setdefault(str(path.relative_to(SRC)), []).extend(_keys_in(node.args[0]))
    return found


def test_every_key_the_code_uses_is_in_the_catalogs():
    found = _source_keys()
    literal = {k for keys in found.values() for k in keys if isinstance(k, str)}
    assert len(literal) > 250, "the scan finds the code's keys"
    missing = {path: [k for k in keys if isinstance(k, str) and k not in KEYS] for path, keys in found.items()}
    assert not {p: k for p, k in missing.items() if k}
    prefixes = {k[0] for keys in found.values() for k in keys if isinstance(k, tuple) and "." in k[0]}
    assert "layer." in prefixes
    assert not [p for p in prefixes if not any(key.startswith(p) for key in KEYS)]
