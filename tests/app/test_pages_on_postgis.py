"""The same code path on PostgreSQL + PostGIS: every page runs on a PostGIS store after an import.

Marked `postgis`: it FAILS without ATLAS_TEST_POSTGRES_URL (tools/test.sh starts a cluster).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import atlas.app
from atlas.layers import imports
from atlas.layers.registry import load_layer
from tests.helpers.minimal import geojson_bytes, minimal_frame
from tests.helpers.postgres import private_postgres

APP_DIR = Path(atlas.app.__file__).resolve().parent
PAGES = sorted(p.relative_to(APP_DIR).as_posix() for p in (APP_DIR / "app_pages").glob("*.py"))
pytestmark = pytest.mark.postgis


@pytest.fixture(scope="module")
def postgis_store() -> Iterator[str]:
    with private_postgres() as url:
        before = os.environ.get("ATLAS_DATABASE_URL")
        os.environ["ATLAS_DATABASE_URL"] = url
        try:
            record = imports.import_layer(
                "mining_sites", geojson_bytes(minimal_frame("mining_sites")), "m.geojson", "Ministry", "ODbL"
            )
            assert record.version == 2
            yield url
        finally:
            if before is None:
                os.environ.pop("ATLAS_DATABASE_URL", None)
            else:
                os.environ["ATLAS_DATABASE_URL"] = before


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_postgis_store(postgis_store, open_page_as, page):
    at = open_page_as(page, "fr", "admin")  # accounts and the audit log live in PostGIS too
    assert not at.exception, [e.value for e in at.exception]
    assert load_layer("mining_sites").version == 2
