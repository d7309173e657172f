"""The fixed H3 resolution-5 grid over the Kédougou and Saraya departments, and point location on it.

The grid is every hexagon whose area touches either department (h3 "overlap" containment), so the
departments are covered *whole*; every hexagon is listed in every release, also where nothing
happened, so the list of hexagons says nothing about where incidents are. A hexagon belongs to the
department holding its centre; a border hexagon whose centre lies outside both (in Salémata, Mali or
Guinea) goes to the department it overlaps most. Department totals are sums over these hexagons, so
the space hierarchy hex → department → region is exact, which the disclosure audit relies on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
import h3
import h3.api.basic_int as h3i
import numpy as np
import shapely

from atlas.features.risk.analysis.schema import COVERED_DEPARTMENTS, H3_RESOLUTION
from atlas.foundation.config import DATA_DIR, UTM_28N, WGS84


@dataclass(frozen=True)
class HexGrid:
    """Hexagons in a fixed order (sorted H3 ids); `department[i]` is the department of hexagon i."""

    cells: np.ndarray  # uint64 H3 ids
    hex_ids: tuple[str, ...]  # the same as H3 strings
    department: tuple[str, ...]
    area: shapely.Geometry  # union of the covered departments (the accepted area for raw points)
    interior: np.ndarray  # bool per hexagon: lies wholly inside `area` (no point test needed)

    @property
    def departments(self) -> tuple[str, ...]:
        return COVERED_DEPARTMENTS

    def frame(self) -> gpd.GeoDataFrame:
        """The hexagons as polygons (EPSG:4326), with hex_id and department."""
        polys = [shapely.Polygon([(lng, lat) for lat, lng in h3.cell_to_boundary(h)]) for h in self.hex_ids]
        return gpd.GeoDataFrame(
            {"hex_id": list(self.hex_ids), "department": list(self.department)}, geometry=polys, crs=WGS84
        )

    def locate(self, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(hexagon index or -1, inside-the-departments flag) for each point; vectorised except the H3 call."""
        n = len(lat)
        cells = np.fromiter(
            map(h3i.latlng_to_cell, lat.tolist(), lon.tolist(), [H3_RESOLUTION] * n), dtype=np.uint64, count=n
        )
        pos = np.searchsorted(self.cells, cells)
        pos_clipped = np.minimum(pos, len(self.cells) - 1)
        index = np.where(self.cells[pos_clipped] == cells, pos_clipped, -1)
        inside = index >= 0
        # Points in hexagons wholly inside the departments are inside; only border hexagons need a test.
        check = inside & ~self.interior[np.maximum(index, 0)]
        if check.any():
            inside[check] = shapely.contains_xy(self.area, lon[check], lat[check])
        return index, inside


def _covered_area() -> shapely.Geometry:
    departments = gpd.read_file(DATA_DIR / "departments.geojson")
    covered = departments[departments["name"].isin(COVERED_DEPARTMENTS)]
    if sorted(covered["name"]) != sorted(COVERED_DEPARTMENTS):
        raise ValueError(f"departments.geojson must hold {', '.join(COVERED_DEPARTMENTS)}")
    return covered


@lru_cache(maxsize=1)
def build_grid() -> HexGrid:
    """The grid (cached: it depends only on the shipped department boundaries)."""
    covered = _covered_area()
    area = shapely.union_all(covered.geometry.values)
    shape = h3.geo_to_h3shape(area.__geo_interface__)
    hex_ids = sorted(h3.h3shape_to_cells_experimental(shape, H3_RESOLUTION, contain="overlap"), key=h3.str_to_int)
    cells = np.array([h3.str_to_int(h) for h in hex_ids], dtype=np.uint64)
    polys = gpd.GeoSeries(
        [shapely.Polygon([(lng, lat) for lat, lng in h3.cell_to_boundary(h)]) for h in hex_ids], crs=WGS84
    )
    centres = gpd.GeoSeries(shapely.points([(lng, lat) for lat, lng in map(h3.cell_to_latlng, hex_ids)]), crs=WGS84)
    names = covered["name"].tolist()
    dept_geoms = covered.geometry.values
    department: list[str] = []
    polys_m = polys.to_crs(UTM_28N)
    depts_m = covered.to_crs(UTM_28N).geometry.values
    for i, centre in enumerate(centres):
        holder = [name for name, g in zip(names, dept_geoms, strict=True) if g.contains(centre)]
        if holder:
            department.append(holder[0])
            continue
        overlaps = [polys_m.iloc[i].intersection(g).area for g in depts_m]
        department.append(names[int(np.argmax(overlaps))])
    shapely.prepare(area)
    interior = np.array([area.contains(p) for p in polys], dtype=bool)
    return HexGrid(cells=cells, hex_ids=tuple(hex_ids), department=tuple(department), area=area, interior=interior)
