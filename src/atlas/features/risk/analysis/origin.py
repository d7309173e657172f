"""The transnational lens: incidents by victims' country of origin, region × year, published safely.

A second, small table beside the main one: for each calendar year, the region's incidents per
origin group (a listed country, "other", "unknown") and their total. The same rules as every other
dimension apply (schema.py, disclosure.py): "< k" below k, values rounded down to the base, masks
("n.p.") until the differencing audit is clean.

Coarsening comes first: a listed country that reaches k incidents in fewer than half of the
calendar's years is counted under "other" *before* suppression, so a rare nationality is a few more
people in a group rather than a line of "< k" cells that would each need protecting. The page says so.

The two tables share cells: the origin table's total for a year is the region's all-categories
value of that year in the main table, published identically (same status, same value). The audit
is therefore *linked*: interval propagation runs over the union of both tables' relations until
nothing changes, so a difference taken across the two tables is found exactly as one taken inside
either. The main table is protected first and never changes; only origin cells are masked, and a
main-table cell that the origin table would pin is protected by masking that year's origin cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from atlas.features.risk.analysis.aggregate import Layout
from atlas.features.risk.analysis.disclosure import (
    BELOW_K,
    MASKED,
    PUBLISHED,
    DisclosureError,
    Protected,
    _choose_masks,
    bounds,
    disclosed,
    primary,
    propagate,
)
from atlas.features.risk.analysis.schema import (
    ALL_ORIGINS,
    BELOW_K_TEMPLATE,
    MASKED_DISPLAY,
    ORIGIN_CANDIDATES,
    OTHER_ORIGIN,
    UNKNOWN_ORIGIN,
    year_labels,
)

ORIGIN_COLUMNS = ("period", "origin", "value", "display")


@dataclass(frozen=True)
class OriginLayout:
    """The origin table's shape: one space node (the region) × years × (groups, then "all")."""

    groups: tuple[str, ...]  # kept listed countries in ORIGIN_CANDIDATES order, then "other", "unknown"
    first_year: int
    last_year: int

    @cached_property
    def years(self) -> list[str]:
        return year_labels(self.first_year, self.last_year)

    @cached_property
    def group_labels(self) -> list[str]:
        return [*self.groups, ALL_ORIGINS]

    @property
    def shape(self) -> tuple[int, int, int]:
        return 1, len(self.years), len(self.group_labels)

    def parents(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Only the groups sum into "all"; the region and the years are roots here."""
        n_g = len(self.groups)
        return (
            np.array([-1], dtype=np.int64),
            np.full(len(self.years), -1, dtype=np.int64),
            np.array([n_g] * n_g + [-1], dtype=np.int64),
        )


def by_year(main: Layout, joint: np.ndarray) -> np.ndarray:
    """Counts per (year, origin code) from the joint (hexagon, quarter, category, origin) counts."""
    per_quarter = joint.sum(axis=(0, 2))
    return per_quarter.reshape(main.n_quarters // 4, 4, per_quarter.shape[1]).sum(axis=1)


def coarsen(counts: np.ndarray, k: int, first_year: int, last_year: int) -> tuple[OriginLayout, np.ndarray]:
    """Fold listed countries below k in most years into "other" (module doc); add the yearly totals.

    `counts` is (years, listed countries + other + unknown). Returns the layout and the true table
    of shape (1, years, groups + 1), the last column being each year's total.
    """
    n_listed = len(ORIGIN_CANDIDATES)
    years_at_k = (counts[:, :n_listed] >= k).sum(axis=0)
    needed = -(-counts.shape[0] // 2)  # half the years, rounded up
    kept = [i for i in range(n_listed) if years_at_k[i] >= needed]
    folded = [i for i in range(n_listed) if years_at_k[i] < needed]
    other = counts[:, n_listed] + counts[:, folded].sum(axis=1)
    table = np.stack([*(counts[:, i] for i in kept), other, counts[:, n_listed + 1]], axis=1).astype(np.int64)
    true = np.concatenate([table, table.sum(axis=1, keepdims=True)], axis=1)[None, :, :]
    layout = OriginLayout((*(ORIGIN_CANDIDATES[i] for i in kept), OTHER_ORIGIN, UNKNOWN_ORIGIN), first_year, last_year)
    return layout, true


def _shared(main: Layout) -> tuple[int, slice, int]:
    """Where the origin table's yearly totals sit in the main table: region, every year, all categories."""
    return main.shape[0] - 1, slice(main.n_quarters, None), main.shape[2] - 1


def linked_bounds(
    main: Layout,
    m_status: np.ndarray,
    m_value: np.ndarray,
    origin: OriginLayout,
    o_status: np.ndarray,
    o_value: np.ndarray,
    k: int,
    base: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A reader's tightest intervals over both tables: propagation over the union of their relations."""
    m_lo, m_up = bounds(m_status, m_value, k, base)
    o_lo, o_up = bounds(o_status, o_value, k, base)
    s = _shared(main)
    while True:
        m_lo, m_up = propagate(main, m_lo, m_up)
        o_lo[0, :, -1] = np.maximum(o_lo[0, :, -1], m_lo[s])
        o_up[0, :, -1] = np.minimum(o_up[0, :, -1], m_up[s])
        o_lo, o_up = propagate(origin, o_lo, o_up)
        new_lo, new_up = np.maximum(m_lo[s], o_lo[0, :, -1]), np.minimum(m_up[s], o_up[0, :, -1])
        if (new_lo > new_up).any():
            raise DisclosureError("the origin table disagrees with the region's yearly totals")
        if np.array_equal(new_lo, m_lo[s]) and np.array_equal(new_up, m_up[s]):
            return m_lo, m_up, o_lo, o_up
        m_lo[s], m_up[s] = new_lo, new_up


def protect_origin(
    main: Layout, protected: Protected, origin: OriginLayout, true: np.ndarray, k: int, base: int
) -> Protected:
    """Suppress, round and mask the origin table until the linked audit is clean; the main table is kept."""
    status, value = primary(true, k, base)
    s = _shared(main)
    status[0, :, -1] = protected.status[s]
    value[0, :, -1] = protected.value[s]
    fixed = np.zeros(status.shape, dtype=bool)
    fixed[0, :, -1] = True  # published by the main table: masking them here would hide nothing
    n_q = main.n_quarters
    secondary = 0
    while True:
        m_lo, _, o_lo, o_up = linked_bounds(main, protected.status, protected.value, origin, status, value, k, base)
        own = np.argwhere(disclosed(status, o_lo, k) & ~fixed)
        theirs = np.argwhere(disclosed(protected.status, m_lo, k))
        if len(own) == 0 and len(theirs) == 0:
            break
        to_mask: set[tuple[int, ...]] = set()
        if len(own):
            view = np.where(fixed, MASKED, status)  # a fixed cell is never offered as a mask
            to_mask |= _choose_masks(own, origin.parents(), view, value, o_lo, o_up)
        for cell in theirs:  # the origin lines of that year tighten the main table: hide them
            t = int(cell[1])
            year = t - n_q if t >= n_q else t // 4
            to_mask |= {(0, year, g) for g in range(len(origin.groups)) if status[0, year, g] != MASKED}
        to_mask = {c for c in to_mask if not fixed[c]}
        if not to_mask:
            raise DisclosureError("the origin table cannot be protected; release refused")
        for chosen in to_mask:
            status[chosen] = MASKED
        secondary += len(to_mask)
    value = np.where(status == PUBLISHED, value, 0)
    findings = audit_origin(main, protected.status, protected.value, origin, status, value, k, base)
    if findings:
        raise DisclosureError("origin audit failed: " + "; ".join(findings[:5]))
    return Protected(status=status, value=value, k=k, base=base, secondary=secondary)


def audit_origin(
    main: Layout,
    m_status: np.ndarray,
    m_value: np.ndarray,
    origin: OriginLayout,
    o_status: np.ndarray,
    o_value: np.ndarray,
    k: int,
    base: int,
) -> list[str]:
    """Everything wrong with the origin table as published, judged with the main table beside it."""
    findings: list[str] = []
    published = o_status == PUBLISHED
    for mask, problem in (
        (published & (o_value < k), f"published value below k = {k}"),
        (published & (o_value % base != 0), f"published value not a multiple of {base}"),
    ):
        findings += [_where(origin, idx, problem) for idx in np.argwhere(mask)]
    s = _shared(main)
    differs = (o_status[0, :, -1] != m_status[s]) | (o_value[0, :, -1] != m_value[s])
    findings += [f"{origin.years[y]} · {ALL_ORIGINS}: differs from the region's total" for y in np.flatnonzero(differs)]
    if findings:
        return findings
    m_lo, _, o_lo, _ = linked_bounds(main, m_status, m_value, origin, o_status, o_value, k, base)
    findings += [
        _where(origin, idx, f"suppressed value pinned to ≥ {o_lo[tuple(idx)]} by differencing")
        for idx in np.argwhere(disclosed(o_status, o_lo, k))
    ]
    pinned_main = np.argwhere(disclosed(m_status, m_lo, k))
    findings += [f"main table cell {tuple(int(i) for i in idx)} pinned through the origin table" for idx in pinned_main]
    return findings


def _where(origin: OriginLayout, idx: np.ndarray, problem: str) -> str:
    return f"{origin.years[int(idx[1])]} · {origin.group_labels[int(idx[2])]}: {problem}"


def to_origin_table(origin: OriginLayout, protected: Protected) -> pd.DataFrame:
    """origins.csv rows: year × group (then "all"), published value or nothing, and the display."""
    below = BELOW_K_TEMPLATE.format(k=protected.k)
    status, value = protected.status[0], protected.value[0]
    display = np.where(status == PUBLISHED, value.astype(str), np.where(status == BELOW_K, below, MASKED_DISPLAY))
    n_y, n_g = status.shape
    frame = pd.DataFrame(
        {
            "period": np.repeat(origin.years, n_g),
            "origin": np.tile(origin.group_labels, n_y),
            "value": pd.array(value.ravel(), dtype="Int64"),
            "display": display.ravel(),
        }
    )
    frame.loc[status.ravel() != PUBLISHED, "value"] = pd.NA
    return frame


def from_origin_table(origin: OriginLayout, table: pd.DataFrame, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(status, value) back from origins.csv; ValueError on a missing, extra or contradictory row."""
    y_pos = {y: i for i, y in enumerate(origin.years)}
    g_pos = {g: i for i, g in enumerate(origin.group_labels)}
    try:
        y = np.array([y_pos[p] for p in table["period"]], dtype=np.int64)
        g = np.array([g_pos[o] for o in table["origin"]], dtype=np.int64)
    except KeyError as exc:
        raise ValueError(f"origins.csv: unknown year or origin {exc}") from exc
    n_cells = int(np.prod(origin.shape))
    if len(table) != n_cells or len(set(zip(y.tolist(), g.tolist(), strict=True))) != n_cells:
        raise ValueError(f"origins.csv: expected {n_cells} distinct rows (every year and origin), found {len(table)}")
    values = pd.to_numeric(table["value"], errors="coerce")
    display = table["display"].astype(str).to_numpy()
    published = values.notna().to_numpy()
    below = display == BELOW_K_TEMPLATE.format(k=k)
    masked = display == MASKED_DISPLAY
    if (published & (below | masked)).any() or (~published & ~(below | masked)).any():
        raise ValueError("origins.csv: a value and its display disagree")
    status = np.full(origin.shape, PUBLISHED, dtype=np.int8)
    value = np.zeros(origin.shape, dtype=np.int64)
    status[0, y, g] = np.where(published, PUBLISHED, np.where(below, BELOW_K, MASKED))
    value[0, y, g] = np.where(published, values.fillna(0).to_numpy(), 0).astype(np.int64)
    return status, value
