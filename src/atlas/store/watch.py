"""Has the store changed since we last looked? A cheap answer, so "current versions" can be cached.

Why: every run of the map page asks which version of each layer is current (the key of every
shared cache). Asked through the pool, that is a connection checkout, a transaction and a query per
run, for an answer that changes a few times a day. Here each process keeps one extra connection
per store that only answers "did anyone commit since?":

- SQLite: `PRAGMA data_version` on a connection that never writes changes whenever any other
  connection (this process's pool, another process, the `atlas data` command) commits. Microseconds,
  no transaction. The file's identity is part of the token, so a store file replaced on disk is seen.
- PostgreSQL: the pointer table itself, read on a dedicated autocommit connection (one round trip
  on a local socket, no pool checkout, no transaction, no SQLAlchemy): the token is the answer.
  Any error (a restarted server, tables not created yet) drops the connection: "unknown".

`generation(url)` returns a token that differs whenever a commit may have happened since the last
call, or None when it cannot tell (then the caller asks the database, as before). A caller must take
the token BEFORE reading the data it caches under it: a commit between the two then shows in the
next token, so a cached answer is never older than its token.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import event

from atlas.store.engine import get_engine

MAX_WATCHERS = 8  # one connection each; tests open a store per test, a server one or two

_lock = threading.RLock()
_connections = itertools.count(1)  # every watcher connection gets a new number: tokens never repeat
_watchers: OrderedDict[str, _Watcher] = OrderedDict()


class _Watcher:
    def token(self) -> object | None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _SqliteWatcher(_Watcher):
    """A read-only connection whose `PRAGMA data_version` moves with every other connection's commit."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._identity: tuple[int, int] | None = None
        self._serial = 0

    def token(self) -> object | None:
        try:
            st = os.stat(self._path)
        except OSError:
            return None  # not created yet: ask the database (which creates it)
        identity = (st.st_dev, st.st_ino)
        if self._conn is None or identity != self._identity:
            self.close()
            self._conn = sqlite3.connect(self._path, check_same_thread=False)  # only ever asks the PRAGMA
            self._identity = identity
            self._serial = next(_connections)
        (version,) = self._conn.execute("PRAGMA data_version").fetchone()
        return (self._serial, int(version))

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None


class _PostgresWatcher(_Watcher):
    """The pointer table read on a dedicated autocommit connection: no pool, no transaction, no ORM.

    Why not LISTEN/NOTIFY: a notification reaches the listening connection asynchronously, after
    the writer's COMMIT has returned; under load this process's own import was not yet visible on
    its very next call (a test caught it). Reading the pointers is exact and costs one round trip
    on a local socket (about a tenth of a millisecond), against a pooled SQLAlchemy transaction before.
    """

    def __init__(self, url: str) -> None:
        self._url = url
        self._conn: Any = None

    def token(self) -> object | None:
        if self._conn is None:
            engine = get_engine(self._url)
            args, kwargs = engine.dialect.create_connect_args(engine.url)
            self._conn = engine.dialect.loaded_dbapi.connect(*args, **kwargs)
            self._conn.autocommit = True
        rows = self._conn.execute("SELECT layer_id, version FROM layer_current ORDER BY layer_id").fetchall()
        return tuple((str(layer), int(version)) for layer, version in rows)

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None


def _make(url: str) -> _Watcher | None:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        return _SqliteWatcher(os.path.abspath(path)) if path and path != ":memory:" else None
    if url.startswith(("postgresql", "postgres")):
        return _PostgresWatcher(url)
    return None


def generation(url: str) -> object | None:
    """A token that changes whenever a commit to the store at `url` may have happened; None: unknown."""
    with _lock:
        if url not in _watchers:
            watcher = _make(url)
            if watcher is None:
                return None
            _watchers[url] = watcher
            event.listen(get_engine(url), "engine_disposed", lambda _engine: forget(url))
            while len(_watchers) > MAX_WATCHERS:
                _watchers.popitem(last=False)[1].close()
        _watchers.move_to_end(url)
        watcher = _watchers[url]
        try:
            return watcher.token()
        except Exception:  # a lost connection, a file being replaced: unknown, and reconnect next time
            watcher.close()
            return None


def forget(url: str | None = None) -> None:
    """Close the watcher of `url` (every watcher when None): tests dropping a store, engine disposal."""
    with _lock:
        for key in [url] if url is not None else list(_watchers):
            watcher = _watchers.pop(key, None)
            if watcher is not None:
                watcher.close()
