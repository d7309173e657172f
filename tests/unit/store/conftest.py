"""`store_url`: a private, empty store on each backend — SQLite and PostgreSQL + PostGIS.

The PostGIS half needs `ATLAS_TEST_POSTGRES_URL` (set by tools/postgres.sh, which tools/test.sh
sources). Without it those tests FAIL, never skip: a developer without PostgreSQL deselects them
explicitly with `-m "not postgis"`. Each PostGIS test gets its own schema (cheap isolation).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from atlas.store.engine import get_engine

POSTGRES_ENV = "ATLAS_TEST_POSTGRES_URL"


def postgres_base_url() -> str:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        pytest.fail(
            f"{POSTGRES_ENV} is not set: run the tests through tools/test.sh (it starts PostgreSQL + PostGIS), "
            'or deselect these tests with -m "not postgis"'
        )
    return url


def private_postgres_url() -> tuple[str, str]:
    """A URL whose search_path is a new schema (tables there, PostGIS from public) and the schema name."""
    base = postgres_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with get_engine(base).begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}options=-csearch_path%3D{schema},public", schema


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def store_url(request, tmp_path) -> Iterator[str]:
    """An empty store on one backend; also made the process default (ATLAS_DATABASE_URL) for the test."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite'}"
        schema = None
    else:
        url, schema = private_postgres_url()
    mp = pytest.MonkeyPatch()
    mp.setenv("ATLAS_DATABASE_URL", url)
    try:
        yield url
    finally:
        mp.undo()
        get_engine(url).dispose()
        if schema is not None:
            with get_engine(postgres_base_url()).begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
