"""`store_url`: a private, empty store on each backend — SQLite and PostgreSQL + PostGIS.

The PostGIS half needs `ATLAS_TEST_POSTGRES_URL` (set by tools/postgres.sh, which tools/test.sh
sources). Without it those tests FAIL, never skip: a developer without PostgreSQL deselects them
explicitly with `-m "not postgis"`. Each PostGIS test gets its own schema (cheap isolation).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from atlas.store.engine import get_engine
from tests.helpers.postgres import postgres_base_url, private_postgres_url


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
                conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
