"""Read and validate a layer file; refuse it with a message that names the file and the problem.

GDAL accepts out-of-range, swapped or projected coordinates labelled as EPSG:4326 without a word,
so every check that matters is done here explicitly. Nothing is cached or replaced unless the whole
file passes: a refused file leaves the previous data untouched.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from dashboard.config import ATLAS_WINDOW
from layers.base import LayerSpec

MAX_FILE_BYTES = 50 * 1024 * 1024  # a hostile or mistaken upload is refused before parsing
ACCEPTED_CRS = ("EPSG:4326", "OGC:CRS84")


class LayerError(ValueError):
    """A layer file was refused. `str()` is the message shown to the user."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


def read_layer_file(spec: LayerSpec, path: Path | None = None) -> tuple[gpd.GeoDataFrame, dict]:
    """Read and validate the layer's shipped file (or `path`); return the frame and top-level metadata."""
    path = path or spec.path
    name = path.name
    if not path.exists():
        raise LayerError(name, "file not found")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise LayerError(name, f"file is {size / 1e6:.0f} MB, more than the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
    return read_layer_bytes(spec, path.read_bytes(), name)


def read_layer_bytes(spec: LayerSpec, data: bytes, name: str) -> tuple[gpd.GeoDataFrame, dict]:
    """Validate raw bytes (GeoJSON, GeoPackage or zipped shapefile) as layer `spec`."""
    if len(data) > MAX_FILE_BYTES:
        raise LayerError(name, f"file is larger than the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
    if not data.strip():
        raise LayerError(name, "file is empty")
    meta = _geojson_metadata(data)
    try:
        frame = gpd.read_file(io.BytesIO(data), engine="pyogrio")
    except Exception as exc:
        raise LayerError(name, f"not a readable GeoJSON, GeoPackage or zipped shapefile ({_short(exc)})") from exc
    validate_frame(spec, frame, name)
    return frame, meta


def validate_frame(spec: LayerSpec, frame: gpd.GeoDataFrame, name: str) -> None:
    """Every rule a layer must pass; raises LayerError on the first failure."""
    if len(frame) == 0:
        raise LayerError(name, "contains no features")
    _check_crs(frame, name)
    missing = [c for c in spec.required_columns if c not in frame.columns]
    if missing:
        raise LayerError(name, f"missing required column(s): {', '.join(missing)}")
    geoms = frame.geometry.values
    empty = np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if len(empty):
        raise LayerError(name, f"empty or missing geometry in feature(s) {_rows(empty)}")
    bad_type = np.flatnonzero(~np.isin(shapely.get_type_id(geoms), [_TYPE_IDS[g] for g in spec.geometry]))
    if len(bad_type):
        found = sorted({geoms[i].geom_type for i in bad_type})
        raise LayerError(name, f"geometry type {', '.join(found)} in feature(s) {_rows(bad_type)}; "
                               f"this layer takes {', '.join(spec.geometry)}")
    _check_coordinates(geoms, name)
    invalid = np.flatnonzero(~shapely.is_valid(geoms))
    if len(invalid):
        reason = shapely.is_valid_reason(geoms[invalid[0]])
        raise LayerError(name, f"invalid geometry in feature(s) {_rows(invalid)} ({reason})")


_TYPE_IDS = {"Point": 0, "LineString": 1, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5, "MultiPolygon": 6}


def _check_crs(frame: gpd.GeoDataFrame, name: str) -> None:
    if frame.crs is None:
        raise LayerError(name, "no coordinate reference system (a shapefile without its .prj?); expected EPSG:4326")
    crs = frame.crs.to_string()
    if crs not in ACCEPTED_CRS and frame.crs.to_epsg() != 4326:
        raise LayerError(name, f"coordinate reference system is {crs}; expected EPSG:4326 (WGS 84 degrees)")


def _check_coordinates(geoms: np.ndarray, name: str) -> None:
    coords = shapely.get_coordinates(geoms)
    if not np.isfinite(coords).all():
        raise LayerError(name, "coordinates contain NaN or infinite values")
    lon, lat = coords[:, 0], coords[:, 1]
    if np.abs(lon).max() > 180 or np.abs(lat).max() > 90:
        if np.abs(coords).max() > 1000:
            raise LayerError(name, "coordinates look projected (metres, e.g. UTM) but are labelled as "
                                   "EPSG:4326 degrees; reproject to EPSG:4326")
        raise LayerError(name, "coordinates out of range (longitude beyond ±180 or latitude beyond ±90)")
    lon_min, lat_min, lon_max, lat_max = ATLAS_WINDOW
    inside = (lon >= lon_min) & (lon <= lon_max) & (lat >= lat_min) & (lat <= lat_max)
    if inside.all():
        return
    swapped = (lat >= lon_min) & (lat <= lon_max) & (lon >= lat_min) & (lon <= lat_max)
    if swapped.all():
        raise LayerError(name, "coordinates look swapped (latitude, longitude); GeoJSON needs longitude first")
    worst = coords[~inside][0]
    raise LayerError(name, f"{int((~inside).sum())} coordinate(s) outside the Kédougou atlas window "
                           f"{ATLAS_WINDOW} (first: {worst[0]:.4f}, {worst[1]:.4f})")


def _geojson_metadata(data: bytes) -> dict:
    """Top-level members of a GeoJSON (source, license...) except the features; {} for other formats."""
    head = data.lstrip()[:1]
    if head != b"{":
        return {}
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return {}
    return {k: v for k, v in doc.items() if k not in ("features", "type")} if isinstance(doc, dict) else {}


def _rows(indices: np.ndarray, limit: int = 5) -> str:
    shown = ", ".join(str(int(i)) for i in indices[:limit])
    return shown + (f" and {len(indices) - limit} more" if len(indices) > limit else "")


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
