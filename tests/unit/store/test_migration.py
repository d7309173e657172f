"""Schema 1 → 2 on an existing store (SQLite/GeoPackage and PostGIS): layer_events move into the one audit log."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point
from sqlalchemy import Column, Integer, MetaData, String, Table, insert, inspect, select

from atlas import store
from atlas.store import audit, schema
from atlas.store.engine import get_engine


def _version_one_store(url: str) -> None:
    """What a store written by schema 1 holds: its `layer_events` table with rows, no schema version recorded."""
    meta = MetaData()
    events = Table(  # schema 1's definition, verbatim
        "layer_events",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("layer_id", String(64), nullable=False),
        Column("action", String(16), nullable=False),
        Column("from_version", Integer),
        Column("to_version", Integer, nullable=False),
        Column("user", String(200), nullable=False),
        Column("at", String(32), nullable=False),
    )
    Table("store_info", meta, Column("key", String(64), primary_key=True), Column("value", String, nullable=False))
    with get_engine(url).begin() as conn:
        meta.create_all(conn)
        conn.execute(
            insert(events),
            [
                {
                    "layer_id": "places",
                    "action": "seed",
                    "from_version": None,
                    "to_version": 1,
                    "user": "atlas",
                    "at": "2026-10-01T08:00:00Z",
                },
                {
                    "layer_id": "places",
                    "action": "import",
                    "from_version": 1,
                    "to_version": 2,
                    "user": "Awa",
                    "at": "2026-10-02T09:30:00Z",
                },
                {
                    "layer_id": "places",
                    "action": "revert",
                    "from_version": 2,
                    "to_version": 1,
                    "user": "Moussa",
                    "at": "2026-10-03T10:00:00Z",
                },
            ],
        )


def test_a_version_one_store_is_migrated_once_and_keeps_its_history(store_url):
    _version_one_store(store_url)
    tbls = schema.tables(store_url)  # first use in this process: migrates
    assert not inspect(get_engine(store_url)).has_table("layer_events")  # one log, not two
    with get_engine(store_url).connect() as conn:
        assert schema.stored_version(conn, tbls) == schema.SCHEMA_VERSION == 2
        assert conn.execute(select(tbls["accounts"])).all() == []
    assert [(e.action, e.from_version, e.to_version, e.user, e.at) for e in store.events("places", store_url)] == [
        ("seed", None, 1, "atlas", "2026-10-01T08:00:00Z"),
        ("import", 1, 2, "Awa", "2026-10-02T09:30:00Z"),
        ("revert", 2, 1, "Moussa", "2026-10-03T10:00:00Z"),
    ]
    schema._ensure.cache_clear()  # another process opening the migrated store: nothing copied twice
    schema.tables(store_url)
    assert len(audit.entries(url=store_url)) == 3
    frame = gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(-12.1, 12.6)], crs="EPSG:4326")
    store.add_version("demo", frame, store.Provenance(kind="import", user="Awa", source="s", licence="l"), store_url)
    assert [e.action for e in audit.entries(layer_id="demo", url=store_url)] == ["import"]


def test_a_new_store_starts_at_the_current_schema(store_url):
    tbls = schema.tables(store_url)
    with get_engine(store_url).connect() as conn:
        assert schema.stored_version(conn, tbls) == schema.SCHEMA_VERSION
    assert audit.entries(url=store_url) == []


def test_the_log_filters_by_action_layer_person_and_period(store_url):
    _version_one_store(store_url)
    schema.tables(store_url)
    audit.record("login", "Awa", url=store_url)
    assert [e.user for e in audit.entries(user="Awa", url=store_url)] == ["Awa", "Awa"]
    assert [e.action for e in audit.entries(action="revert", url=store_url)] == ["revert"]
    assert [e.action for e in audit.entries(since="2026-10-02", until="2026-10-02", url=store_url)] == ["import"]
    assert len(audit.entries(layer_id="places", url=store_url)) == 3
