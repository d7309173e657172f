"""The list of layers and the cached, validated loading of their files.

Loading never raises for a bad shipped file: `load_all()` returns the error beside the layers that
did load, so one broken file costs one layer, not the app.
"""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd

from atlas import store
from atlas.foundation.i18n import Msg
from atlas.foundation.roles import allows
from atlas.layers.derived import derive
from atlas.layers.spec import GROUPS, LayerSpec, Provenance
from atlas.layers.validate import LayerError, read_layer_file

# Module names, in legend order. A new layer is one module plus one line here.
LAYER_MODULES: tuple[str, ...] = (
    "countries",
    "region",
    "departments",
    "arrondissements",
    "rivers",
    "roads_dcw",
    "roads",
    "places",
    "mining_sites",
    "concessions",
    "facilities",
    "services_areas",
    "bajenu_gox",
    "border_villages",
    "crossings",
    "incidents_heat",
)


@lru_cache(maxsize=1)
def all_layers() -> tuple[LayerSpec, ...]:
    specs = [importlib.import_module(f"atlas.layers.specs.{name}").SPEC for name in LAYER_MODULES]
    ids = [s.id for s in specs]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate layer ids in registry: {ids}")
    return tuple(specs)


def get_layer(layer_id: str) -> LayerSpec:
    for spec in all_layers():
        if spec.id == layer_id:
            return spec
    raise KeyError(f"unknown layer {layer_id!r}; known: {', '.join(s.id for s in all_layers())}")


def layers_by_group(role: str | None = None) -> dict[str, list[LayerSpec]]:
    """The layers by group; with `role`, only those that role may receive."""
    shown = all_layers() if role is None else visible_layers(role)
    return {g: [s for s in shown if s.group == g] for g in GROUPS}


def visible_layers(role: str) -> tuple[LayerSpec, ...]:
    """The layers `role` may receive (a viewer never gets a partner layer, in any page or file)."""
    return tuple(s for s in all_layers() if allows(role, s.min_role))


def visible_ids(role: str) -> tuple[str, ...]:
    return tuple(s.id for s in visible_layers(role))


@dataclass(frozen=True)
class LoadedLayer:
    spec: LayerSpec
    frame: gpd.GeoDataFrame | None
    meta: dict[str, Any]
    error: LayerError | None = None
    version: int | None = None  # the store version shown (None: read from a file)

    @property
    def ok(self) -> bool:
        return self.frame is not None


def load_layer(layer_id: str, path: Path | None = None) -> LoadedLayer:
    """The layer's current version from the store, validated; errors come back, not raised.

    The first call for a layer seeds version 1 from the shipped file (once per store, whichever
    process gets there first). Reading is cached on (database, layer, version): an import or a
    revert changes the current number, so every page, session and command sees it at once.
    `path` reads that file instead (tools and tests), cached on its modification time.
    """
    spec = get_layer(layer_id)
    if path is not None:
        return _load_file(spec.id, str(path), path.stat().st_mtime_ns if path.exists() else 0)
    url = store.database_url()
    stamp = spec.path.stat().st_mtime_ns if spec.path.exists() else 0
    version = store.current_version(spec.id)
    if version is None:
        shipped = _load_file(spec.id, str(spec.path), stamp)
        if not shipped.ok:
            return shipped  # a broken shipped file is reported, never stored
        version = store.seed(spec.id, shipped.frame, shipped_provenance(spec, shipped.meta))
    elif _shipped_changed(spec.id, url, stamp):
        version = store.current_version(spec.id) or version
    return _load_version(spec.id, url, version)


@lru_cache(maxsize=64)
def _shipped_changed(layer_id: str, url: str, stamp: int) -> bool:
    """Once per process and shipped file: record an updated shipped file (an upgraded atlas) as a version.

    It becomes current only if shipped data are current (an import stays current). True when added.
    """
    spec = get_layer(layer_id)
    if not spec.path.exists():
        return False
    digest = hashlib.sha256(spec.path.read_bytes()).hexdigest()
    if any(v.kind == "shipped" and v.sha256 == digest for v in store.versions(layer_id, url)):
        return False
    shipped = _load_file(layer_id, str(spec.path), stamp)
    if not shipped.ok:
        return False  # a broken new file never replaces working data
    store.add_shipped(layer_id, shipped.frame, shipped_provenance(spec, shipped.meta), url)
    return True


def shipped_provenance(spec: LayerSpec, meta: dict) -> store.Provenance:
    """How the store records version 1 (the shipped file); the page shows the spec's own wording."""
    data = spec.path.read_bytes()
    p = spec.provenance
    return store.Provenance(
        kind="shipped",
        user="atlas",
        source=p.text("source", "en"),
        licence=p.text("licence", "en"),
        date=p.text("date", "en"),
        located=p.text("located", "en"),
        file_name=spec.filename,
        sha256=hashlib.sha256(data).hexdigest(),
        meta=meta,
    )


@lru_cache(maxsize=64)
def _load_file(layer_id: str, path: str, stamp: int) -> LoadedLayer:
    spec = get_layer(layer_id)
    try:
        frame, meta = read_layer_file(spec, Path(path))
    except LayerError as exc:
        return LoadedLayer(spec, None, {}, exc)
    return LoadedLayer(spec, derive(spec, frame), meta)


@lru_cache(maxsize=64)
def _load_version(layer_id: str, url: str, version: int) -> LoadedLayer:
    spec = get_layer(layer_id)
    frame = store.load_version(layer_id, version, url)
    info = store.version_info(layer_id, version, url)
    return LoadedLayer(spec, derive(spec, frame), dict(info.meta), version=version)


Stamp = tuple[tuple[str, int | str | None], ...]


def data_stamp(layer_ids: tuple[str, ...] | None = None) -> Stamp:
    """The store, then (layer, current version) pairs: the cache key of anything computed from several layers.

    Cheap (one query); an import or a revert changes it, so caches keyed on it are never stale. The
    store's URL comes first: version 2 of a layer in one store is not version 2 in another (tests
    with private stores, or a server switched to PostGIS, would otherwise get each other's results).
    """
    ids = layer_ids or tuple(s.id for s in all_layers())
    current = store.current_versions()
    missing = [i for i in ids if i not in current]
    for layer_id in missing:  # seed on first use, so the stamp does not change on the next call
        current_version = load_layer(layer_id).version
        if current_version is not None:
            current[layer_id] = current_version
    return (("store", store.database_url()), *((i, current.get(i)) for i in ids))


def current_provenance(layer_id: str) -> Provenance:
    """The provenance of the data shown now: the spec's for shipped data, the import's otherwise.

    Briefs, the details panel, the sources table and exports all credit the current version.
    """
    spec = get_layer(layer_id)
    info = store.current_info(layer_id)
    if info is None or info.kind == "shipped":
        return spec.provenance
    return Provenance(
        source=info.source,
        licence=info.licence,
        date=info.date or info.created_at[:10],
        located=info.located or Msg("data.located_unknown"),
        attribution=info.source,
        synthetic=False,
    )


def load_frame(layer_id: str) -> gpd.GeoDataFrame:
    """The layer's frame for analyses that cannot work without it; raises LayerError when refused."""
    loaded = load_layer(layer_id)
    if loaded.error is not None:
        raise loaded.error.again()
    return loaded.frame


def load_all() -> dict[str, LoadedLayer]:
    return {spec.id: load_layer(spec.id) for spec in all_layers()}


def data_version() -> str:
    """A token of the data shown: the store and every layer's current version. What shared caches key on.

    An import or a revert moves a current-version pointer, so the token moves at once for every
    session and every process sharing the store; callers only compare tokens, never read them.
    """
    return hashlib.sha256(repr(data_stamp()).encode()).hexdigest()[:16]
