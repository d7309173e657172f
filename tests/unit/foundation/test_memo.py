"""The shared cache: one build per key even when many sessions ask at once; bounded; errors not cached."""

from __future__ import annotations

import threading
import time

import pytest

from atlas.foundation.memo import shared_cache


def test_concurrent_callers_of_one_key_share_a_single_build():
    builds: list[int] = []

    @shared_cache(maxsize=4)
    def slow(key: int) -> tuple[int, ...]:
        builds.append(key)
        time.sleep(0.2)
        return (key, key)

    results: list[tuple[int, ...]] = []
    threads = [threading.Thread(target=lambda: results.append(slow(7))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == [7]
    assert len(results) == 8 and all(r is results[0] for r in results)  # the one immutable object, shared
    assert slow.cache_info().misses == 1 and slow.cache_info().hits == 7


def test_least_recently_used_entries_go_first_and_every_argument_is_part_of_the_key():
    calls: list[tuple[str, str]] = []

    @shared_cache(maxsize=2)
    def build(view: str, version: str) -> str:
        calls.append((view, version))
        return f"{view}@{version}"

    assert build("map", "v1") == "map@v1"
    assert build("map", "v2") == "map@v2"  # a new data version is a new entry, never the old one
    build("map", "v1")  # hit: v1 becomes the most recent
    build("risk", "v1")  # evicts ("map", "v2")
    build("map", "v2")
    assert calls == [("map", "v1"), ("map", "v2"), ("risk", "v1"), ("map", "v2")]
    assert build.cache_info().size == 2


def test_a_failed_build_is_not_cached_and_keyword_arguments_are_refused():
    attempts: list[int] = []

    @shared_cache(maxsize=2)
    def flaky(key: int) -> int:
        attempts.append(key)
        if len(attempts) == 1:
            raise ValueError("first try fails")
        return key

    with pytest.raises(ValueError):
        flaky(1)
    assert flaky(1) == 1 and attempts == [1, 1]
    with pytest.raises(TypeError):
        flaky(key=1)
