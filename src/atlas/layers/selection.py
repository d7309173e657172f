"""Which features a view shows: the department filter, applied the same way everywhere.

Layers that carry a department column are filtered on it; public mining layers without one
(concessions) are filtered spatially; context layers (countries, rivers, roads, region) are
never filtered because they orient the reader.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import geopandas as gpd

from atlas.foundation.config import ALL
from atlas.layers.registry import get_layer, load_layer
from atlas.store import database_url

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

UNFILTERED_GROUP = "context"


def department_shape(department: str) -> BaseGeometry | None:
    """The department's polygon (shapely), or None for 'all' (from the current departments version)."""
    if department == ALL:
        return None
    return _department_shape(department, database_url(), load_layer("departments").version)


@lru_cache(maxsize=16)
def _department_shape(department: str, _database: str, _version: int | None):
    frame = load_layer("departments").frame
    if frame is None:
        return None
    match = frame[frame["name"] == department]
    return None if match.empty else match.geometry.iloc[0]


def filtered_frame(layer_id: str, department: str = ALL) -> gpd.GeoDataFrame | None:
    """The layer's validated frame restricted to `department`; None when the layer failed to load."""
    spec = get_layer(layer_id)
    frame = load_layer(layer_id).frame
    if frame is None or department == ALL:
        return frame
    if spec.department_field:
        return frame[frame[spec.department_field] == department]
    if spec.group == UNFILTERED_GROUP:
        return frame
    shape = department_shape(department)
    return frame if shape is None else frame[frame.intersects(shape)]


def view_bounds(department: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """((south, west), (north, east)) of the department, for fitting the map; None for all."""
    shape = department_shape(department)
    if shape is None:
        return None
    west, south, east, north = shape.bounds
    return (south, west), (north, east)
