"""Suppression, rounding, secondary suppression and the differencing audit of an incident table.

Rules (issue 3, DESIGN.md §3). A cell whose (noisy) count is below k is *suppressed* and shown as
"< k", true zeros included. Every other cell is *published* rounded down to a multiple of
`rounding_base` (= k by default, so a published value is never below k). Any cell may instead be
*masked* and shown as "n.p." (non publié / not published) to protect another one.

What a reader knows, as linear constraints on the true counts x ≥ 0 (integers):
- each cell is the exact sum of its children along each axis: hex → department → region,
  quarter → year, category → all (aggregate.py builds the table that way, so there is no slack
  from inconsistent totals);
- a published value v:  v ≤ x ≤ v + base − 1;
- "< k":                0 ≤ x ≤ k − 1;
- "n.p.":               0 ≤ x (masked cells may be large or small).

Why "n.p." must be able to hide small cells too: suppose a department shows "< 10" in each quarter
of a year while its categories for that year total at least 30. Each category-year, being ≥ 10,
cannot honestly be shown "< 10"; shown as a number *or* as a mask that only ever hides large values,
it tells the reader "≥ 10", so the year is ≥ 30 and every quarter ≥ 30 − 3 × 9 = 3. Only a mark that
may also stand on a small cell breaks that chain, so the algorithm masks "< k" cells when needed.

A cell is *disclosed* when the constraints force it above zero while it may hold fewer than k:
a "< k" cell with a lower bound ≥ 1, or an "n.p." cell with a lower bound in [1, k − 1] (a masked
cell forced to ≥ k is certainly not a small count). The audit computes each cell's smallest
possible value from the published table alone — exactly what a reader can do — by interval
propagation over every parent = Σ children relation until nothing changes:

    parent ∈ [Σ L(children), Σ U(children)]
    child  ∈ [L(parent) − Σ U(siblings), U(parent) − Σ L(siblings)]

Each step is the exact projection of one equation over a box (integer bounds stay integer), so a
single "parent minus its children" difference along space, time or category is found exactly, and
iterating to the fixpoint chains such differences through any number of relations, in any order.
The joint integer programme over the whole 3-D table can in rare cases be tighter than the fixpoint
(3-way tables are NP-hard in general); interval propagation is the differencing attack the issue and
DESIGN.md §3 name and the usual model of statistical offices for hierarchical tables.

Secondary suppression repeats "audit → mask the smallest published sibling, else the published
parent, else a '< k' sibling, in the relation that forces a cell up" until the audit is clean.
Masking only widens intervals and a table with every cell masked reveals nothing, so the loop always
ends clean. Residual risk (as for any cell suppression): which cells got masked depends on the data;
a reader who assumes masks usually hide large values gains a hint, never a proof.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from atlas.features.risk.analysis.aggregate import Layout

PUBLISHED, BELOW_K, MASKED = 0, 1, 2
INF = 10**12  # "no upper bound", kept integer so that sums stay exact
_MAX_SWEEPS = 100_000


class Nested(Protocol):
    """A table whose nodes nest along three axes (the main Layout, the origin table's OriginLayout)."""

    def parents(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]: ...


class DisclosureError(RuntimeError):
    """The table cannot be published safely; the release is refused and nothing is written."""


@dataclass(frozen=True)
class Finding:
    """One problem the audit found, addressed by unit, period and category (never a true value)."""

    unit_level: str
    unit_id: str
    period: str
    category: str
    problem: str

    def __str__(self) -> str:
        return f"{self.unit_level} {self.unit_id} · {self.period} · {self.category}: {self.problem}"


@dataclass(frozen=True)
class Protected:
    """What will be published: a status per cell and the published value (0 where not published)."""

    status: np.ndarray  # int8: PUBLISHED, BELOW_K or MASKED
    value: np.ndarray  # int64
    k: int
    base: int
    secondary: int  # how many cells were masked to protect others


def primary(true: np.ndarray, k: int, base: int) -> tuple[np.ndarray, np.ndarray]:
    """Suppress below k; round the rest down to a multiple of `base`."""
    if base < 1 or k % base:
        raise ValueError(f"rounding base {base} must divide k = {k} (so published values are never below k)")
    status = np.where(true < k, BELOW_K, PUBLISHED).astype(np.int8)
    value = np.where(status == PUBLISHED, (true // base) * base, 0).astype(np.int64)
    return status, value


def bounds(status: np.ndarray, value: np.ndarray, k: int, base: int) -> tuple[np.ndarray, np.ndarray]:
    """The reader's starting interval for every cell (module doc)."""
    lower = np.where(status == PUBLISHED, value, 0).astype(np.int64)
    upper = np.where(status == PUBLISHED, value + base - 1, np.where(status == MASKED, INF, k - 1)).astype(np.int64)
    return lower, upper


def disclosed(status: np.ndarray, lower: np.ndarray, k: int) -> np.ndarray:
    """Cells that may hold fewer than k and are forced above zero (module doc)."""
    return ((status == BELOW_K) & (lower >= 1)) | ((status == MASKED) & (lower >= 1) & (lower <= k - 1))


def propagate(layout: Nested, lower: np.ndarray, upper: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Tighten the intervals over every parent = Σ children relation until a fixpoint."""
    lower, upper = lower.copy(), upper.copy()
    axes = [_AxisRelations(parent) for parent in layout.parents()]
    for _ in range(_MAX_SWEEPS):
        changed = False
        for axis, rel in enumerate(axes):
            lo = np.moveaxis(lower, axis, 0).reshape(len(rel.parent), -1)
            up = np.moveaxis(upper, axis, 0).reshape(len(rel.parent), -1)
            new_lo, new_up = rel.tighten(lo, up)
            if (new_lo > new_up).any():
                raise DisclosureError("the published table is inconsistent (a parent is not the sum of its children)")
            if not (np.array_equal(new_lo, lo) and np.array_equal(new_up, up)):
                changed = True
                shape = np.moveaxis(lower, axis, 0).shape
                lower = np.moveaxis(new_lo.reshape(shape), 0, axis)
                upper = np.moveaxis(new_up.reshape(shape), 0, axis)
        if not changed:
            return np.ascontiguousarray(lower), np.ascontiguousarray(upper)
    raise DisclosureError("the audit did not converge")


class _AxisRelations:
    """parent = Σ children relations along one axis, as a 0/1 membership matrix."""

    def __init__(self, parent: np.ndarray) -> None:
        self.parent = parent
        n = len(parent)
        self.children = np.flatnonzero(parent >= 0)
        self.member = np.zeros((n, n), dtype=np.int64)
        self.member[parent[self.children], self.children] = 1
        self.is_parent = self.member.sum(axis=1) > 0

    def tighten(self, lo: np.ndarray, up: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        sum_lo = self.member @ lo
        sum_up = self.member @ up  # not clipped: Σ U(siblings) = Σ U(children) − U(child) needs the raw sum
        new_lo, new_up = lo.copy(), up.copy()
        p = self.is_parent
        new_lo[p] = np.maximum(lo[p], sum_lo[p])
        new_up[p] = np.minimum(up[p], sum_up[p])
        c, pc = self.children, self.parent[self.children]
        new_lo[c] = np.maximum(new_lo[c], lo[pc] - (sum_up[pc] - up[c]))
        new_up[c] = np.minimum(new_up[c], up[pc] - (sum_lo[pc] - lo[c]))
        return new_lo, np.minimum(new_up, INF)


def audit(layout: Layout, status: np.ndarray, value: np.ndarray, k: int, base: int) -> list[Finding]:
    """Everything wrong with a table as published (uses only what is published, like a reader would)."""
    findings: list[Finding] = []
    published = status == PUBLISHED
    for mask, problem in (
        (published & (value < k), f"published value below k = {k}"),
        (published & (value % base != 0), f"published value not a multiple of {base}"),
    ):
        findings += [_finding(layout, idx, problem) for idx in np.argwhere(mask)]
    if findings:
        return findings
    lower, _ = propagate(layout, *bounds(status, value, k, base))
    pinned = disclosed(status, lower, k)
    return [
        _finding(layout, idx, f"suppressed value pinned to ≥ {lower[tuple(idx)]} by differencing")
        for idx in np.argwhere(pinned)
    ]


def protect(layout: Layout, true: np.ndarray, k: int, base: int) -> Protected:
    """Primary suppression, rounding and secondary masks until the audit is clean."""
    status, value = primary(true, k, base)
    parents = layout.parents()
    secondary = 0
    while True:
        lower, upper = propagate(layout, *bounds(status, value, k, base))
        pinned = np.argwhere(disclosed(status, lower, k))
        if len(pinned) == 0:
            break
        to_mask = _choose_masks(pinned, parents, status, value, lower, upper)
        if not to_mask:  # cannot happen (see module doc); mask the disclosed cells' whole lines rather than loop
            raise DisclosureError(
                f"{len(pinned)} suppressed cell(s) stay pinned and no cell is left to mask; release refused"
            )
        for cell in to_mask:
            status[cell] = MASKED
        secondary += len(to_mask)
    value = np.where(status == PUBLISHED, value, 0)
    findings = audit(layout, status, value, k, base)
    if findings:
        raise DisclosureError("audit failed: " + "; ".join(str(f) for f in findings[:5]))
    return Protected(status=status, value=value, k=k, base=base, secondary=secondary)


def _choose_masks(
    pinned: np.ndarray,
    parents: tuple[np.ndarray, ...],
    status: np.ndarray,
    value: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
) -> set[tuple[int, ...]]:
    """Cells to mask so that each disclosed cell loses the bound that forces it up.

    For a relation whose parent forces the cell up (parent minus siblings ≥ 1): the smallest
    published sibling, else the published parent, else a '< k' sibling; when the parent and all
    siblings are already masked, the parent is bounded from elsewhere, so widen a cell on the
    parent's lines. A published cell is always preferred to a '< k' one.
    """
    chosen: set[tuple[int, ...]] = set()
    for cell in map(tuple, pinned):
        picked: tuple[int, ...] | None = None
        for axis, parent in enumerate(parents):
            p = parent[cell[axis]]
            if p < 0:
                continue
            others = [_at(cell, axis, int(o)) for o in np.flatnonzero(parent == p) if o != cell[axis]]
            p_cell = _at(cell, axis, p)
            if lower[p_cell] - sum(int(upper[o]) for o in others) < 1:
                continue
            options = (
                [o for o in others if status[o] == PUBLISHED]
                or ([p_cell] if status[p_cell] == PUBLISHED else [])
                or [o for o in others if status[o] == BELOW_K]
            )
            options = options or _unmasked_on_lines(p_cell, status)
            if options:
                picked = min(options, key=lambda c: (status[c] != PUBLISHED, value[c], c))
                break
        if picked is None:  # forced up as a parent (a child is forced up) or by a chain: widen the nearest
            options = _unmasked_on_lines(cell, status)
            if options:
                picked = min(options, key=lambda c: (status[c] != PUBLISHED, value[c], c))
        if picked is not None:
            chosen.add(picked)
    if not chosen:  # nothing near: widen everything still published, then everything (always clean)
        rest = np.argwhere(status == PUBLISHED)
        chosen = {tuple(int(i) for i in c) for c in (rest if len(rest) else np.argwhere(status != MASKED))}
    return chosen


def _at(cell: tuple[int, ...], axis: int, node: int) -> tuple[int, ...]:
    out = list(cell)
    out[axis] = int(node)
    return tuple(out)


def _unmasked_on_lines(cell: tuple[int, ...], status: np.ndarray) -> list[tuple[int, ...]]:
    """Cells not yet masked sharing two of the three coordinates with `cell`."""
    out = []
    for axis in range(3):
        for node in range(status.shape[axis]):
            other = _at(cell, axis, node)
            if other != cell and status[other] != MASKED:
                out.append(other)
    return out


def _finding(layout: Layout, idx: np.ndarray, problem: str) -> Finding:
    s, t, c = (int(i) for i in idx)
    return Finding(
        layout.space_levels[s], layout.space_ids[s], layout.time_labels[t], layout.category_labels[c], problem
    )
