"""The current versions are cached per store and re-read only after a commit — any process's, at once."""

from __future__ import annotations

import subprocess
import sys

import geopandas as gpd
from shapely.geometry import Point
from sqlalchemy import event

from atlas import store
from atlas.store import watch
from atlas.store.engine import get_engine


def _frame(name: str) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"name": [name]}, geometry=[Point(-12.1, 12.6)], crs="EPSG:4326")


def _prov(source: str) -> store.Provenance:
    return store.Provenance(kind="import", user="tester", source=source, licence="CC0")


class _PointerReads:
    """Counts the statements that read the current-version pointers on `url`'s engine."""

    def __init__(self, url: str) -> None:
        self.count = 0
        event.listen(get_engine(url), "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement: str, *_args) -> None:
        if "FROM layer_current" in statement and "layer_versions" not in statement:
            self.count += 1


def test_unchanged_store_answers_from_the_cache_a_commit_makes_it_ask_again(store_url):
    store.seed("demo", _frame("shipped"), _prov("shipped"), store_url)
    assert store.current_versions(store_url) == {"demo": 1}
    reads = _PointerReads(store_url)
    for _ in range(5):
        assert store.current_versions(store_url) == {"demo": 1}
        assert store.current_version("demo", store_url) == 1
    assert reads.count == 0  # nobody committed: no query
    assert store.add_version("demo", _frame("new"), _prov("import"), store_url) == 2
    reads.count = 0  # the import read the pointer inside its own transaction
    assert store.current_version("demo", store_url) == 2  # this process's own commit, seen at once
    assert store.current_version("demo", store_url) == 2
    assert reads.count == 1


def test_another_process_revert_is_seen_at_once(store_url):
    store.seed("demo", _frame("shipped"), _prov("shipped"), store_url)
    store.add_version("demo", _frame("new"), _prov("import"), store_url)
    assert store.current_version("demo", store_url) == 2
    other = f"from atlas import store; store.revert('demo', 1, 'other process', {store_url!r})"
    subprocess.run([sys.executable, "-c", other], check=True, timeout=120)
    assert store.current_version("demo", store_url) == 1  # no wait, no polling interval


def test_a_lost_watcher_falls_back_to_asking_the_database(store_url):
    store.seed("demo", _frame("shipped"), _prov("shipped"), store_url)
    assert store.current_version("demo", store_url) == 1
    watch.forget(store_url)  # as after a lost connection: the next call reconnects
    store.add_version("demo", _frame("new"), _prov("import"), store_url)
    assert store.current_version("demo", store_url) == 2
    assert watch.generation(store_url) is not None
