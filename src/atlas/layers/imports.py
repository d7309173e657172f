"""Validated, versioned import of real data over a layer (e.g. the Ministry's Bajenu Gox lists).

An upload is validated as the target layer in memory (`atlas.layers.validate`); only when the whole
file passes is it added to the store as the next version, in one transaction that also moves the
"current" pointer. A refused upload changes nothing. Earlier versions stay: `revert` moves the
pointer back (or forward). Incident data never come in this way: they enter only through
`atlas risk ingest`, which aggregates them.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath

import geopandas as gpd

from atlas import store
from atlas.layers.registry import all_layers, get_layer, load_layer
from atlas.layers.validate import LayerError, read_layer_bytes

NOT_IMPORTABLE = ("aggregate",)  # incidents: only through the aggregation command
MAX_TEXT = 500  # characters of a typed-in provenance field
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str, limit: int = MAX_TEXT) -> str:
    """Free text as stored and echoed: control and bidi characters removed, whitespace collapsed, bounded."""
    return " ".join(_CONTROL.sub(" ", value or "").split())[:limit]


def display_name(original_name: str) -> str:
    """The uploaded file's own name (no folders), cleaned: it is shown, never used as a path."""
    name = PurePath(str(original_name).replace("\\", "/")).name
    return clean_text(name, 200) or "upload"


def importable_layers() -> list[str]:
    return [s.id for s in all_layers() if s.sensitivity not in NOT_IMPORTABLE]


def ensure_seeded(layer_id: str) -> int | None:
    """The layer's current version, seeding version 1 from the shipped file first if needed."""
    return load_layer(layer_id).version or store.current_version(layer_id)


def import_layer(
    layer_id: str,
    data: bytes,
    original_name: str,
    source: str,
    licence: str,
    *,
    user: str = "",
    date: str = "",
    located: str = "",
    note: str = "",
    gpkg_layer: str | None = None,
) -> store.VersionInfo:
    """Validate `data` as `layer_id` and, only if it passes, store it as the new current version.

    Returns the record of the version this call made current (with its number): concurrent
    imports are serialised by the store, so each caller learns the truth. Raises LayerError.
    """
    spec = get_layer(layer_id)
    name = display_name(original_name)
    if spec.sensitivity in NOT_IMPORTABLE:
        raise LayerError(name, "incidents")
    source, licence = clean_text(source), clean_text(licence)
    if not source or not licence:
        raise LayerError(name, "provenance")
    frame, meta = read_layer_bytes(spec, data, name, gpkg_layer=gpkg_layer)
    return store_frame(
        layer_id, frame, data, name, source, licence, user=user, date=date, located=located, note=note, meta=meta
    )


def store_frame(
    layer_id: str,
    frame: gpd.GeoDataFrame,
    data: bytes,
    name: str,
    source: str,
    licence: str,
    *,
    user: str = "",
    date: str = "",
    located: str = "",
    note: str = "",
    meta: dict | None = None,
) -> store.VersionInfo:
    """Store an already validated frame as the layer's new current version (one transaction, audited).

    `data` is the uploaded file, kept only as its SHA-256 (which file made this version).
    """
    spec = get_layer(layer_id)
    if spec.sensitivity in NOT_IMPORTABLE:
        raise LayerError(name, "incidents")
    source, licence = clean_text(source), clean_text(licence)
    if not source or not licence:
        raise LayerError(name, "provenance")
    ensure_seeded(layer_id)
    prov = store.Provenance(
        kind="import",
        user=clean_text(user, 200) or "anonymous",
        source=source,
        licence=licence,
        date=clean_text(date, 100),
        located=clean_text(located),
        file_name=display_name(name),
        sha256=hashlib.sha256(data).hexdigest(),
        note=clean_text(note),
        meta=meta or {},
    )
    version = store.add_version(layer_id, frame.to_crs("EPSG:4326"), prov)
    return store.version_info(layer_id, version)


def revert(layer_id: str, to: int, user: str = "") -> store.VersionInfo:
    """Make version `to` current again; nothing is deleted. Raises store.StoreError for an unknown version."""
    get_layer(layer_id)
    ensure_seeded(layer_id)
    store.revert(layer_id, int(to), clean_text(user, 200) or "anonymous")
    return store.version_info(layer_id, int(to))


def versions(layer_id: str) -> list[store.VersionInfo]:
    """Every version of the layer, oldest first (seeding version 1 first if needed)."""
    get_layer(layer_id)
    ensure_seeded(layer_id)
    return store.versions(layer_id)
