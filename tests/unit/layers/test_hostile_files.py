"""Files an attacker or a careless partner would upload: each refused fast, in bounded memory, nothing stored.

Large hostile files are generated here at test time, never committed.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from atlas import store
from atlas.layers import imports
from atlas.layers.validate import LayerError

LIMIT_S = 5.0
LIMIT_RSS_MB = 500


def _refused(layer: str, data: bytes, name: str = "upload.geojson") -> LayerError:
    with pytest.raises(LayerError) as caught:
        imports.import_layer(layer, data, name, "src", "lic")
    return caught.value


def test_a_vrt_disguised_as_geojson_is_refused(private_store, tmp_path):
    secret = tmp_path / "raw_incidents.csv"
    secret.write_text("incident_id,lon,lat\nINC-1,-12.1,12.6\n")
    vrt = (
        f'<OGRVRTDataSource><OGRVRTLayer name="raw"><SrcDataSource>{secret}</SrcDataSource>'
        '<GeometryType>wkbPoint</GeometryType><GeometryField encoding="PointFromColumns" x="lon" y="lat"/>'
        "</OGRVRTLayer></OGRVRTDataSource>"
    ).encode()
    error = _refused("mining_sites", vrt, "sites.geojson")
    assert error.reason == "format" and "INC-1" not in str(error)
    assert [v.kind for v in imports.versions("mining_sites")] == ["shipped"]


@pytest.mark.parametrize(
    "payload",
    [b"CSV:/etc/passwd", b"/vsicurl/http://example.org/x.geojson", b"/vsizip//etc/x.zip", b"<?xml version='1.0'?>"],
)
def test_gdal_paths_and_prefixes_are_data_never_paths(private_store, payload):
    assert _refused("places", payload).reason == "format"


def test_json_that_is_not_a_feature_collection_is_refused(private_store):
    assert _refused("places", b'{"type": "Topology", "objects": {}}').reason == "not_feature_collection"
    assert _refused("places", b'{"type": "FeatureCollection", "features": [1]}').reason == "bad_feature"


def test_a_zip_bomb_is_refused_from_its_directory_quickly(private_store):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for part in ("x.shx", "x.prj"):
            archive.writestr(part, b"")
        with archive.open("x.shp", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(260):  # 260 MB of zeros: a few hundred KB compressed
                member.write(block)
        archive.writestr("x.dbf", b"")
    data = buffer.getvalue()
    assert len(data) < 2_000_000
    start = time.perf_counter()
    error = _refused("places", data, "bomb.zip")
    assert time.perf_counter() - start < LIMIT_S
    assert error.reason == "zip_too_large"


def test_a_zip_with_path_traversal_or_two_shapefiles_is_refused(private_store):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../etc/x.shp", b"x")
    assert _refused("places", buffer.getvalue(), "evil.zip").reason == "zip_contents"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for stem in ("a", "b"):
            for ext in ("shp", "shx", "dbf", "prj"):
                archive.writestr(f"{stem}.{ext}", b"x")
    assert _refused("places", buffer.getvalue(), "two.zip").reason == "zip_contents"


def test_a_file_over_the_size_limit_is_refused_before_parsing(private_store):
    data = b"SQLite format 3\x00" + b"\0" * (52 * 1024 * 1024)  # a 52 MB "GeoPackage"
    start = time.perf_counter()
    assert _refused("places", data, "big.gpkg").reason == "too_large"
    assert time.perf_counter() - start < LIMIT_S


PROBE = textwrap.dedent(
    """
    import sys, time
    from atlas.layers.registry import get_layer
    from atlas.layers.validate import LayerError, read_layer_bytes
    data = open(sys.argv[1], "rb").read()
    start = time.perf_counter()
    try:
        read_layer_bytes(get_layer("roads"), data, "hostile.geojson")
        reason = "accepted"
    except LayerError as exc:
        reason = exc.reason
    elapsed = time.perf_counter() - start
    # VmHWM: this process's own peak (ru_maxrss can carry the forking parent's peak across exec)
    peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print(reason, f"{elapsed:.3f}", peak_kb // 1024)
    """
)


def _probe(path: Path) -> tuple[str, float, int]:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    reason, elapsed, rss = out.stdout.split()
    return reason, float(elapsed), int(rss)


def _collection(geometry: str) -> bytes:
    return (
        b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":'
        + geometry.encode()
        + b"}]}"
    )


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("deep", "too_deep"),
        ("vertices", "too_many_vertices"),
        ("deep_properties", "too_deep"),
        ("features", "too_many_features"),
    ],
)
def test_hostile_geojson_is_refused_within_5_s_and_500_mb(tmp_path, kind, expected):
    path = tmp_path / "hostile.geojson"
    if kind == "deep":
        path.write_bytes(_collection('{"type":"LineString","coordinates":' + "[" * 200_000 + "]" * 200_000 + "}"))
    elif kind == "deep_properties":
        nested = '{"a":' * 40 + "1" + "}" * 40
        path.write_bytes(
            b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
            + nested.encode()
            + b',"geometry":{"type":"Point","coordinates":[-12.1,12.6]}}]}'
        )
    elif kind == "features":  # 250,000 tiny features: under the size limit, over the feature limit
        one = '{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[-12.1,12.6]}}'
        path.write_bytes(('{"type":"FeatureCollection","features":[' + ",".join([one] * 250_000) + "]}").encode())
        assert path.stat().st_size < 50 * 1024 * 1024
    else:  # 3 million vertices in 45 MB: under the size limit, over the vertex limit
        coords = ",".join("[-12.1,12.6]" for _ in range(3_000_000))
        path.write_bytes(_collection('{"type":"LineString","coordinates":[' + coords + "]}"))
        assert path.stat().st_size < 50 * 1024 * 1024
    reason, elapsed, rss_mb = _probe(path)
    assert reason == expected
    assert elapsed < LIMIT_S
    assert rss_mb < LIMIT_RSS_MB


def test_a_geopackage_with_two_layers_asks_which_one(private_store, tmp_path):
    from atlas.layers.registry import load_layer

    frame = load_layer("mining_sites").frame
    path = tmp_path / "two.gpkg"
    frame.head(3).to_file(path, layer="sites_a", driver="GPKG")
    frame.tail(2).to_file(path, layer="sites_b", driver="GPKG")
    error = _refused("mining_sites", path.read_bytes(), "two.gpkg")
    assert error.reason == "gpkg_layers" and "sites_a, sites_b" in error.message("en")
    assert "plusieurs couches" in error.message("fr")
    record = imports.import_layer("mining_sites", path.read_bytes(), "two.gpkg", "s", "l", gpkg_layer="sites_b")
    assert record.features == 2 and record.version == 2
    assert _refused_gpkg_layer(path.read_bytes()).reason == "gpkg_no_layer"


def _refused_gpkg_layer(data: bytes) -> LayerError:
    with pytest.raises(LayerError) as caught:
        imports.import_layer("mining_sites", data, "two.gpkg", "s", "l", gpkg_layer="nope")
    return caught.value


def test_a_sqlite_file_that_is_not_a_geopackage_is_refused(private_store, tmp_path):
    import sqlite3

    path = tmp_path / "plain.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert _refused("places", path.read_bytes(), "plain.gpkg").reason == "not_gpkg"


def test_control_characters_never_reach_the_store(private_store):
    from atlas.layers.registry import load_layer

    data = json.loads(load_layer("crossings").frame.to_json(drop_id=True))
    record = imports.import_layer(
        "crossings", json.dumps(data).encode(), "x\x1b[2J.geojson", "Ministry\x1b[31m\r\n", "CC\x00BY"
    )
    info = store.version_info("crossings", record.version)
    assert "\x1b" not in info.source + info.file_name and "\x00" not in info.licence


def test_a_geopackage_view_is_never_read(private_store, tmp_path):
    """A 'layer' that is a view could run any query (an endless recursive one) when GDAL reads it."""
    import sqlite3

    from atlas.layers.registry import load_layer

    path = tmp_path / "view.gpkg"
    load_layer("crossings").frame.to_file(path, layer="crossings", driver="GPKG")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE VIEW spin AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT * FROM r"
        )
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
            "VALUES ('spin', 'features', 'spin', 4326)"
        )
    start = time.perf_counter()
    with pytest.raises(LayerError) as caught:
        imports.import_layer("crossings", path.read_bytes(), "view.gpkg", "s", "l", gpkg_layer="spin")
    assert caught.value.reason == "gpkg_no_layer" and time.perf_counter() - start < LIMIT_S
    record = imports.import_layer("crossings", path.read_bytes(), "view.gpkg", "s", "l")  # the one real layer
    assert record.features == 2
