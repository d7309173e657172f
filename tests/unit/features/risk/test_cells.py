"""Reading published numbers out of frame cells: a suppressed or masked cell never becomes a number."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from atlas.features.risk.analysis.compare import change, published_number
from atlas.features.risk.analysis.release import cell_number


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(20, 20.0), (np.int64(7), 7.0), (np.float64(12.0), 12.0), (0.0, 0.0)],
)
def test_cell_number_reads_numbers_of_any_scalar_kind(cell: object, expected: float) -> None:
    assert cell_number(cell) == expected


@pytest.mark.parametrize("cell", [None, pd.NA, np.nan, float("nan"), "< 10", "n.p."])
def test_cell_number_is_none_for_cells_without_a_number(cell: object) -> None:
    assert cell_number(cell) is None


def test_published_number_and_change_read_a_frame_column_with_na() -> None:
    values = pd.Series([30, pd.NA, 10], dtype="Int64")
    assert [published_number(v) for v in values] == [30, None, 10]
    assert change(values[0], values[2]) == -20
    assert change(values[0], values[1]) is None
