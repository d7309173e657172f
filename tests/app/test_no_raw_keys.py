"""No page shows a raw message key (`map.legend`) instead of its text, in French or in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from babel.messages.pofile import read_po
from streamlit.testing.v1 import AppTest

import atlas.app
from atlas.features.outreach.analysis.gazetteer import resolve_stop
from atlas.foundation.i18n import catalog_path

APP_DIR = Path(atlas.app.__file__).resolve().parent
PAGES = sorted(p.relative_to(APP_DIR).as_posix() for p in (APP_DIR / "app_pages").glob("*.py"))
KEY = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
KEY_IN_TEXT = re.compile(r"(?<![\w./-])[a-z_]+(?:\.[a-z0-9_]+)+(?![\w/(-])")
FILE_NAME = re.compile(r"\.(geojson|gpkg|zip|shp|csv|json|pdf|gpx|html|png|svg|js|css|xlsx)$")
with catalog_path("fr").open("rb") as _po:
    NAMESPACES = {str(m.id if isinstance(m.id, str) else m.id[0]).split(".")[0] for m in read_po(_po) if m.id}
TEXT_ATTRIBUTES = ("value", "label", "options", "help", "placeholder", "body", "caption")


def _walk(node) -> Iterator:
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _walk(child)


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, pd.DataFrame):
        yield from (str(c) for c in value.columns)
        for column in value.columns:
            yield from (v for v in value[column] if isinstance(v, str))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def visible_texts(at: AppTest) -> list[str]:
    """Every string a page hands the browser as text: values, labels, options, markdown/HTML bodies, tables."""
    found = []
    for root in (at.main, at.sidebar):
        for node in _walk(root):
            for attribute in TEXT_ATTRIBUTES:
                try:
                    value = getattr(node, attribute, None)
                except Exception:  # some elements raise for attributes they do not have
                    continue
                found.extend(_strings(value))
            proto = getattr(node, "proto", None)
            for attribute in ("body", "label", "help"):
                found.extend(_strings(getattr(proto, attribute, None)))
    return found


def raw_keys(texts: list[str]) -> set[str]:
    """Strings that look like message keys, and words of longer texts that start like one (`map.…`).

    Inside a sentence only the catalogs' namespaces count, so "n.p." or a module name is not a key.
    """
    keys = {s.strip() for s in texts if KEY.match(s.strip()) and not FILE_NAME.search(s.strip())}
    for text in texts:
        words = KEY_IN_TEXT.findall(text)
        keys |= {w for w in words if w.split(".")[0] in NAMESPACES and not FILE_NAME.search(w)}
    return keys


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_no_page_shows_a_raw_key(open_page_as, page, lang):
    at = open_page_as(page, lang, "admin")  # an admin sees every section (import, revert, accounts)
    if page == "app_pages/outreach.py":  # a planned tour shows the summary, warnings and tables too
        at.multiselect(key="outreach_stops").set_value([resolve_stop(n) for n in ("Ethiolo", "Oubadji")])
        at.radio(key="outreach_season").set_value("rainy").run()
    assert not at.exception, [e.value for e in at.exception]
    texts = visible_texts(at)
    assert len(texts) > 10, "the page was read"
    assert not raw_keys(texts)


def test_the_check_sees_a_raw_key():
    assert raw_keys(["Carte", "map.legend"]) == {"map.legend"}
    assert raw_keys(["<b>layer.rivers.source</b> rivers.geojson"]) == {"layer.rivers.source"}
