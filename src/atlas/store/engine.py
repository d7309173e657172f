"""One engine per database URL, with the transaction discipline both backends need.

Reads are plain transactions (SQLite WAL and PostgreSQL MVCC give readers a consistent snapshot
while an import runs). Writes go through `writing()`, which serialises writers: SQLite takes the
write lock at the start (`BEGIN IMMEDIATE`), so two imports never interleave their "which version
is next" reads; PostgreSQL takes a transaction-scoped advisory lock per key. Either way a crash,
a kill or an error before COMMIT leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text

from atlas.foundation.config import home_dir

DATABASE_ENV = "ATLAS_DATABASE_URL"
STORE_FILE = "atlas.gpkg"  # a SQLite file that is also a GeoPackage (see store/gpkg.py)
BUSY_TIMEOUT_S = 120  # a writer waits this long for another import to finish before giving up


def database_url() -> str:
    """`$ATLAS_DATABASE_URL`, else a SQLite file in `home_dir()` (never inside the checkout)."""
    explicit = os.environ.get(DATABASE_ENV, "").strip()
    if explicit:
        return explicit
    return f"sqlite:///{home_dir() / STORE_FILE}"


def backend(url: str | None = None) -> str:
    """'sqlite' or 'postgresql' (the only two the store supports)."""
    name = get_engine(url).dialect.name
    return name


def get_engine(url: str | None = None) -> Engine:
    """The engine for `url` (default: `database_url()`), created once per process and URL."""
    return _engine(url or database_url())


@lru_cache(maxsize=64)
def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False})
        _sqlite_discipline(engine)
        return engine
    if url.startswith(("postgresql", "postgres")):
        return create_engine(url, pool_pre_ping=True)
    raise ValueError(f"{DATABASE_ENV}: only sqlite:/// and postgresql+psycopg:// URLs are supported, not {url!r}")


def _sqlite_discipline(engine: Engine) -> None:
    """WAL (readers never block the writer), full sync, and our own BEGIN so writers lock up front."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # pysqlite's own implicit BEGIN off: we emit ours
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("atlas_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def writing(lock: str, url: str | None = None) -> Iterator[Connection]:
    """A write transaction holding the writers' lock `lock`: committed on success, rolled back on any error."""
    engine = get_engine(url)
    with engine.connect().execution_options(atlas_write=True) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(lock)})
        yield conn


@contextmanager
def reading(url: str | None = None) -> Iterator[Connection]:
    """A read transaction: one consistent snapshot for the queries inside it."""
    with get_engine(url).connect() as conn, conn.begin():
        yield conn


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for `name` (PostgreSQL's bigint range)."""
    return int.from_bytes(hashlib.sha256(f"atlas:{name}".encode()).digest()[:8], "big", signed=True)
