"""Benchmark: import and revert a 10,000-feature layer on SQLite and on PostGIS. Prints seconds.

    .venv/bin/python -m bench.bench_store [--features 10000] [--postgres URL]

The PostGIS URL defaults to $ATLAS_TEST_POSTGRES_URL (tools/postgres.sh starts a throwaway
cluster and sets it: `bash -c 'source tools/_env.sh; source tools/postgres.sh; .venv/bin/python -m
bench.bench_store'`). Each backend gets a fresh store (a temp SQLite file; a new schema). The
"import" is the whole door: validation of the GeoJSON bytes + one store transaction; "store only"
is the transaction alone; "revert" moves the pointer; "load" reads the version back (uncached).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np


def _geojson(n: int) -> bytes:
    rng = np.random.default_rng(1)
    lons = rng.uniform(-12.8, -11.4, n)
    lats = rng.uniform(12.3, 13.3, n)
    kinds = ("artisanal_site", "industrial_mine", "industrial_project")
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(float(x), 5), round(float(y), 5)]},
            "properties": {
                "name": f"Site {i}",
                "kind": kinds[i % 3],
                "operator": f"Operator {i % 40}",
                "location_basis": "published_coordinate",
                "department": ("Kédougou", "Saraya", "Salémata")[i % 3],
                "source": "bench",
                "note": "synthetic benchmark feature",
            },
        }
        for i, (x, y) in enumerate(zip(lons, lats, strict=True))
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def _timed(label: str, fn) -> object:
    t0 = time.perf_counter()
    result = fn()
    print(f"  {label:<34} {time.perf_counter() - t0:7.2f} s")
    return result


def run(url: str, data: bytes) -> None:
    from atlas import store
    from atlas.layers import imports
    from atlas.layers.registry import get_layer
    from atlas.layers.validate import read_layer_bytes
    from atlas.store.history import _load

    os.environ["ATLAS_DATABASE_URL"] = url
    _timed("seed v1 (shipped file)", lambda: imports.ensure_seeded("mining_sites"))
    record = _timed(
        "import 10k (validate + store)", lambda: imports.import_layer("mining_sites", data, "b.geojson", "bench", "CC0")
    )
    frame, _ = read_layer_bytes(get_layer("mining_sites"), data, "b.geojson")
    prov = store.Provenance(kind="import", user="bench", source="bench", licence="CC0")
    _timed("store only (one transaction)", lambda: store.add_version("mining_sites", frame, prov))
    _timed("revert to v1", lambda: store.revert("mining_sites", 1, "bench"))
    _timed("revert to the 10k version", lambda: store.revert("mining_sites", record.version, "bench"))
    _load.cache_clear()
    _timed("load the 10k version (uncached)", lambda: store.load_version("mining_sites", record.version))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--features", type=int, default=10_000)
    parser.add_argument("--postgres", default=os.environ.get("ATLAS_TEST_POSTGRES_URL", ""))
    args = parser.parse_args()
    os.environ.setdefault("ATLAS_HOME", tempfile.mkdtemp(prefix="atlas-bench-home-"))
    data = _geojson(args.features)
    print(f"{args.features:,} point features, {len(data) / 1e6:.1f} MB of GeoJSON")
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        print("SQLite")
        run(f"sqlite:///{Path(tmp) / 'store.sqlite'}", data)
    if not args.postgres:
        print("PostGIS: no URL (set ATLAS_TEST_POSTGRES_URL or pass --postgres); not measured")
        return
    from sqlalchemy import text

    from atlas.store.engine import get_engine

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with get_engine(args.postgres).begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        print("PostGIS")
        joiner = "&" if "?" in args.postgres else "?"
        run(f"{args.postgres}{joiner}options=-csearch_path%3D{schema},public", data)
    finally:
        with get_engine(args.postgres).begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))


if __name__ == "__main__":
    main()
