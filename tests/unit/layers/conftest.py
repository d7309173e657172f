"""`private_store`: a fresh SQLite store for the test (imports never leak into other tests)."""

from __future__ import annotations

import pytest


@pytest.fixture
def private_store(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    return url
