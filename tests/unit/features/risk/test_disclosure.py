"""Suppression, rounding and the differencing audit, on random and adversarial inputs (hypothesis)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas.features.risk.analysis.aggregate import Layout, count_base, roll_up
from atlas.features.risk.analysis.disclosure import BELOW_K, MASKED, PUBLISHED, audit, primary, protect
from atlas.features.risk.analysis.hexgrid import build_grid
from atlas.features.risk.analysis.schema import COVERED_DEPARTMENTS

GRID = build_grid()
LAYOUT = Layout(GRID.hex_ids, GRID.department, COVERED_DEPARTMENTS, 2024, 2024)
N_Q = LAYOUT.n_quarters
HEXES_BY_DEPT = {d: [i for i, x in enumerate(GRID.department) if x == d] for d in COVERED_DEPARTMENTS}


def protected_table(hexes, quarters, categories, k=10):
    true = roll_up(LAYOUT, count_base(LAYOUT, np.asarray(hexes), np.asarray(quarters), np.asarray(categories)))
    return true, protect(LAYOUT, true, k, k)


def assert_safe(true, result, k=10):
    published = result.status == PUBLISHED
    assert (result.value[published] >= k).all()
    assert (result.value[published] % result.base == 0).all()
    assert (result.value[published] <= true[published]).all()  # rounded down
    assert (true[published] - result.value[published] < result.base).all()
    assert (true[result.status == BELOW_K] < k).all()  # "< k" is never a lie
    assert audit(LAYOUT, result.status, result.value, k, result.base) == []


incidents = st.lists(
    st.tuples(st.integers(0, LAYOUT.n_hex - 1), st.integers(0, N_Q - 1), st.integers(0, 3)), min_size=1, max_size=400
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(incidents, st.sampled_from([5, 10, 11]))
def test_random_inputs_publish_only_safe_values(rows, k):
    hexes, quarters, cats = zip(*rows, strict=True)
    true, result = protected_table(hexes, quarters, cats, k)
    assert_safe(true, result, k)


# Adversarial shapes: few hexes, few quarters, lopsided categories.
concentrated = st.builds(
    lambda hexes, n, q_weights, seed: _draw(hexes, n, q_weights, seed),
    st.lists(st.integers(0, LAYOUT.n_hex - 1), min_size=1, max_size=3, unique=True),
    st.integers(1, 300),
    st.lists(st.integers(0, 5), min_size=4, max_size=4).filter(any),
    st.integers(0, 2**16),
)


def _draw(hexes, n, q_weights, seed):
    rng = np.random.default_rng(seed)
    p = np.asarray(q_weights, float) / sum(q_weights)
    return (rng.choice(hexes, n), rng.choice(4, n, p=p), rng.choice(4, n, p=[0.85, 0.1, 0.04, 0.01]))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(concentrated)
def test_concentrated_inputs_publish_only_safe_values(draw):
    true, result = protected_table(*draw)
    assert_safe(true, result)


@pytest.mark.parametrize("n", [1, 9, 10, 11, 19, 37, 250])
def test_all_incidents_in_one_hex_and_one_quarter(n):
    true, result = protected_table([5] * n, [2] * n, [0] * n)
    assert_safe(true, result)


@pytest.mark.parametrize("many", [10, 19, 29, 95])
def test_one_odd_category_beside_many_of_another(many):
    hexes = [3] * (many + 1)
    cats = [0] * many + [2]
    true, result = protected_table(hexes, [1] * (many + 1), cats)
    assert_safe(true, result)
    odd = (3, 1, 2)  # hex 3, 2024-Q2, forced_labour: exactly one incident
    assert result.status[odd] != PUBLISHED


@pytest.mark.parametrize("many", [10, 23, 40])
def test_one_incident_alone_in_a_quarter(many):
    true, result = protected_table([7] * (many + 1), [0] * many + [3], [1] * (many + 1))
    assert_safe(true, result)


def test_single_incident_reveals_nothing():
    true, result = protected_table([0], [0], [0])
    assert_safe(true, result)
    assert (result.status != PUBLISHED).all()


def test_audit_catches_an_exact_unsuppressed_release():
    true = roll_up(LAYOUT, count_base(LAYOUT, np.array([4] * 23), np.array([0] * 20 + [1] * 3), np.array([0] * 23)))
    status = np.full(true.shape, PUBLISHED, dtype=np.int8)
    findings = audit(LAYOUT, status, true, 10, 1)
    assert any("below k" in f.problem for f in findings)
    assert any(f.period == "2024-Q2" and f.unit_level == "hex" for f in findings)


def test_audit_catches_differencing_when_only_small_cells_are_hidden():
    # Hex 4: Q1 20, Q2 3 ("< 10"), Q3 15, Q4 12 published exactly; the year says 50, so Q2 = 3.
    quarters = [0] * 20 + [1] * 3 + [2] * 15 + [3] * 12
    true = roll_up(LAYOUT, count_base(LAYOUT, np.array([4] * 50), np.array(quarters), np.array([0] * 50)))
    status, _ = primary(true, 10, 1)  # no rounding, no secondary suppression
    findings = audit(LAYOUT, status, np.where(status == PUBLISHED, true, 0), 10, 1)
    pinned = {(f.unit_level, f.unit_id, f.period) for f in findings}
    assert ("hex", GRID.hex_ids[4], "2024-Q2") in pinned


def test_audit_catches_rounding_that_crosses_a_step():
    # Q1, Q3, Q4 19 → "10" (10–19 each), Q2 5 → "< 10", year 62 → "60" (60–69): Q2 ≥ 60 − 57 = 3.
    quarters = [0] * 19 + [1] * 5 + [2] * 19 + [3] * 19
    true = roll_up(LAYOUT, count_base(LAYOUT, np.array([4] * 62), np.array(quarters), np.array([0] * 62)))
    status, value = primary(true, 10, 10)
    findings = audit(LAYOUT, status, value, 10, 10)
    assert any(f.unit_id == GRID.hex_ids[4] and f.period == "2024-Q2" for f in findings)
    result = protect(LAYOUT, true, 10, 10)
    assert result.secondary >= 1 and audit(LAYOUT, result.status, result.value, 10, 10) == []


def test_two_departments_below_k_do_not_show_a_region_total_that_pins_them():
    a, b = HEXES_BY_DEPT["Kédougou"][0], HEXES_BY_DEPT["Saraya"][0]
    true, result = protected_table([a] * 7 + [b] * 6, [0] * 13, [0] * 13)
    assert_safe(true, result)
    region = (LAYOUT.shape[0] - 1, 0, 0)
    assert true[region] == 13 and result.status[region] == MASKED


def test_masked_cells_can_hide_small_values_when_categories_pin_quarters():
    # 9 incidents per quarter, 12 per category over the year, in one department: the year ≥ 30 would
    # force every quarter ≥ 3 unless some "< 10" quarters are withheld as "n.p." too.
    hexes, quarters, cats = [], [], []
    for q in range(4):
        for i in range(9):
            hexes.append(HEXES_BY_DEPT["Kédougou"][i % 3])
            quarters.append(q)
            cats.append((q * 9 + i) % 3)
    true, result = protected_table(hexes, quarters, cats)
    assert_safe(true, result)
