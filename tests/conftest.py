"""Fixtures shared by every tier (tests/unit, tests/app, tests/browser).

- Every test session writes into its own temporary ATLAS_HOME, never the user's real data folder:
  set in `pytest_configure` (before collection) and inherited by the servers and commands the tests
  start, so the default store (a SQLite file in ATLAS_HOME) is private to the session and
  `git status` stays clean. Tests that import or revert use their own store (`private_store`, and
  `store_url` in tests/unit/store/conftest.py for both backends).
- `private_store`: a fresh SQLite store for one test (ATLAS_DATABASE_URL), so imports never leak.
- `marked_release`: a release ingested (once per session, in a temporary folder) from synthetic raw
  rows with marked ids: `(raw, releases, name)`. Point the app at it with
  `monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))` and check what it emits with
  `tests.helpers.leaks.leaks(raw, text)`.

Tier fixtures: tests/app/conftest.py (AppTest: `run_script`, `open_page`, `query_param`),
tests/browser/conftest.py (`app_url`, `browser`, `guarded_context`, `page`).
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from tests.helpers.incidents import MarkedRelease, write_marked_release

_HOME: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    home = tempfile.mkdtemp(prefix="atlas-test-home-")
    _HOME.append(home)
    os.environ["ATLAS_HOME"] = home
    os.environ.pop("ATLAS_DATABASE_URL", None)  # the default store: a SQLite file in ATLAS_HOME


def pytest_unconfigure(config: pytest.Config) -> None:
    for home in _HOME:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def private_store(tmp_path, monkeypatch) -> str:
    """A fresh SQLite store for this test only (its URL)."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    return url


@pytest.fixture(scope="session")
def marked_release(tmp_path_factory: pytest.TempPathFactory) -> MarkedRelease:
    return write_marked_release(tmp_path_factory.mktemp("marked"), "leakcheck", seed=99)
