"""Minimal valid files: each layer's shipped features with only its required columns (built at test time)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import geopandas as gpd

from atlas.layers.registry import get_layer, load_layer


def minimal_frame(layer_id: str) -> gpd.GeoDataFrame:
    """The shipped version's features reduced to the required columns (derived ones are recomputed)."""
    spec = get_layer(layer_id)
    frame = load_layer(layer_id).frame
    return frame[[*spec.required_columns, frame.geometry.name]].copy()


def geojson_bytes(frame: gpd.GeoDataFrame) -> bytes:
    return frame.to_json(drop_id=True, ensure_ascii=False).encode("utf-8")


def zipped_shapefile(frame: gpd.GeoDataFrame, tmp: Path) -> bytes:
    """A zipped shapefile of `frame` (field names cut to 10 characters by the format)."""
    frame = frame.copy()
    for column in frame.columns:
        if column != frame.geometry.name and frame[column].dtype == bool:
            frame[column] = frame[column].map({True: "true", False: "false"})
    frame.to_file(tmp / "layer.shp", driver="ESRI Shapefile", engine="pyogrio")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for ext in ("shp", "shx", "dbf", "prj", "cpg"):
            if (tmp / f"layer.{ext}").exists():
                archive.write(tmp / f"layer.{ext}", f"layer.{ext}")
    return buffer.getvalue()


def with_text_values(frame: gpd.GeoDataFrame, columns: list[str]) -> bytes:
    """GeoJSON with `columns` written as text ("3" instead of 3), as a spreadsheet export would."""
    doc = json.loads(geojson_bytes(frame))
    for feature in doc["features"]:
        for column in columns:
            feature["properties"][column] = str(feature["properties"][column])
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")
