"""The shipped point layers at ×N: jittered copies imported through the app's own import path.

Used by bench/bench_scale.py and the tests that check the map stays bounded at a hundred times
today's data. `import_scaled` is the one place to change when the versioned store replaces file imports.
"""

from __future__ import annotations

import copy
import json

import numpy as np

POINT_LAYERS = ("places", "mining_sites", "border_villages", "crossings")
JITTER_DEG = 0.04


def scaled_geojson(layer_id: str, factor: int, seed: int = 13) -> bytes:
    """The shipped layer with `factor - 1` jittered copies of every feature (ids and names kept unique)."""
    from atlas.foundation.config import ATLAS_WINDOW
    from atlas.layers.registry import get_layer

    collection = json.loads(get_layer(layer_id).path.read_text(encoding="utf-8"))
    rng = np.random.default_rng(seed)
    west, south, east, north = ATLAS_WINDOW
    features = []
    for k in range(factor):
        for feature in collection["features"]:
            twin = copy.deepcopy(feature)
            if k:
                lon, lat = twin["geometry"]["coordinates"][:2]
                twin["geometry"]["coordinates"] = [
                    float(np.clip(lon + rng.uniform(-JITTER_DEG, JITTER_DEG), west, east)),
                    float(np.clip(lat + rng.uniform(-JITTER_DEG, JITTER_DEG), south, north)),
                ]
                for column in ("id", "name"):
                    if column in twin["properties"] and twin["properties"][column] is not None:
                        twin["properties"][column] = f"{twin['properties'][column]} #{k}"
            features.append(twin)
    return json.dumps({**collection, "features": features}, ensure_ascii=False).encode("utf-8")


def import_scaled(factor: int) -> None:
    """Put the scaled point layers where the app reads data (today: the validated file import)."""
    from atlas.layers.imports import import_layer

    for layer_id in POINT_LAYERS:
        data = scaled_geojson(layer_id, factor)
        import_layer(layer_id, data, f"{layer_id}-x{factor}.geojson", "bench: jittered copies", "as shipped")
