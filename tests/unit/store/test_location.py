"""The default store lives in the user's data folder: running the atlas writes nothing into the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from atlas.foundation.config import PACKAGE_DIR, SOURCE_ROOT
from atlas.store.engine import database_url

ROOT = Path(__file__).resolve().parents[3]


def test_the_default_store_is_in_home_dir_never_in_the_package(monkeypatch, tmp_path):
    monkeypatch.delenv("ATLAS_DATABASE_URL", raising=False)
    monkeypatch.delenv("ATLAS_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = Path(database_url().removeprefix("sqlite:///"))
    assert path == tmp_path / "kedougou-atlas" / "atlas.gpkg"
    for root in (PACKAGE_DIR, SOURCE_ROOT):
        assert root is None or root not in path.parents


def _status() -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=ROOT, capture_output=True, text=True
    ).stdout


def test_commands_leave_git_status_as_it_was(tmp_path):
    before = _status()
    env = {k: v for k, v in os.environ.items() if k not in ("ATLAS_HOME", "ATLAS_DATABASE_URL")}
    env["XDG_DATA_HOME"] = str(tmp_path)  # the user's real data folder, redirected
    for args in (
        ["data", "versions", "places"],
        ["data", "export", "places", "--format", "geojson", "--out", str(tmp_path / "p.geojson")],
    ):
        run = subprocess.run(
            [sys.executable, "-m", "atlas", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr
    assert (tmp_path / "kedougou-atlas" / "atlas.gpkg").exists()
    assert _status() == before
