"""What part of a point layer the browser gets: the features in view, or counts per grid cell.

Why: the map payload used to grow with the data (×100 points → 16 MB of map HTML). Here it is
bounded by what is visible: a layer whose visible features fit under `MAX_POINTS` is sent whole
(so today's data is drawn exactly as before); above that, the features are counted per grid
cell of `CELL_PX` screen pixels at the current zoom, and each cell becomes one marker carrying
its count. Cells are aligned to a fixed grid (not to the view), so panning never reshuffles them,
and bounds are snapped outward to whole map tiles, so small pans reuse the cached result.

Pure: no streamlit, no folium — tested and benchmarked without a server.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from atlas.foundation.config import ATLAS_WINDOW

Bounds = tuple[float, float, float, float]  # (south, west, north, east) in degrees

MAX_POINTS = 400  # per layer and view: above this the layer is drawn as counted cells
CELL_PX = 48  # side of a counting cell on screen, in pixels
VIEW_PX = (1100, 620)  # the map on a projector-sized page, for the view before the browser reports it
TILE_PX = 256


def degrees_per_pixel(zoom: int) -> float:
    """Longitude degrees covered by one screen pixel at `zoom` (Web Mercator)."""
    return 360.0 / (TILE_PX * 2**zoom)


def bounds_around(center: tuple[float, float], zoom: int, size_px: tuple[int, int] = VIEW_PX) -> Bounds:
    """The bounds a map of `size_px` shows around `center` (lat, lon) at `zoom`."""
    lat, lon = center
    half_w = size_px[0] / 2 * degrees_per_pixel(zoom)
    half_h = size_px[1] / 2 * degrees_per_pixel(zoom) * math.cos(math.radians(lat))
    return (lat - half_h, lon - half_w, lat + half_h, lon + half_w)


def snap_bounds(bounds: Bounds, zoom: int) -> Bounds:
    """`bounds` grown to whole tiles plus one tile of margin, clipped to the atlas window.

    Views that differ by less than a tile share one snapped box, hence one cached payload; the
    margin keeps features just outside the view drawn while the user pans.
    """
    south, west, north, east = bounds
    tile = TILE_PX * degrees_per_pixel(zoom)
    w_min, s_min, e_max, n_max = ATLAS_WINDOW
    snapped = (
        max(s_min, (math.floor(south / tile) - 1) * tile),
        max(w_min, (math.floor(west / tile) - 1) * tile),
        min(n_max, (math.ceil(north / tile) + 1) * tile),
        min(e_max, (math.ceil(east / tile) + 1) * tile),
    )
    return tuple(round(v, 6) for v in snapped)  # type: ignore[return-value]


def parse_bounds(value: object) -> Bounds | None:
    """st_folium's `bounds` ({"_southWest": {lat, lng}, "_northEast": {…}}) as a tuple; None if unusable."""
    if not isinstance(value, dict):
        return None
    try:
        sw, ne = value["_southWest"], value["_northEast"]
        out = (float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"]))
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in out) or out[0] >= out[2] or out[1] >= out[3]:
        return None
    return out


@dataclass(frozen=True)
class PointsView:
    """A point layer as drawn: `features` (rows of the layer, index kept) and `cells` (counted groups).

    `cells` has columns lat, lon (mean position of its members) and count (≥ 2). The visible
    features are exactly `len(features) + cells["count"].sum()`.
    """

    features: gpd.GeoDataFrame
    cells: pd.DataFrame

    @property
    def visible(self) -> int:
        return len(self.features) + int(self.cells["count"].sum())

    @property
    def drawn(self) -> int:
        return len(self.features) + len(self.cells)


EMPTY_CELLS = pd.DataFrame(
    {"lat": pd.Series(dtype=float), "lon": pd.Series(dtype=float), "count": pd.Series(dtype=int)}
)


def depends_on_view(frame: gpd.GeoDataFrame, max_points: int = MAX_POINTS) -> bool:
    """Whether the layer is big enough for its drawing to depend on the view (bounds and zoom)."""
    return len(frame) > max_points


def points_in_view(frame: gpd.GeoDataFrame, bounds: Bounds, zoom: int, max_points: int = MAX_POINTS) -> PointsView:
    """The layer's points inside `bounds`: whole if at most `max_points`, else counted per grid cell.

    A layer of at most `max_points` features is returned whole whatever the view (today's data),
    so its drawing does not depend on the view at all. A cell holding a single point keeps that
    point as a feature (clickable, with its details).
    """
    if len(frame) <= max_points:
        return PointsView(frame, EMPTY_CELLS)
    south, west, north, east = bounds
    xs, ys = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
    inside = (ys >= south) & (ys <= north) & (xs >= west) & (xs <= east)
    visible = frame[inside]
    if len(visible) <= max_points:
        return PointsView(visible, EMPTY_CELLS)
    size = CELL_PX * degrees_per_pixel(zoom)
    vx, vy = xs[inside], ys[inside]
    cell_x, cell_y = np.floor(vx / size).astype(np.int64), np.floor(vy / size).astype(np.int64)
    groups = pd.DataFrame({"cx": cell_x, "cy": cell_y, "lon": vx, "lat": vy, "row": np.arange(len(vx))})
    sizes = groups.groupby(["cx", "cy"])["row"].transform("size").to_numpy()
    single = sizes == 1
    cells = (
        groups[~single]
        .groupby(["cx", "cy"], sort=True)
        .agg(lat=("lat", "mean"), lon=("lon", "mean"), count=("row", "size"))
        .reset_index(drop=True)
    )
    return PointsView(visible[single], cells)
