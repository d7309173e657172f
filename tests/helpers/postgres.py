"""PostgreSQL + PostGIS for the tests: the URL from tools/postgres.sh and a private schema per test.

Without `ATLAS_TEST_POSTGRES_URL` a PostGIS test FAILS (never skips); a developer without
PostgreSQL deselects those tests explicitly with `-m "not postgis"`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def private_postgres() -> Iterator[str]:
    """A private schema's URL for the duration of the block; dropped afterwards."""
    url, schema = private_postgres_url()
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with get_engine(postgres_base_url()).begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
