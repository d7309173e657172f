"""A process killed in the middle of an import leaves the previous version current and no debris."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from atlas import store
from atlas.store.engine import get_engine
from atlas.store.schema import tables

CHILD = textwrap.dedent(
    """
    import sys, time
    import geopandas as gpd
    from shapely.geometry import Point
    from atlas import store
    from atlas.store import history

    url = sys.argv[1]
    frame = gpd.GeoDataFrame(
        {"name": [f"n{i}" for i in range(20000)]},
        geometry=[Point(-12.0 + i * 1e-5, 12.5) for i in range(20000)],
        crs="EPSG:4326",
    )

    def stall(_conn):
        print("INSIDE", flush=True)  # every row written, nothing committed
        time.sleep(120)

    history.before_commit = stall
    store.add_version("demo", frame, store.Provenance(kind="import", user="victim", source="s", licence="l"), url)
    """
)


def test_kill_during_an_import_leaves_the_previous_version(store_url, tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    seed = gpd.GeoDataFrame({"name": ["kept"]}, geometry=[Point(-12.1, 12.6)], crs="EPSG:4326")
    store.seed("demo", seed, store.Provenance(kind="shipped", user="atlas", source="s", licence="l"), store_url)
    before = set(Path(tmp_path).iterdir())
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, store_url], stdout=subprocess.PIPE, text=True, env={**os.environ}
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "INSIDE"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    get_engine(store_url).dispose()  # a fresh connection, as a new process would have
    assert store.current_version("demo", store_url) == 1
    assert [v.version for v in store.versions("demo", store_url)] == [1]
    lf = tables(store_url)["layer_features"]
    with get_engine(store_url).connect() as conn:
        leftover = conn.execute(select(func.count()).select_from(lf).where(lf.c.version == 2)).scalar()
    assert leftover == 0
    # no temporary file left beside the store (SQLite's own -wal/-shm belong to the database)
    debris = {p.name for p in set(Path(tmp_path).iterdir()) - before}
    assert debris <= {"store.sqlite-wal", "store.sqlite-shm"}
    assert list(store.load_version("demo", 1, store_url)["name"]) == ["kept"]


IMPORTER = textwrap.dedent(
    """
    import sys
    import geopandas as gpd
    from shapely.geometry import Point
    from atlas import store

    url, tag = sys.argv[1], sys.argv[2]
    frame = gpd.GeoDataFrame({"name": [tag] * 2000}, geometry=[Point(-12.0, 12.5)] * 2000, crs="EPSG:4326")
    prov = store.Provenance(kind="import", user=tag, source=f"source {tag}", licence=f"licence {tag}")
    print(store.add_version("demo", frame, prov, url))
    """
)


def test_concurrent_imports_from_separate_processes_are_each_told_the_truth(store_url):
    import geopandas as gpd
    from shapely.geometry import Point

    seed = gpd.GeoDataFrame({"name": ["kept"]}, geometry=[Point(-12.1, 12.6)], crs="EPSG:4326")
    store.seed("demo", seed, store.Provenance(kind="shipped", user="atlas", source="s", licence="l"), store_url)
    tags = [f"proc{i}" for i in range(4)]
    children = {
        tag: subprocess.Popen([sys.executable, "-c", IMPORTER, store_url, tag], stdout=subprocess.PIPE, text=True)
        for tag in tags
    }
    told = {tag: int(child.communicate(timeout=120)[0].strip()) for tag, child in children.items()}
    assert sorted(told.values()) == [2, 3, 4, 5]
    for tag, version in told.items():
        info = store.version_info("demo", version, store_url)
        assert (info.user, info.source, info.licence) == (tag, f"source {tag}", f"licence {tag}")
        assert set(store.load_version("demo", version, store_url)["name"]) == {tag}
