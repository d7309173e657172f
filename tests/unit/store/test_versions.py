"""Versions, the current pointer, revert and atomic imports — on SQLite and on PostGIS."""

from __future__ import annotations

import threading

import geopandas as gpd
import pytest
from shapely.geometry import Point
from sqlalchemy import func, select, text

from atlas import store
from atlas.store import history as store_versions
from atlas.store.engine import get_engine
from atlas.store.schema import tables


def _frame(names: list[str], lon: float = -12.1) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"name": names, "count": list(range(len(names))), "note": [None] * len(names)},
        geometry=[Point(lon + i * 0.01, 12.6) for i in range(len(names))],
        crs="EPSG:4326",
    )


def _prov(source: str, kind: str = "import", user: str = "tester") -> store.Provenance:
    return store.Provenance(kind=kind, user=user, source=source, licence=f"licence of {source}")


def _rows(url: str, table: str, version: int) -> int:
    t = tables(url)[table]
    with get_engine(url).connect() as conn:
        query = select(func.count()).select_from(t).where((t.c.layer_id == "demo") & (t.c.version == version))
        return int(conn.execute(query).scalar())


def test_seed_is_version_one_and_idempotent(store_url):
    assert store.current_version("demo", store_url) is None
    assert store.seed("demo", _frame(["a", "b"]), _prov("shipped", "shipped"), store_url) == 1
    assert store.seed("demo", _frame(["other"]), _prov("again", "shipped"), store_url) == 1
    assert [v.version for v in store.versions("demo", store_url)] == [1]
    frame = store.load_version("demo", 1, store_url)
    assert list(frame["name"]) == ["a", "b"] and frame.crs.to_epsg() == 4326
    assert list(frame["count"]) == [0, 1] and frame["note"].isna().all()


def test_import_a_then_b_then_revert_to_a_loses_nothing(store_url):
    store.seed("demo", _frame(["shipped"]), _prov("shipped", "shipped"), store_url)
    a = store.add_version("demo", _frame(["a1", "a2"]), _prov("A"), store_url)
    b = store.add_version("demo", _frame(["b1"]), _prov("B"), store_url)
    assert (a, b) == (2, 3) and store.current_version("demo", store_url) == 3
    assert store.revert("demo", a, "reverter", store_url) == 2
    assert store.current_version("demo", store_url) == 2
    assert list(store.load_version("demo", store.current_version("demo", store_url), store_url)["name"]) == ["a1", "a2"]
    assert [v.version for v in store.versions("demo", store_url)] == [1, 2, 3]  # nothing deleted
    assert store.current_info("demo", store_url).source == "A"
    store.revert("demo", 3, "forward", store_url)  # a later version can be made current again
    assert list(store.load_version("demo", 3, store_url)["name"]) == ["b1"]
    log = store.events("demo", store_url)
    assert [(e.action, e.from_version, e.to_version, e.user) for e in log] == [
        ("seed", None, 1, "tester"),
        ("import", 1, 2, "tester"),
        ("import", 2, 3, "tester"),
        ("revert", 3, 2, "reverter"),
        ("revert", 2, 3, "forward"),
    ]
    with pytest.raises(store.StoreError):
        store.revert("demo", 9, "nobody", store_url)
    assert store.current_version("demo", store_url) == 3


def test_a_failure_at_the_last_statement_rolls_everything_back(store_url, monkeypatch):
    """A full disk (or any error) before COMMIT: the previous version stays current, no rows remain."""
    store.seed("demo", _frame(["shipped"]), _prov("shipped", "shipped"), store_url)

    def disk_full(_conn) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_versions, "before_commit", disk_full)
    with pytest.raises(OSError, match="No space left"):
        store.add_version("demo", _frame(["x"] * 50), _prov("lost"), store_url)
    monkeypatch.setattr(store_versions, "before_commit", None)
    assert store.current_version("demo", store_url) == 1
    assert _rows(store_url, "layer_versions", 2) == 0 and _rows(store_url, "layer_features", 2) == 0
    assert [e.action for e in store.events("demo", store_url)] == ["seed"]
    assert store.add_version("demo", _frame(["kept"]), _prov("next"), store_url) == 2  # the number is not burnt


def test_concurrent_imports_are_serialised_and_each_told_the_truth(store_url):
    store.seed("demo", _frame(["shipped"]), _prov("shipped", "shipped"), store_url)
    results: dict[str, int] = {}
    errors: list[BaseException] = []

    def run(tag: str) -> None:
        try:
            results[tag] = store.add_version("demo", _frame([tag] * 30), _prov(tag, user=tag), store_url)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f"p{i}",)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert sorted(results.values()) == list(range(2, 10))
    for tag, version in results.items():  # each caller's version holds its own data and provenance
        info = store.version_info("demo", version, store_url)
        assert (info.source, info.licence, info.user) == (tag, f"licence of {tag}", tag)
        assert set(store.load_version("demo", version, store_url)["name"]) == {tag}
    last = max(results.values())
    assert store.current_version("demo", store_url) == last


def test_current_view_shows_the_current_version_for_qgis(store_url):
    store.seed("demo", _frame(["a", "b", "c"]), _prov("shipped", "shipped"), store_url)
    store.add_version("demo", _frame(["z"]), _prov("Z"), store_url)
    with get_engine(store_url).connect() as conn:
        rows = conn.execute(text("SELECT name, version FROM current_demo")).all()
    assert [tuple(r) for r in rows] == [("z", 2)]
    store.revert("demo", 1, "r", store_url)
    with get_engine(store_url).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM current_demo")).scalar() == 3
        if conn.dialect.name == "postgresql":  # QGIS lists what geometry_columns lists: the view, SRID 4326
            query = (
                "SELECT srid FROM geometry_columns WHERE f_table_name = 'current_demo' AND f_geometry_column = 'geom'"
            )
            assert conn.execute(text(query)).scalar() == 4326


def test_current_versions_in_one_query(store_url):
    store.seed("demo", _frame(["a"]), _prov("shipped", "shipped"), store_url)
    store.seed("other", _frame(["b"]), _prov("shipped", "shipped"), store_url)
    store.add_version("other", _frame(["c"]), _prov("C"), store_url)
    assert store.current_versions(store_url) == {"demo": 1, "other": 2}


def test_concurrent_seeding_makes_one_version_one(store_url):
    results: list[int] = []
    threads = [
        threading.Thread(
            target=lambda i=i: results.append(
                store.seed("demo", _frame([f"s{i}"]), _prov("shipped", "shipped"), store_url)
            )
        )
        for i in range(6)
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert results == [1] * 6 and [v.version for v in store.versions("demo", store_url)] == [1]


def test_the_sqlite_store_is_a_geopackage_qgis_can_open(tmp_path, monkeypatch):
    import pyogrio

    url = f"sqlite:///{tmp_path / 'atlas.gpkg'}"
    store.seed("demo", _frame(["a", "b"]), _prov("shipped", "shipped"), url)
    store.add_version("demo", _frame(["z"]), _prov("Z"), url)
    get_engine(url).dispose()
    path = tmp_path / "atlas.gpkg"
    info = pyogrio.read_info(path, layer="current_demo")
    assert info["driver"] == "GPKG" and info["crs"] == "EPSG:4326" and info["features"] == 1
    frame = pyogrio.read_dataframe(path, layer="current_demo")
    assert list(frame["name"]) == ["z"] and frame.geometry.iloc[0].x == pytest.approx(-12.1)
