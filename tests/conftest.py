"""Fixtures shared by every tier (tests/unit, tests/app, tests/browser).

- `marked_release`: a release ingested (once per session, in a temporary folder) from synthetic raw
  rows with marked ids: `(raw, releases, name)`. Point the app at it with
  `monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))` and check what it emits with
  `tests.helpers.leaks.leaks(raw, text)`.

Tier fixtures: tests/app/conftest.py (AppTest: `run_script`, `open_page`, `query_param`),
tests/browser/conftest.py (`app_url`, `browser`, `guarded_context`, `page`).
"""

from __future__ import annotations

import pytest

from tests.helpers.incidents import MarkedRelease, write_marked_release


@pytest.fixture(scope="session")
def marked_release(tmp_path_factory: pytest.TempPathFactory) -> MarkedRelease:
    return write_marked_release(tmp_path_factory.mktemp("marked"), "leakcheck", seed=99)
