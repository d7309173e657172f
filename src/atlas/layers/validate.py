"""Read and validate a layer file; refuse it with a message that names the file and the problem.

GDAL accepts out-of-range, swapped or projected coordinates labelled as EPSG:4326 without a word,
so every check that matters is done here explicitly. Nothing is cached or replaced unless the whole
file passes: a refused file leaves the previous data untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from atlas.foundation.config import ATLAS_WINDOW
from atlas.foundation.i18n import t, tn
from atlas.layers.reader import MAX_FILE_BYTES, ReadRefusedError, read_bytes
from atlas.layers.spec import LayerSpec
from atlas.layers.types import apply_types, check_confidential_areas

ACCEPTED_CRS = ("EPSG:4326", "OGC:CRS84")


class LayerError(ValueError):
    """A layer file was refused, for a reason the catalogs word in every language.

    `str()` is the English message (logs, command line, tests); `message(lang)` is what the page
    shows. The reason is a message key under `refuse.` in the catalogs plus its values,
    so that the same refusal reads naturally in either language.
    """

    def __init__(self, source: str, reason: str, **values: object) -> None:
        self.source, self.reason, self.values = source, reason, values
        self.problem = self.describe("en")
        super().__init__(f"{source}: {self.problem}")

    def message(self, lang: str) -> str:
        """'file: problem' in `lang`."""
        return t("refuse.message", lang, source=self.source, problem=self.describe(lang))

    def describe(self, lang: str) -> str:
        """The problem alone in `lang`; a refusal that counts something (`n`) takes the plural form of `n`."""
        key = f"refuse.{self.reason}"
        count = self.values.get("n")
        return tn(key, count, lang, **self.values) if isinstance(count, int) else t(key, lang, **self.values)

    def again(self) -> LayerError:
        """A fresh copy, to raise a cached refusal without growing its traceback."""
        return LayerError(self.source, self.reason, **self.values)


def read_layer_file(spec: LayerSpec, path: Path | None = None) -> tuple[gpd.GeoDataFrame, dict[str, Any]]:
    """Read and validate the layer's shipped file (or `path`); return the frame and top-level metadata."""
    path = path or spec.path
    name = path.name
    if not path.exists():
        raise LayerError(name, "not_found")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise LayerError(name, "too_large", limit=f"{MAX_FILE_BYTES / 1e6:.0f}")
    return read_layer_bytes(spec, path.read_bytes(), name)


def read_layer_bytes(
    spec: LayerSpec, data: bytes, name: str, gpkg_layer: str | None = None
) -> tuple[gpd.GeoDataFrame, dict[str, Any]]:
    """Validate raw bytes (GeoJSON, GeoPackage or zipped shapefile) as layer `spec`.

    Returns the frame with the declared column types applied (values coerced, e.g. "3" → 3).
    """
    try:
        parsed = read_bytes(data, gpkg_layer=gpkg_layer)
    except ReadRefusedError as exc:
        raise LayerError(name, exc.reason, **exc.values) from None
    frame = parsed.frame
    if parsed.kind == "shapefile":
        frame = restore_truncated_names(spec, frame, name)
    frame = validate_frame(spec, frame, name)
    return frame, parsed.meta


def restore_truncated_names(spec: LayerSpec, frame: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    """Shapefile field names are cut to 10 characters: map each back to the one declared column it starts."""
    known = list(spec.required_columns)  # derived columns are recomputed, never read from the file
    renames = {}
    for column in frame.columns:
        if column == frame.geometry.name or column in known or len(str(column)) != 10:
            continue
        matches = [k for k in known if k.startswith(str(column)) and k not in frame.columns]
        if len(matches) == 1:
            renames[column] = matches[0]
        elif len(matches) > 1:
            raise LayerError(name, "ambiguous_field", field=column, columns=", ".join(matches))
    return frame.rename(columns=renames)


def validate_frame(spec: LayerSpec, frame: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    """Every rule a layer must pass; returns the typed frame, raises LayerError on the first failure."""
    if len(frame) == 0:
        raise LayerError(name, "no_features")
    _check_crs(frame, name)
    missing = [c for c in spec.required_columns if c not in frame.columns]
    if missing:
        raise LayerError(name, "missing_columns", columns=", ".join(missing), n=len(missing))
    geoms = frame.geometry.values
    empty = np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if len(empty):
        raise LayerError(name, "empty_geometry", rows=_rows(empty), n=len(empty))
    bad_type = np.flatnonzero(~np.isin(shapely.get_type_id(geoms), [_TYPE_IDS[g] for g in spec.geometry]))
    if len(bad_type):
        found = sorted({geoms[i].geom_type for i in bad_type})
        raise LayerError(
            name,
            "geometry_type",
            found=", ".join(found),
            rows=_rows(bad_type),
            n=len(bad_type),
            expected=", ".join(spec.geometry),
        )
    _check_coordinates(geoms, name)
    invalid = np.flatnonzero(~shapely.is_valid(geoms))
    if len(invalid):
        reason = shapely.is_valid_reason(geoms[invalid[0]])
        raise LayerError(name, "invalid_geometry", rows=_rows(invalid), n=len(invalid), detail=reason)
    frame = apply_types(spec, frame, name)
    if spec.min_area_km2 is not None:
        check_confidential_areas(spec, frame, name)
    return frame


_TYPE_IDS = {"Point": 0, "LineString": 1, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5, "MultiPolygon": 6}


def _check_crs(frame: gpd.GeoDataFrame, name: str) -> None:
    if frame.crs is None:
        raise LayerError(name, "no_crs")
    crs = frame.crs.to_string()
    if crs not in ACCEPTED_CRS and frame.crs.to_epsg() != 4326:
        raise LayerError(name, "wrong_crs", crs=crs)


def _check_coordinates(geoms: np.ndarray, name: str) -> None:
    coords = shapely.get_coordinates(geoms)
    if not np.isfinite(coords).all():
        raise LayerError(name, "not_finite")
    lon, lat = coords[:, 0], coords[:, 1]
    if np.abs(lon).max() > 180 or np.abs(lat).max() > 90:
        if np.abs(coords).max() > 1000:
            raise LayerError(name, "projected")
        raise LayerError(name, "out_of_range")
    lon_min, lat_min, lon_max, lat_max = ATLAS_WINDOW
    inside = (lon >= lon_min) & (lon <= lon_max) & (lat >= lat_min) & (lat <= lat_max)
    if inside.all():
        return
    swapped = (lat >= lon_min) & (lat <= lon_max) & (lon >= lat_min) & (lon <= lat_max)
    if swapped.all():
        raise LayerError(name, "swapped")
    worst = coords[~inside][0]
    raise LayerError(
        name,
        "outside_window",
        n=int((~inside).sum()),
        window=str(ATLAS_WINDOW),
        first=f"{worst[0]:.4f}, {worst[1]:.4f}",
    )


def _rows(indices: np.ndarray, limit: int = 5) -> str:
    """Feature numbers, the first `limit` of them and '(+N)' for the rest: the same in both languages."""
    shown = ", ".join(str(int(i)) for i in indices[:limit])
    return shown + (f" (+{len(indices) - limit})" if len(indices) > limit else "")
