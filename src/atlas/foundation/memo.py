"""A process-wide, bounded, single-flight cache for immutable results shared by every session.

Why not `functools.lru_cache`: when a room of twenty opens the same link at once, twenty threads
miss together and build the same map twenty times. Here the first caller builds and the others
wait for its result. Why not `st.cache_data`: it copies (pickles) the value on every hit and needs
a running Streamlit; the values cached here are immutable (strings, tuples, frozen dataclasses),
so every session can share the one object, and benchmarks and commands use the same cache.

Keys are the positional arguments, which must be hashable and must include everything the
result depends on — in particular the data version (`atlas.layers.registry.data_version`), so
that new data is never served from an old entry.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class CacheInfo:
    hits: int = 0
    misses: int = 0
    size: int = 0


class SharedCache(Generic[P, R]):
    """Call `fn` once per key (positional arguments); keep at most `maxsize` results, least recent out."""

    def __init__(self, fn: Callable[P, R], maxsize: int) -> None:
        self._fn = fn
        self._maxsize = maxsize
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, R] = OrderedDict()
        self._building: dict[Hashable, threading.Event] = {}
        self._info = CacheInfo()
        functools.update_wrapper(self, fn)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if kwargs:
            raise TypeError("shared_cache functions take positional arguments only (they are the key)")
        key: Hashable = args
        while True:
            with self._lock:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    self._info.hits += 1
                    return self._entries[key]
                waiting = self._building.get(key)
                if waiting is None:
                    mine = self._building[key] = threading.Event()
                    self._info.misses += 1
            if waiting is not None:
                waiting.wait()  # another thread is building this key; then read its result (or retry)
                continue
            try:
                value = self._fn(*args, **kwargs)
                with self._lock:
                    self._entries[key] = value
                    while len(self._entries) > self._maxsize:
                        self._entries.popitem(last=False)
                return value
            finally:
                with self._lock:
                    self._building.pop(key, None)
                mine.set()

    def cache_info(self) -> CacheInfo:
        with self._lock:
            return CacheInfo(self._info.hits, self._info.misses, len(self._entries))

    def cache_clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._info = CacheInfo()


def shared_cache(maxsize: int) -> Callable[[Callable[P, R]], SharedCache[P, R]]:
    """Decorator form of `SharedCache`."""

    def decorate(fn: Callable[P, R]) -> SharedCache[P, R]:
        return SharedCache(fn, maxsize)

    return decorate
