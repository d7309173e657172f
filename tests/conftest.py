"""Every test session writes into its own temporary ATLAS_HOME, never the user's real data folder.

Set in `pytest_configure` (before collection) and inherited by the servers and commands the tests
start, so the store (a SQLite file in ATLAS_HOME) is private to the session and `git status` stays
clean. Tests that import or revert use their own store (`tests/unit/store/conftest.py`).
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_HOME: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    home = tempfile.mkdtemp(prefix="atlas-test-home-")
    _HOME.append(home)
    os.environ["ATLAS_HOME"] = home
    os.environ.pop("ATLAS_DATABASE_URL", None)  # the default store: a SQLite file in ATLAS_HOME


def pytest_unconfigure(config: pytest.Config) -> None:
    for home in _HOME:
        shutil.rmtree(home, ignore_errors=True)
