"""Layer versions: add one (seed or import) in a single transaction, move the pointer, read one back.

Version numbers start at 1 (the shipped file) and only grow. `add_version` inserts the version
row, every feature and the pointer move in one transaction under the writers' lock, so a crash,
a kill or an error at any statement leaves the previous version current and no partial rows;
concurrent callers are serialised and each is told the version that its own call made current.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from sqlalchemy import ColumnElement, Connection, bindparam, func, insert, select, text, update

from atlas.store import audit, gpkg
from atlas.store.engine import database_url, reading, writing
from atlas.store.schema import tables
from atlas.store.timeutil import now
from atlas.store.watch import generation

WGS84 = "EPSG:4326"
_SAFE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
# Test hook: called with the connection just before COMMIT of an import (simulates a full disk).
before_commit: Callable[[Connection], None] | None = None


class StoreError(ValueError):
    """A store operation that cannot be done (unknown version, no such layer); `reason` + values."""

    def __init__(self, reason: str, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(f"{reason}: {values}")


@dataclass(frozen=True)
class Provenance:
    """What the store records about a version (free text as the person typed it)."""

    kind: str  # "shipped" | "import"
    user: str
    source: str
    licence: str
    date: str = ""
    located: str = ""
    file_name: str = ""
    sha256: str = ""
    note: str = ""
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class VersionInfo:
    layer_id: str
    version: int
    kind: str
    created_at: str
    user: str
    source: str
    licence: str
    date: str
    located: str
    file_name: str
    sha256: str
    features: int
    columns: list
    meta: dict
    note: str
    current: bool = False


@dataclass(frozen=True)
class Event:
    layer_id: str
    action: str
    from_version: int | None
    to_version: int
    user: str
    at: str


def current_version(layer_id: str, url: str | None = None) -> int | None:
    """The current version number, or None before the layer is seeded (from `current_versions`)."""
    return current_versions(url).get(layer_id)


_versions_lock = threading.Lock()
_versions_cache: dict[str, tuple[object, dict[str, int]]] = {}


def current_versions(url: str | None = None) -> dict[str, int]:
    """Every layer's current version (the cache key of whatever depends on several layers).

    Asked on every run of every page, so the answer is kept per store and re-read only when the
    store's watcher (`store.watch.generation`) says someone committed since: one query per change
    instead of one per run. The token is taken before the query, so a commit racing the query is
    seen on the next call. A store the watcher cannot follow is queried every time.
    """
    url = url or database_url()
    token = generation(url)
    if token is not None:
        with _versions_lock:
            hit = _versions_cache.get(url)
        if hit is not None and hit[0] == token:
            return dict(hit[1])
    cur = tables(url)["layer_current"]
    with reading(url) as conn:
        result = {str(r[0]): int(r[1]) for r in conn.execute(select(cur.c.layer_id, cur.c.version))}
    if token is not None:
        with _versions_lock:
            _versions_cache[url] = (token, result)
    return dict(result)


def versions(layer_id: str, url: str | None = None) -> list[VersionInfo]:
    """Every version of the layer, oldest first, the current one flagged."""
    t = tables(url)
    lv = t["layer_versions"]
    with reading(url) as conn:
        cur = conn.execute(
            select(t["layer_current"].c.version).where(t["layer_current"].c.layer_id == layer_id)
        ).scalar()
        rows = conn.execute(select(lv).where(lv.c.layer_id == layer_id).order_by(lv.c.version)).mappings().all()
    return [VersionInfo(**dict(r), current=r["version"] == cur) for r in rows]


def version_info(layer_id: str, version: int, url: str | None = None) -> VersionInfo:
    for info in versions(layer_id, url):
        if info.version == version:
            return info
    raise StoreError("no_version", layer=layer_id, version=version)


def current_info(layer_id: str, url: str | None = None) -> VersionInfo | None:
    """The current version's record (None before seeding)."""
    t = tables(url)
    lv, cur = t["layer_versions"], t["layer_current"]
    query = select(lv).join(cur, (cur.c.layer_id == lv.c.layer_id) & (cur.c.version == lv.c.version))
    with reading(url) as conn:
        row = conn.execute(query.where(lv.c.layer_id == layer_id)).mappings().first()
    return None if row is None else VersionInfo(**dict(row), current=True)


def events(layer_id: str, url: str | None = None) -> list[Event]:
    """The layer's history in the audit log (seed, imports, reverts), oldest first."""
    return [
        Event(e.layer_id or layer_id, e.action, e.from_version, int(e.to_version or 0), e.user, e.at)
        for e in audit.entries(layer_id=layer_id, url=url)
        if e.action in audit.LAYER_ACTIONS
    ]


def seed(layer_id: str, frame: gpd.GeoDataFrame, prov: Provenance, url: str | None = None) -> int:
    """Store `frame` as version 1 unless the layer already has versions; return the current version.

    Idempotent and safe when several processes start at once: the check runs under the lock.
    """
    return _add(layer_id, frame, prov, url, only_if_empty=True)


def add_version(layer_id: str, frame: gpd.GeoDataFrame, prov: Provenance, url: str | None = None) -> int:
    """Add `frame` as the next version and make it current, in one transaction; return its number."""
    return _add(layer_id, frame, prov, url, only_if_empty=False)


def add_shipped(layer_id: str, frame: gpd.GeoDataFrame, prov: Provenance, url: str | None = None) -> int:
    """A changed shipped file (an upgraded atlas): add it as a version unless one has its sha256.

    It becomes current only when the current version is itself shipped data: a partner's import
    stays current until someone reverts. Returns the current version afterwards.
    """
    return _add(layer_id, frame, prov, url, only_if_empty=False, shipped_update=True)


def revert(layer_id: str, to: int, user: str, url: str | None = None) -> int:
    """Make version `to` current (earlier or later); nothing is deleted and the move is logged."""
    t = tables(url)
    lv, cur = t["layer_versions"], t["layer_current"]
    with writing(f"layer:{layer_id}", url) as conn:
        exists = conn.execute(select(lv.c.version).where((lv.c.layer_id == layer_id) & (lv.c.version == to))).scalar()
        if exists is None:
            raise StoreError("no_version", layer=layer_id, version=to)
        before = conn.execute(select(cur.c.version).where(cur.c.layer_id == layer_id)).scalar()
        conn.execute(update(cur).where(cur.c.layer_id == layer_id).values(version=to))
        _log(conn, url, layer_id, "revert", before, to, user)
        _refresh_view(conn, layer_id, url)
    return to


def _add(
    layer_id: str,
    frame: gpd.GeoDataFrame,
    prov: Provenance,
    url: str | None,
    only_if_empty: bool,
    shipped_update: bool = False,
) -> int:
    if not _SAFE_NAME.match(layer_id):
        raise StoreError("bad_layer_id", layer=layer_id)
    columns, props, wkbs = _rows(frame)
    t = tables(url)
    lv, lf, cur = t["layer_versions"], t["layer_features"], t["layer_current"]
    with writing(f"layer:{layer_id}", url) as conn:
        before = conn.execute(select(cur.c.version).where(cur.c.layer_id == layer_id)).scalar()
        if only_if_empty and before is not None:
            return int(before)
        move = True
        if shipped_update and before is not None:
            known = conn.execute(
                select(lv.c.version).where(
                    (lv.c.layer_id == layer_id) & (lv.c.kind == "shipped") & (lv.c.sha256 == prov.sha256)
                )
            ).first()
            if known is not None:  # another process recorded this shipped file already
                return int(before)
            current_kind = conn.execute(
                select(lv.c.kind).where((lv.c.layer_id == layer_id) & (lv.c.version == before))
            ).scalar()
            move = current_kind == "shipped"
        last = conn.execute(select(func.max(lv.c.version)).where(lv.c.layer_id == layer_id)).scalar()
        version = int(last or 0) + 1
        record = {k: v for k, v in asdict(prov).items()}
        conn.execute(
            insert(lv).values(
                layer_id=layer_id,
                version=version,
                created_at=now(),
                features=len(frame),
                columns=columns,
                **record,
            )
        )
        if props:
            geom_value: ColumnElement[Any] = bindparam("wkb")
            if conn.dialect.name == "postgresql":
                geom_value = func.ST_GeomFromWKB(bindparam("wkb"), 4326)
            stmt = insert(lf).values(
                layer_id=layer_id, version=version, fid=bindparam("fid"), properties=bindparam("props"), geom=geom_value
            )
            if conn.dialect.name == "sqlite":  # GeoPackage blobs: the file is a GeoPackage QGIS can open
                wkbs = [gpkg.to_blob(w) for w in wkbs]
            conn.execute(
                stmt, [{"fid": i, "props": p, "wkb": w} for i, (p, w) in enumerate(zip(props, wkbs, strict=True))]
            )
        if before is None:
            conn.execute(insert(cur).values(layer_id=layer_id, version=version))
        elif move:
            conn.execute(update(cur).where(cur.c.layer_id == layer_id).values(version=version))
        if move:
            _log(conn, url, layer_id, "seed" if prov.kind == "shipped" else "import", before, version, prov.user)
            _refresh_view(conn, layer_id, url, columns)
        if before_commit is not None:
            before_commit(conn)
    return version if move else int(before)  # type: ignore[arg-type]


def _log(conn: Connection, url: str | None, layer_id: str, action: str, before: int | None, to: int, user: str) -> None:
    audit.write(conn, action, user, layer_id=layer_id, from_version=before, to_version=to, url=url)


def _rows(frame: gpd.GeoDataFrame) -> tuple[list[str], list[dict], list[bytes]]:
    """Property names, JSON-ready property dicts (NaN → null) and 2-D WKB, in feature order."""
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(WGS84)
    plain = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    columns = [str(c) for c in plain.columns]
    plain.columns = columns
    records = json.loads(plain.to_json(orient="records", date_format="iso", force_ascii=False)) if columns else []
    if not columns:
        records = [{} for _ in range(len(frame))]
    wkbs = [bytes(w) for w in shapely.to_wkb(frame.geometry.values, output_dimension=2)]
    return columns, records, wkbs


def load_version(layer_id: str, version: int, url: str | None = None) -> gpd.GeoDataFrame:
    """The version's features as a GeoDataFrame (EPSG:4326), cached on (database, layer, version).

    Versions never change once written, so the cache can never be stale: an import or a revert
    changes the current *number*, which every reader looks up first.
    """
    return _load(url or database_url(), layer_id, int(version)).copy()


@lru_cache(maxsize=64)
def _load(url: str, layer_id: str, version: int) -> gpd.GeoDataFrame:
    t = tables(url)
    lf, lv = t["layer_features"], t["layer_versions"]
    with reading(url) as conn:
        columns = conn.execute(
            select(lv.c.columns).where((lv.c.layer_id == layer_id) & (lv.c.version == version))
        ).scalar()
        if columns is None:
            raise StoreError("no_version", layer=layer_id, version=version)
        geom = func.ST_AsBinary(lf.c.geom) if conn.dialect.name == "postgresql" else lf.c.geom
        rows = conn.execute(
            select(lf.c.properties, geom.label("wkb"))
            .where((lf.c.layer_id == layer_id) & (lf.c.version == version))
            .order_by(lf.c.fid)
        ).all()
    props = [r[0] for r in rows]
    geoms = shapely.from_wkb([gpkg.to_wkb(bytes(r[1])) for r in rows]) if rows else []
    data = pd.DataFrame.from_records(props, columns=list(columns)) if rows else pd.DataFrame(columns=list(columns))
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geoms, crs=WGS84), crs=WGS84)


def view_name(layer_id: str) -> str:
    return f"current_{layer_id}"


def _refresh_view(conn: Connection, layer_id: str, url: str | None, columns: Sequence[str] | None = None) -> None:
    """(Re)create `current_<layer>`: the current version's features, one column per property (for QGIS)."""
    if columns is None:
        lv, cur = tables(url)["layer_versions"], tables(url)["layer_current"]
        columns = (
            conn.execute(
                select(lv.c.columns)
                .join(cur, (cur.c.layer_id == lv.c.layer_id) & (cur.c.version == lv.c.version))
                .where(lv.c.layer_id == layer_id)
            ).scalar()
            or []
        )
    quote = conn.dialect.identifier_preparer.quote
    pg = conn.dialect.name == "postgresql"
    cols = []
    for name in columns:
        if not _SAFE_NAME.match(name) or name.lower() in ("fid", "geom", "version"):
            continue  # hostile or clashing names stay in the JSON, out of the view's column list
        extract = f"f.properties->>'{name}'" if pg else f"json_extract(f.properties, '$.{name}')"
        cols.append(f"{extract} AS {quote(name)}")
    view = quote(view_name(layer_id))
    select_list = ", ".join(["f.fid AS fid", "f.version AS version", *cols, "f.geom AS geom"])
    conn.execute(text(f"DROP VIEW IF EXISTS {view}"))
    conn.execute(
        text(
            f"CREATE VIEW {view} AS SELECT {select_list} FROM layer_features f JOIN layer_current c "
            f"ON f.layer_id = c.layer_id AND f.version = c.version WHERE f.layer_id = '{layer_id}'"
        )
    )
    if not pg:
        gpkg.register_view(conn, view_name(layer_id), layer_id)


__all__ = [
    "Event",
    "Provenance",
    "StoreError",
    "VersionInfo",
    "add_version",
    "current_info",
    "current_version",
    "events",
    "load_version",
    "revert",
    "seed",
    "version_info",
    "versions",
]
