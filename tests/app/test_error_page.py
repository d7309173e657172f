"""A page that fails shows a friendly message with a reference; the traceback goes to the log only.

The failure is a real one, not a hook: the store is a file that is not a database (a disk that
filled up, a copy cut short), so the first read of the page raises inside SQLAlchemy.
"""

from __future__ import annotations

import logging
import re

import pytest

REFERENCE = {
    "fr": re.compile(r"Une erreur est survenue \(réf\. ([0-9A-F]{6})\)"),
    "en": re.compile(r"\(ref\. ([0-9A-F]{6})\)"),
}
TRACE_WORDS = ("Traceback", 'File "/', "sqlite", "DatabaseError", "site-packages")


@pytest.fixture
def broken_store(tmp_path, monkeypatch) -> str:
    path = tmp_path / "store.sqlite"
    path.write_bytes(b"this is not a database " * 200)
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{path}")
    return str(path)


def _texts(at) -> list[str]:
    """Every text the run put on screen (Markdown sources of messages, captions, titles…)."""
    kinds = ("markdown", "caption", "error", "warning", "info", "success", "title", "header", "subheader", "text")
    return [str(element.value) for kind in kinds for element in getattr(at, kind)]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", ["app_pages/map.py", "app_pages/data.py"])
def test_a_failing_page_shows_a_reference_and_no_traceback(broken_store, open_page, caplog, lang, page):
    with caplog.at_level(logging.ERROR, logger="atlas.app"):
        at = open_page(page, lang)
    assert not at.exception  # Streamlit's own traceback box never appears
    references = [m.group(1) for e in at.error if (m := REFERENCE[lang].search(str(e.value)))]
    assert len(references) == 1
    shown = "\n".join(_texts(at))
    for word in TRACE_WORDS:
        assert word not in shown
    assert broken_store not in shown
    # the log has the details under the same reference
    logged = [r for r in caplog.records if r.name == "atlas.app" and references[0] in r.getMessage()]
    assert logged and logged[-1].exc_info is not None
    assert "DatabaseError" in logged[-1].exc_text or "DatabaseError" in repr(logged[-1].exc_info[1])


def test_each_failure_gets_its_own_reference():
    from atlas.common.web.errors import new_error_id

    ids = {new_error_id() for _ in range(50)}
    assert len(ids) > 45 and all(re.fullmatch(r"[0-9A-F]{6}", i) for i in ids)
