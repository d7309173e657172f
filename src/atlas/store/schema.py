"""The store's tables, the same on both backends except the geometry column's type.

SQLite keeps geometries as GeoPackage blobs and the file is a valid GeoPackage (store/gpkg.py: the
`current_<layer>` views are its feature layers); PostGIS keeps them in `geometry(Geometry, 4326)`
columns. Either way QGIS can read the current layers. Rows are only
ever added: versions and features are never updated or deleted, the pointer moves.
"""

from __future__ import annotations

from functools import lru_cache

from geoalchemy2 import Geometry
from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

from atlas.store import gpkg
from atlas.store.engine import database_url, get_engine, writing

SCHEMA_VERSION = 2  # 2: accounts, and audit_log replacing layer_events (migrated by `_migrate`)
LEGACY_EVENTS = "layer_events"  # version 1's seed/import/revert log, copied into audit_log then dropped
_JSON = JSON().with_variant(JSONB(), "postgresql")


def _tables(dialect: str) -> tuple[MetaData, dict[str, Table]]:
    meta = MetaData()
    geom = Geometry("GEOMETRY", srid=4326, spatial_index=True) if dialect == "postgresql" else LargeBinary()
    tables = {
        "layer_versions": Table(
            "layer_versions",
            meta,
            Column("layer_id", String(64), primary_key=True),
            Column("version", Integer, primary_key=True),
            Column("kind", String(16), nullable=False),  # shipped | import
            Column("created_at", String(32), nullable=False),  # ISO 8601 UTC, the same on both backends
            Column("user", String(200), nullable=False),
            Column("source", Text, nullable=False),
            Column("licence", Text, nullable=False),
            Column("date", Text, nullable=False),
            Column("located", Text, nullable=False),
            Column("file_name", Text, nullable=False),
            Column("sha256", String(64), nullable=False),
            Column("features", Integer, nullable=False),
            Column("columns", _JSON, nullable=False),  # property names in file order
            Column("meta", _JSON, nullable=False),  # the file's top-level GeoJSON members
            Column("note", Text, nullable=False, default=""),
        ),
        "layer_features": Table(
            "layer_features",
            meta,
            Column("layer_id", String(64), primary_key=True),
            Column("version", Integer, primary_key=True),
            Column("fid", Integer, primary_key=True),
            Column("properties", _JSON, nullable=False),
            Column("geom", geom, nullable=False),
        ),
        "layer_current": Table(
            "layer_current",
            meta,
            Column("layer_id", String(64), primary_key=True),
            Column("version", Integer, nullable=False),
        ),
        "audit_log": Table(  # the one audit log: append-only, never a raw incident value nor a password
            "audit_log",
            meta,
            Column("id", Integer, primary_key=True, autoincrement=True),
            Column("at", String(32), nullable=False),  # ISO 8601 UTC
            Column("user", String(200), nullable=False),  # the account's name ("atlas" for shipped data)
            Column("action", String(32), nullable=False),  # see store.audit.ACTIONS
            Column("layer_id", String(64)),
            Column("from_version", Integer),
            Column("to_version", Integer),
            Column("detail", Text, nullable=False, default=""),
            Index("audit_log_layer", "layer_id"),
            Index("audit_log_action", "action"),
        ),
        "accounts": Table(
            "accounts",
            meta,
            Column("name", String(64), primary_key=True),
            Column("role", String(16), nullable=False),
            Column("password_hash", Text, nullable=False),  # argon2id, salted (argon2-cffi's encoding)
            Column("created_at", String(32), nullable=False),
            Column("disabled_at", String(32)),
            Column("failed", Integer, nullable=False, default=0),  # failed attempts since the last success
            Column("locked_until", String(32)),
        ),
        "incident_releases": Table(
            "incident_releases",
            meta,
            Column("id", Integer, primary_key=True, autoincrement=True),
            Column("release_id", String(200), nullable=False),  # folder name; a --replace adds a row
            Column("created_at", String(32), nullable=False),
            Column("user", String(200), nullable=False),
            Column("input_digest", String(64), nullable=False),
            Column("folder", Text, nullable=False),
            Column("meta", _JSON, nullable=False),
        ),
        "privacy_ledger": Table(
            "privacy_ledger",
            meta,
            Column("id", Integer, primary_key=True, autoincrement=True),
            Column("input_digest", String(64), nullable=False),
            Column("epsilon", Float, nullable=True),  # None: an exact (k-suppressed) release
            Column("release_id", String(200), nullable=False),
            Column("at", String(32), nullable=False),
            Index("privacy_ledger_input", "input_digest"),
        ),
        "store_info": Table(
            "store_info",
            meta,
            Column("key", String(64), primary_key=True),
            Column("value", Text, nullable=False),
        ),
    }
    return meta, tables


def tables(url: str | None = None) -> dict[str, Table]:
    """The tables for `url`'s backend, created on first use (idempotent, safe under concurrency)."""
    url = url or database_url()
    return _ensure(url, get_engine(url).dialect.name)


@lru_cache(maxsize=8)
def _ensure(url: str, dialect: str) -> dict[str, Table]:
    meta, tbls = _tables(dialect)
    with writing("schema", url) as conn:
        if dialect == "postgresql":
            _require_postgis(conn)
        meta.create_all(conn, checkfirst=True)
        if dialect == "sqlite":
            gpkg.ensure_core(conn)
        _migrate(conn, tbls)
    return tbls


def stored_version(conn: Connection, tbls: dict[str, Table]) -> int:
    """The schema version the store records (1: a store made before the version was recorded)."""
    info = tbls["store_info"]
    value = conn.execute(select(info.c.value).where(info.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 1


def _migrate(conn: Connection, tbls: dict[str, Table]) -> None:
    """Bring a store to SCHEMA_VERSION inside the schema transaction (all or nothing, on both backends).

    1 → 2: the rows of `layer_events` (seed, import, revert) move into `audit_log` with their
    order, people and times, and `layer_events` is dropped: one log, not two.
    """
    info = tbls["store_info"]
    if stored_version(conn, tbls) >= SCHEMA_VERSION:
        return
    if inspect(conn).has_table(LEGACY_EVENTS):
        audit = tbls["audit_log"]
        rows = conn.execute(
            text(
                f"SELECT layer_id, action, from_version, to_version, {_quoted(conn, 'user')}, at "
                f"FROM {LEGACY_EVENTS} ORDER BY id"
            )
        ).all()
        if rows:
            conn.execute(
                insert(audit),
                [
                    {
                        "layer_id": r[0],
                        "action": r[1],
                        "from_version": r[2],
                        "to_version": r[3],
                        "user": r[4],
                        "at": r[5],
                        "detail": "",
                    }
                    for r in rows
                ],
            )
        conn.execute(text(f"DROP TABLE {LEGACY_EVENTS}"))
    conn.execute(delete(info).where(info.c.key == "schema_version"))
    conn.execute(insert(info).values(key="schema_version", value=str(SCHEMA_VERSION)))


def _quoted(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _require_postgis(conn: Connection) -> None:
    installed = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).first()
    if installed is None:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
