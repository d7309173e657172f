"""The list of layers and the cached, validated loading of their files.

Loading never raises for a bad shipped file: `load_all()` returns the error beside the layers that
did load, so one broken file costs one layer, not the app.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd

from atlas.foundation.config import import_dir
from atlas.layers.spec import GROUPS, LayerSpec
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


def layers_by_group() -> dict[str, list[LayerSpec]]:
    return {g: [s for s in all_layers() if s.group == g] for g in GROUPS}


@dataclass(frozen=True)
class LoadedLayer:
    spec: LayerSpec
    frame: gpd.GeoDataFrame | None
    meta: dict[str, Any]
    error: LayerError | None = None

    @property
    def ok(self) -> bool:
        return self.frame is not None


def layer_path(spec: LayerSpec) -> Path:
    """The file in use: a validated import (src/atlas/data/imports/) when there is one, else the shipped file."""
    imported = import_dir() / spec.filename
    return imported if imported.exists() else spec.path


def load_layer(layer_id: str, path: Path | None = None) -> LoadedLayer:
    """Validated layer (cached on file path and modification time); errors come back, not raised."""
    spec = get_layer(layer_id)
    path = path or layer_path(spec)
    stamp = path.stat().st_mtime_ns if path.exists() else 0
    return _load_cached(spec.id, str(path), stamp)


@lru_cache(maxsize=64)
def _load_cached(layer_id: str, path: str, stamp: int) -> LoadedLayer:
    spec = get_layer(layer_id)
    try:
        frame, meta = read_layer_file(spec, Path(path))
    except LayerError as exc:
        return LoadedLayer(spec, None, {}, exc)
    return LoadedLayer(spec, frame, meta)


def load_frame(layer_id: str) -> gpd.GeoDataFrame:
    """The layer's frame for analyses that cannot work without it; raises LayerError when refused."""
    loaded = load_layer(layer_id)
    if loaded.error is not None:
        raise loaded.error.again()
    return loaded.frame


def load_all() -> dict[str, LoadedLayer]:
    return {spec.id: load_layer(spec.id) for spec in all_layers()}
