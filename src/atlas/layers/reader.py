"""Turn uploaded bytes into a GeoDataFrame without ever letting GDAL guess what they are.

Only three formats are accepted, each recognised by its bytes (never its name): GeoJSON (parsed by
Python's json and built with shapely: GDAL never sees it), GeoPackage (SQLite header and
application_id 'GPKG') and zipped shapefile (exactly one .shp/.shx/.dbf/.prj set). GeoPackages and
shapefiles are written under fixed names into a private temporary folder and read there; GDAL's
reported driver must be the expected one. VRT, `CSV:` or `/vsi…` strings are therefore only ever
data, never paths. Limits are checked before parsing (sizes, from the zip directory for zips) and
after (features, vertices, nesting), so a hostile file is refused in seconds and bounded memory.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyproj
import shapely

MAX_FILE_BYTES = 50 * 1024 * 1024  # compressed upload
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # a zip's members, from its directory, before extracting
MAX_FEATURES = 200_000
MAX_VERTICES = 2_000_000
MAX_DEPTH = 32  # JSON nesting (a MultiPolygon in a FeatureCollection needs 8)

SQLITE_MAGIC = b"SQLite format 3\x00"
GPKG_APPLICATION_ID = 0x47504B47  # 'GPKG'
ZIP_MAGIC = b"PK\x03\x04"
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj")
OPTIONAL_PARTS = (".cpg",)
GEOJSON_TYPES = {
    "Point": 1,
    "MultiPoint": 2,
    "LineString": 2,
    "MultiLineString": 3,
    "Polygon": 3,
    "MultiPolygon": 4,
}
ACCEPTED_GEOJSON_CRS = ("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:EPSG::4326", "EPSG:4326", "OGC:CRS84")


class ReadRefusedError(ValueError):
    """The bytes were refused before or while parsing: `reason` (a key under `refuse.`) and values."""

    def __init__(self, reason: str, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(f"{reason}: {values}")


@dataclass(frozen=True)
class Parsed:
    frame: gpd.GeoDataFrame
    meta: dict  # top-level members of a GeoJSON (source, license…); {} for other formats
    kind: str  # geojson | gpkg | shapefile


def sniff(data: bytes) -> str:
    """'geojson', 'gpkg' or 'zip' from the first bytes; anything else is refused."""
    head = data[:100].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "geojson"
    if data.startswith(SQLITE_MAGIC):
        return "gpkg"
    if data.startswith(ZIP_MAGIC):
        return "zip"
    raise ReadRefusedError("format")


def read_bytes(data: bytes, gpkg_layer: str | None = None) -> Parsed:
    """Parse an upload (or a shipped file) within the limits; raises ReadRefusedError."""
    if len(data) > MAX_FILE_BYTES:
        raise ReadRefusedError("too_large", limit=f"{MAX_FILE_BYTES / 1e6:.0f}")
    if not data.strip():
        raise ReadRefusedError("empty_file")
    kind = sniff(data)
    if kind == "geojson":
        return read_geojson(data)
    with tempfile.TemporaryDirectory(prefix="atlas-upload-") as tmp:
        if kind == "gpkg":
            return _read_gpkg(data, Path(tmp), gpkg_layer)
        return _read_zip(data, Path(tmp))


# --- GeoJSON -------------------------------------------------------------------------------------


def read_geojson(data: bytes) -> Parsed:
    if count_positions(data) > MAX_VERTICES:  # before any memory is spent parsing
        raise ReadRefusedError("too_many_vertices", limit=f"{MAX_VERTICES:,}")
    features_upper_bound = data.count(b'"Feature"')  # every feature says so (C-speed count)
    if features_upper_bound > MAX_FEATURES:
        raise ReadRefusedError("too_many_features", n=features_upper_bound, limit=f"{MAX_FEATURES:,}")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except RecursionError as exc:
        raise ReadRefusedError("too_deep", limit=MAX_DEPTH) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise ReadRefusedError("unreadable", detail=_short(exc)) from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise ReadRefusedError("not_feature_collection")
    features = doc["features"]
    if len(features) > MAX_FEATURES:
        raise ReadRefusedError("too_many_features", n=len(features), limit=f"{MAX_FEATURES:,}")
    _check_crs_member(doc.get("crs"))
    vertices = 0
    records: list[dict] = []
    geometries: list[object] = []
    for i, feature in enumerate(features):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise ReadRefusedError("bad_feature", row=i)
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            raise ReadRefusedError("bad_feature", row=i)
        if _depth(props, MAX_DEPTH) > MAX_DEPTH - 3:
            raise ReadRefusedError("too_deep", limit=MAX_DEPTH)
        geometry = feature.get("geometry")
        vertices += _check_geometry(geometry, i)
        if vertices > MAX_VERTICES:
            raise ReadRefusedError("too_many_vertices", limit=f"{MAX_VERTICES:,}")
        records.append(props)
        geometries.append(geometry)
    try:
        geoms = [None if g is None else shapely.geometry.shape(g) for g in geometries]
    except (ValueError, TypeError, AttributeError, shapely.errors.ShapelyError) as exc:
        raise ReadRefusedError("unreadable", detail=_short(exc)) from exc
    columns = list(dict.fromkeys(k for r in records for k in r))
    table = pd.DataFrame.from_records(records, columns=columns) if records else pd.DataFrame(columns=columns)
    frame = gpd.GeoDataFrame(
        table, geometry=gpd.GeoSeries(np.array(geoms, dtype=object), crs="EPSG:4326"), crs="EPSG:4326"
    )
    meta = {k: v for k, v in doc.items() if k not in ("features", "type")}
    return Parsed(frame, meta, "geojson")


def count_positions(data: bytes) -> int:
    """Upper bound on the positions in a GeoJSON text: each opens with '[' then a number (C-speed counts)."""
    compact = data.translate(None, b" \t\r\n")
    return sum(compact.count(b"[" + bytes([c])) for c in b"-+.0123456789")


def _check_crs_member(crs: object) -> None:
    """RFC 7946 GeoJSON is WGS 84; an old-style `crs` member naming anything else is refused."""
    if crs is None:
        return
    name = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
    if not isinstance(name, str) or name not in ACCEPTED_GEOJSON_CRS:
        raise ReadRefusedError("wrong_crs", crs=_crs_name(name))


def _crs_name(name: object) -> str:
    """'EPSG:32628' for 'urn:ogc:def:crs:EPSG::32628' (what the person will recognise), else the text."""
    try:
        return pyproj.CRS.from_user_input(str(name)).to_string()[:80]
    except pyproj.exceptions.CRSError:
        return str(name)[:80]


def _check_geometry(geometry: object, row: int) -> int:
    """The geometry's vertex count; refuses an unknown type or a coordinates array of the wrong depth."""
    if geometry is None:
        return 0
    if not isinstance(geometry, dict) or geometry.get("type") not in GEOJSON_TYPES:
        found = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise ReadRefusedError("bad_geometry", row=row, found=str(found)[:40])
    coords = geometry.get("coordinates")
    want = GEOJSON_TYPES[geometry["type"]]
    count = _count_positions(coords, want)
    if count < 0:
        raise ReadRefusedError("bad_geometry", row=row, found=geometry["type"])
    return count


def _count_positions(value: object, depth: int) -> int:
    """Positions in a coordinates array nested `depth` deep; -1 when the structure is wrong."""
    if depth == 1:
        if not isinstance(value, list) or not 2 <= len(value) <= 4:
            return -1
        return 1 if all(isinstance(v, int | float) and not isinstance(v, bool) for v in value) else -1
    if not isinstance(value, list):
        return -1
    total = 0
    for item in value:
        n = _count_positions(item, depth - 1)
        if n < 0:
            return -1
        total += n
    return total


def _depth(value: object, limit: int) -> int:
    """Nesting depth of a JSON value, stopping once `limit` is passed."""
    if limit <= 0:
        return 1
    if isinstance(value, dict):
        return 1 + max((_depth(v, limit - 1) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v, limit - 1) for v in value), default=0)
    return 0


# --- GeoPackage ----------------------------------------------------------------------------------


def _read_gpkg(data: bytes, tmp: Path, gpkg_layer: str | None) -> Parsed:
    path = tmp / "upload.gpkg"
    path.write_bytes(data)
    layers = _gpkg_layers(path)
    if not layers:
        raise ReadRefusedError("no_features")
    if gpkg_layer is None:
        if len(layers) > 1:
            raise ReadRefusedError("gpkg_layers", layers=", ".join(layers))
        gpkg_layer = layers[0]
    elif gpkg_layer not in layers:
        raise ReadRefusedError("gpkg_no_layer", layer=gpkg_layer[:80], layers=", ".join(layers))
    return Parsed(_read_with_gdal(path, "GPKG", gpkg_layer), {}, "gpkg")


def gpkg_layer_names(data: bytes) -> list[str]:
    """The feature tables of a GeoPackage upload (for the page's layer picker); [] if it is not one."""
    if len(data) > MAX_FILE_BYTES or not data.startswith(SQLITE_MAGIC):
        return []
    with tempfile.TemporaryDirectory(prefix="atlas-upload-") as tmp:
        path = Path(tmp) / "upload.gpkg"
        path.write_bytes(data)
        try:
            return _gpkg_layers(path)
        except ReadRefusedError:
            return []


def _gpkg_layers(path: Path) -> list[str]:
    """Feature tables listed in gpkg_contents, read with SQLite itself (read-only, bounded work)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ReadRefusedError("unreadable", detail=_short(exc)) from exc
    try:
        conn.set_progress_handler(_Budget(2_000_000), 1000)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != GPKG_APPLICATION_ID:
            raise ReadRefusedError("not_gpkg")
        # Only real tables: a view could make GDAL run any (endless) query the file's author wrote.
        rows = conn.execute(
            "SELECT c.table_name FROM gpkg_contents c JOIN sqlite_master m ON m.name = c.table_name "
            "WHERE c.data_type = 'features' AND m.type = 'table' ORDER BY c.table_name"
        )
        return [str(r[0]) for r in rows]
    except sqlite3.Error as exc:
        raise ReadRefusedError("unreadable", detail=_short(exc)) from exc
    finally:
        conn.close()


class _Budget:
    """SQLite progress handler: interrupts a query after `limit` steps (a hostile view cannot spin)."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def __call__(self) -> int:
        self.left -= 1000
        return 1 if self.left < 0 else 0


# --- zipped shapefile ----------------------------------------------------------------------------


def _read_zip(data: bytes, tmp: Path) -> Parsed:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadRefusedError("unreadable", detail=_short(exc)) from exc
    if len(infos) > 100:
        raise ReadRefusedError("zip_contents", found=f"{len(infos)} files")
    declared = sum(i.file_size for i in infos)
    if declared > MAX_UNCOMPRESSED_BYTES:
        raise ReadRefusedError("zip_too_large", limit=f"{MAX_UNCOMPRESSED_BYTES / 1e6:.0f}")
    parts: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = PurePosixPath(info.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts:
            raise ReadRefusedError("zip_contents", found=info.filename[:80])
        if info.is_dir() or name.name.startswith(("._", ".")) or "__MACOSX" in name.parts:
            continue
        suffix = name.suffix.lower()
        if suffix in SHAPEFILE_PARTS + OPTIONAL_PARTS:
            if suffix in parts:
                raise ReadRefusedError("zip_contents", found=f"{parts[suffix].filename[:60]}, {info.filename[:60]}")
            parts[suffix] = info
    missing = [s for s in SHAPEFILE_PARTS if s not in parts]
    if missing == [".prj"]:
        raise ReadRefusedError("no_crs")  # without it the coordinates' meaning is lost
    if missing:
        raise ReadRefusedError("zip_parts", missing=", ".join(missing))
    for suffix, info in parts.items():
        with archive.open(info) as member:
            content = member.read(info.file_size + 1)
        if len(content) > info.file_size:  # a directory that lies about the size
            raise ReadRefusedError("zip_too_large", limit=f"{MAX_UNCOMPRESSED_BYTES / 1e6:.0f}")
        (tmp / f"upload{suffix}").write_bytes(content)
    if (tmp / "upload.shp").read_bytes()[:4] != b"\x00\x00\x27\x0a":  # shapefile file code 9994
        raise ReadRefusedError("unreadable", detail="not a shapefile (.shp header)")
    return Parsed(_read_with_gdal(tmp / "upload.shp", "ESRI Shapefile", None), {}, "shapefile")


# --- GDAL, on our own file names -----------------------------------------------------------------


def _read_with_gdal(path: Path, driver: str, layer: str | None) -> gpd.GeoDataFrame:
    """Read `path` (a name we chose) and check that GDAL used `driver`, within the limits."""
    try:
        info = pyogrio.read_info(path, layer=layer)
    except Exception as exc:
        raise ReadRefusedError("unreadable", detail=_short(exc)) from exc
    if info.get("driver") != driver:
        raise ReadRefusedError("format")
    if int(info.get("features") or 0) > MAX_FEATURES:
        raise ReadRefusedError("too_many_features", n=int(info["features"]), limit=f"{MAX_FEATURES:,}")
    try:
        frame = pyogrio.read_dataframe(path, layer=layer)
    except Exception as exc:
        raise ReadRefusedError("unreadable", detail=_short(exc)) from exc
    if len(shapely.get_coordinates(frame.geometry.values)) > MAX_VERTICES:
        raise ReadRefusedError("too_many_vertices", limit=f"{MAX_VERTICES:,}")
    return frame


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
