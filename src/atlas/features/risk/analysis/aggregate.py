"""Counts per (hexagon, quarter, category) rolled up into the full table of published units.

The table is a dense 3-D array over space × time × category nodes:

- space:    every grid hexagon, then the departments, then the region (hex → department → region)
- time:     every calendar quarter, then every calendar year (quarter → year)
- category: every category, then "all" (category → all)

Every node that has a parent on its axis is summed into it exactly, so each published parent is the
exact sum of its children; `parents()` exposes those relations to the disclosure audit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from atlas.features.risk.analysis.schema import ALL_CATEGORIES, CATEGORIES, REGION_ID, quarter_labels, year_labels


@dataclass(frozen=True)
class Layout:
    """The fixed shape of a release: which units, periods and categories it lists, and how they nest."""

    hex_ids: tuple[str, ...]
    hex_department: tuple[str, ...]
    departments: tuple[str, ...]
    first_year: int
    last_year: int
    categories: tuple[str, ...] = CATEGORIES

    @property
    def n_hex(self) -> int:
        return len(self.hex_ids)

    @property
    def n_quarters(self) -> int:
        return 4 * (self.last_year - self.first_year + 1)

    @cached_property
    def space_ids(self) -> list[str]:
        return [*self.hex_ids, *self.departments, REGION_ID]

    @cached_property
    def space_levels(self) -> list[str]:
        return ["hex"] * self.n_hex + ["department"] * len(self.departments) + ["region"]

    @cached_property
    def space_parent_ids(self) -> list[str]:
        return [*self.hex_department, *([REGION_ID] * len(self.departments)), ""]

    @cached_property
    def time_labels(self) -> list[str]:
        return quarter_labels(self.first_year, self.last_year) + year_labels(self.first_year, self.last_year)

    @cached_property
    def category_labels(self) -> list[str]:
        return [*self.categories, ALL_CATEGORIES]

    @property
    def shape(self) -> tuple[int, int, int]:
        return len(self.space_ids), len(self.time_labels), len(self.category_labels)

    def parents(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per axis, the index of each node's parent on that axis (-1 for a root)."""
        dept_pos = {d: i for i, d in enumerate(self.departments)}
        n_dep = len(self.departments)
        space = np.array(
            [self.n_hex + dept_pos[d] for d in self.hex_department] + [self.n_hex + n_dep] * n_dep + [-1],
            dtype=np.int64,
        )
        n_q = self.n_quarters
        time = np.array([n_q + q // 4 for q in range(n_q)] + [-1] * (n_q // 4), dtype=np.int64)
        n_c = len(self.categories)
        category = np.array([n_c] * n_c + [-1], dtype=np.int64)
        return space, time, category


def count_base(
    layout: Layout, hex_index: np.ndarray, quarter_index: np.ndarray, category_index: np.ndarray
) -> np.ndarray:
    """Incidents per (hexagon, quarter, category), as int64, by one bincount over a flat index."""
    n_h, n_q, n_c = layout.n_hex, layout.n_quarters, len(layout.categories)
    flat = (hex_index.astype(np.int64) * n_q + quarter_index) * n_c + category_index
    return np.bincount(flat, minlength=n_h * n_q * n_c).reshape(n_h, n_q, n_c)


def count_joint(
    layout: Layout,
    hex_index: np.ndarray,
    quarter_index: np.ndarray,
    category_index: np.ndarray,
    origin_index: np.ndarray,
    n_origins: int,
) -> np.ndarray:
    """Incidents per (hexagon, quarter, category, origin code): the finest counts, from which both the
    main table (summed over origins) and the origin table (summed over hexagons and categories) come,
    so that noise added here once keeps the two tables consistent with each other."""
    n_h, n_q, n_c = layout.n_hex, layout.n_quarters, len(layout.categories)
    flat = ((hex_index.astype(np.int64) * n_q + quarter_index) * n_c + category_index) * n_origins + origin_index
    return np.bincount(flat, minlength=n_h * n_q * n_c * n_origins).reshape(n_h, n_q, n_c, n_origins)


def roll_up(layout: Layout, base: np.ndarray) -> np.ndarray:
    """The full space × time × category table whose parents are exact sums of their children."""
    n_h, n_q, n_c = base.shape
    full = np.zeros(layout.shape, dtype=np.int64)
    full[:n_h, :n_q, :n_c] = base
    full[:n_h, :n_q, n_c] = base.sum(axis=2)
    hexes = full[:n_h]
    hexes[:, n_q:, :] = hexes[:, :n_q, :].reshape(n_h, n_q // 4, 4, n_c + 1).sum(axis=2)
    for d, name in enumerate(layout.departments):
        members = np.array([dep == name for dep in layout.hex_department])
        full[n_h + d] = hexes[members].sum(axis=0)
    full[-1] = full[n_h : n_h + len(layout.departments)].sum(axis=0)
    return full
