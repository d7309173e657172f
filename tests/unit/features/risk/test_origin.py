"""The transnational lens: incidents by victims' origin, coarsened, suppressed and audited with the main table."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas.features.risk.analysis.aggregate import Layout, count_joint, roll_up
from atlas.features.risk.analysis.disclosure import BELOW_K, MASKED, PUBLISHED, disclosed, primary, protect
from atlas.features.risk.analysis.hexgrid import build_grid
from atlas.features.risk.analysis.ingest import ingest
from atlas.features.risk.analysis.origin import (
    audit_origin,
    by_year,
    coarsen,
    linked_bounds,
    protect_origin,
)
from atlas.features.risk.analysis.raw import origin_codes
from atlas.features.risk.analysis.release import ReleaseError, read_release
from atlas.features.risk.analysis.schema import COVERED_DEPARTMENTS, ORIGIN_CANDIDATES
from atlas.features.risk.analysis.synth import synthesise

GRID = build_grid()
LAYOUT = Layout(GRID.hex_ids, GRID.department, COVERED_DEPARTMENTS, 2023, 2024)
N_ORIGINS = len(ORIGIN_CANDIDATES) + 2
NGA, OTHER, UNKNOWN = 0, len(ORIGIN_CANDIDATES), len(ORIGIN_CANDIDATES) + 1


def tables(hexes, quarters, categories, origins, k=10):
    """Main table and origin table of the same incidents, protected as `atlas risk ingest` does."""
    joint = count_joint(
        LAYOUT, np.asarray(hexes), np.asarray(quarters), np.asarray(categories), np.asarray(origins), N_ORIGINS
    )
    main_true = roll_up(LAYOUT, joint.sum(axis=3))
    main = protect(LAYOUT, main_true, k, k)
    lens, true = coarsen(by_year(LAYOUT, joint), k, LAYOUT.first_year, LAYOUT.last_year)
    return main_true, main, lens, true, protect_origin(LAYOUT, main, lens, true, k, k)


incidents = st.lists(
    st.tuples(
        st.integers(0, LAYOUT.n_hex - 1),
        st.integers(0, LAYOUT.n_quarters - 1),
        st.integers(0, 3),
        st.sampled_from([NGA, 1, 2, 5, 9, OTHER, UNKNOWN]),
    ),
    min_size=1,
    max_size=300,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(incidents, st.sampled_from([5, 10]))
def test_random_inputs_publish_only_safe_origin_values(rows, k):
    hexes, quarters, cats, origins = zip(*rows, strict=True)
    main_true, main, lens, true, result = tables(hexes, quarters, cats, origins, k)
    published = result.status == PUBLISHED
    assert (result.value[published] >= k).all() and (result.value[published] % k == 0).all()
    assert (result.value[published] <= true[published]).all() and (true[published] - result.value[published] < k).all()
    assert (true[result.status == BELOW_K] < k).all()  # "< k" is never a lie
    # each year's total is the main table's region value, published identically
    assert (true[0, :, -1] == main_true[-1, LAYOUT.n_quarters :, -1]).all()
    assert (result.status[0, :, -1] == main.status[-1, LAYOUT.n_quarters :, -1]).all()
    assert audit_origin(LAYOUT, main.status, main.value, lens, result.status, result.value, k, k) == []


def test_rare_countries_are_folded_into_other_before_suppression():
    # Nigeria ≥ 10 both years; Mali 9 + 9 (18 over the calendar, yet below k every year); Ghana 3 + 3
    rows = [(0, 0, 0, NGA)] * 25 + [(0, 5, 0, NGA)] * 30 + [(1, 1, 1, 1)] * 9 + [(1, 6, 1, 1)] * 9
    rows += [(2, 2, 0, ORIGIN_CANDIDATES.index("GHA"))] * 3 + [(2, 6, 0, ORIGIN_CANDIDATES.index("GHA"))] * 3
    hexes, quarters, cats, origins = zip(*rows, strict=True)
    _, _, lens, true, _ = tables(hexes, quarters, cats, origins)
    assert lens.groups == ("NGA", "other", "unknown")
    other = lens.groups.index("other")
    assert true[0, :, other].tolist() == [9 + 3, 9 + 3]  # Mali and Ghana are counted under "other"
    assert true[0, :, -1].tolist() == [25 + 9 + 3, 30 + 9 + 3]


def test_a_difference_across_the_groups_is_masked():
    """Total 60 → "60", Nigeria 39 → "30", unknown 19 → "10": without masks "other" (2) reads ≥ 60 − 39 − 19 = 2."""
    rows = [(0, 0, 0, NGA)] * 39 + [(0, 1, 0, UNKNOWN)] * 19 + [(0, 2, 0, OTHER)] * 2
    hexes, quarters, cats, origins = zip(*rows, strict=True)
    _, main, lens, true, result = tables(hexes, quarters, cats, origins)
    status, value = primary(true, 10, 10)
    status[0, :, -1], value[0, :, -1] = main.status[-1, 8:, -1], main.value[-1, 8:, -1]
    _, _, lower, _ = linked_bounds(LAYOUT, main.status, main.value, lens, status, value, 10, 10)
    other = lens.groups.index("other")
    assert disclosed(status, lower, 10)[0, 0, other]  # the attack is real on the unprotected table
    assert result.secondary >= 1 and (result.status[0, 0, :-1] == MASKED).any()
    assert audit_origin(LAYOUT, main.status, main.value, lens, result.status, result.value, 10, 10) == []


def test_origin_codes_fold_case_spaces_unknown_and_unlisted():
    codes = origin_codes(pd.Series(["NGA", " nga ", "", "FRA", "gha"]))
    assert codes.tolist() == [NGA, NGA, UNKNOWN, OTHER, ORIGIN_CANDIDATES.index("GHA")]


TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def written(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{tmp_path / 'store.sqlite'}")
    raw = tmp_path / "raw.csv"
    synthesise(2000, seed=3, years=(2023, 2025), today=TODAY).to_csv(raw, index=False)
    ingest(raw, tmp_path / "rel", years=(2023, 2025), today=TODAY, synthetic=True)
    return tmp_path / "rel"


def test_a_release_carries_the_origin_table_and_reads_it_back_audited(written):
    release = read_release(written)
    meta = json.loads((written / "release.json").read_text())
    assert meta["origins"][-2:] == ["other", "unknown"] and "NGA" in meta["origins"]
    assert release.origins is not None
    assert set(release.origins["origin"]) == {*meta["origins"], "all"}
    assert set(release.origins["period"]) == {"2023", "2024", "2025"}


@pytest.mark.parametrize("tamper", ["below_k_to_number", "total_changed", "row_dropped"])
def test_a_tampered_origin_table_is_refused(written, tamper):
    table = pd.read_csv(written / "origins.csv", dtype=str, keep_default_na=False)
    if tamper == "below_k_to_number":
        row = table.index[table["display"] == "< 10"][0]
        table.loc[row, ["value", "display"]] = ["4", "4"]
    elif tamper == "total_changed":
        row = table.index[(table["origin"] == "all")][0]
        bumped = str(int(table.loc[row, "value"]) + 10)
        table.loc[row, ["value", "display"]] = [bumped, bumped]
    else:
        table = table.iloc[1:]
    table.to_csv(written / "origins.csv", index=False)
    with pytest.raises(ReleaseError):
        read_release(written)


def test_the_shipped_release_has_the_lens_and_no_record_level_value():
    """Every file of the shipped release is scanned for the raw file's ids and dates, the tables and
    the metadata for its coordinates too (the hexagons' vertices are public grid geometry)."""
    from atlas.foundation.config import INCIDENTS_DIR

    folder = INCIDENTS_DIR / "synthetic"
    release = read_release(folder)
    assert release.origins is not None and "NGA" in release.meta["origins"]
    created = dt.date.fromisoformat(release.meta["created"][:10])
    raw = synthesise(3000, seed=7, years=(2021, 2025), today=created)
    files = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    assert set(files) == {"release.json", "aggregates.csv", "origins.csv", "hexes.geojson"}
    everything = "\n".join(files.values())
    assert not any(i in everything for i in raw["incident_id"])
    assert not any(d in everything for d in raw["date"])
    tables = "\n".join(files[name] for name in ("release.json", "aggregates.csv", "origins.csv"))
    coordinates = {f"{v:.5f}" for v in np.concatenate([raw["lon"], raw["lat"]])}
    assert not any(c in tables for c in coordinates)
    properties = {key for f in json.loads(files["hexes.geojson"])["features"] for key in f["properties"]}
    assert properties == {"hex_id", "department", "period", "display", "risk_class", "synthetic"}
