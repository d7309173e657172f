"""Every layer replaced by a minimal valid file at once: every page (fr, en) and every command still runs.

The minimal files hold only the required columns, with the cases that used to crash pages for
everyone: two mining sites with the same name (stop ids), service counts written as text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import atlas.app
from atlas.layers import imports
from atlas.layers.registry import load_layer
from tests.helpers.minimal import geojson_bytes, minimal_frame, with_text_values

APP_DIR = Path(atlas.app.__file__).resolve().parent
PAGES = sorted(p.relative_to(APP_DIR).as_posix() for p in (APP_DIR / "app_pages").glob("*.py"))


@pytest.fixture(scope="module")
def minimal_store(tmp_path_factory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('minimal') / 'store.sqlite'}"
    before = os.environ.get("ATLAS_DATABASE_URL")
    os.environ["ATLAS_DATABASE_URL"] = url
    try:
        for layer_id in imports.importable_layers():
            frame = minimal_frame(layer_id)
            if layer_id == "mining_sites":
                frame.loc[frame.index[:2], "name"] = "Same site"  # duplicate names are fine
            data = (
                with_text_values(frame, ["services", "shelters"])
                if layer_id == "services_areas"
                else geojson_bytes(frame)
            )
            assert imports.import_layer(layer_id, data, f"{layer_id}.geojson", "test", "CC0").version == 2
        yield url
    finally:
        if before is None:
            os.environ.pop("ATLAS_DATABASE_URL", None)
        else:
            os.environ["ATLAS_DATABASE_URL"] = before


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_minimal_data(minimal_store, open_page_as, page, lang):
    at = open_page_as(page, lang, "admin")  # every section of every page, the Activity page included
    assert not at.exception, [e.value for e in at.exception]


def _atlas(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ATLAS_DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "atlas", *args], capture_output=True, text=True, env=env, timeout=300)


def test_commands_run_on_minimal_data(minimal_store, tmp_path: Path):
    plan = _atlas(
        minimal_store, "outreach", "plan", "--start", "Kédougou", "--stops", "Saraya;Khossanto", "--season", "dry"
    )
    assert plan.returncode == 0, plan.stderr
    concession = str(load_layer("concessions").frame["name"].iloc[0])
    gaps = _atlas(minimal_store, "csr", "gaps", "--concession", concession, "--csv", str(tmp_path / "gaps.csv"))
    assert gaps.returncode == 0, gaps.stderr
    versions = _atlas(minimal_store, "data", "versions", "mining_sites")
    assert versions.returncode == 0 and "*    2" in versions.stdout


def test_duplicate_site_names_get_distinct_stop_ids(minimal_store):
    from atlas.features.outreach.analysis.gazetteer import stops_table

    stops = stops_table()
    same = stops[stops["name"] == "Same site"]
    assert len(same) == 2 and same["id"].is_unique and stops["id"].is_unique
