"""Validated import of real data over a shipped layer (e.g. the Ministry's Bajenu Gox lists).

An upload is validated as the target layer in memory; only when everything passes is it written,
atomically (temp file + rename), to `src/atlas/data/imports/`, which the registry reads in preference to
the shipped file. A refused upload changes nothing. Incident data never come in this way: they
enter only through `atlas risk ingest`, which aggregates them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from atlas.foundation.config import import_dir
from atlas.foundation.files import write_atomic
from atlas.layers.registry import get_layer
from atlas.layers.validate import LayerError, read_layer_bytes

NOT_IMPORTABLE = ("aggregate",)  # incidents: only through the aggregation command


@dataclass(frozen=True)
class ImportRecord:
    layer_id: str
    original_name: str
    features: int
    sha256: str
    imported_at: str
    source: str
    licence: str


def importable_layers() -> list[str]:
    from atlas.layers.registry import all_layers

    return [s.id for s in all_layers() if s.sensitivity not in NOT_IMPORTABLE]


def import_layer(layer_id: str, data: bytes, original_name: str, source: str, licence: str) -> ImportRecord:
    """Validate `data` as `layer_id` and, only if it passes, store it. Raises LayerError otherwise."""
    spec = get_layer(layer_id)
    display_name = Path(original_name).name or "upload"
    if spec.sensitivity in NOT_IMPORTABLE:
        raise LayerError(display_name, "incidents")
    if not source.strip() or not licence.strip():
        raise LayerError(display_name, "provenance")
    frame, _meta = read_layer_bytes(spec, data, display_name)
    frame = frame.to_crs("EPSG:4326")
    record = ImportRecord(
        layer_id,
        display_name,
        len(frame),
        hashlib.sha256(data).hexdigest(),
        datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        source.strip(),
        licence.strip(),
    )
    target = import_dir()
    target.mkdir(parents=True, exist_ok=True)
    write_atomic(target / spec.filename, frame.to_json(drop_id=True, ensure_ascii=False).encode("utf-8"))
    write_atomic(target / f"{spec.id}.import.json", json.dumps(record.__dict__, ensure_ascii=False).encode())
    return record


def imported(layer_id: str) -> ImportRecord | None:
    """The record of the import currently replacing `layer_id`, if any."""
    path = import_dir() / f"{layer_id}.import.json"
    if not path.exists():
        return None
    return ImportRecord(**json.loads(path.read_text(encoding="utf-8")))


def revert(layer_id: str) -> None:
    """Drop an import: the shipped file is used again."""
    spec = get_layer(layer_id)
    for path in (import_dir() / spec.filename, import_dir() / f"{spec.id}.import.json"):
        path.unlink(missing_ok=True)
