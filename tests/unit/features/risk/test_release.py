"""The release on disk, the public API, the privacy ledger and optional differential privacy."""

from __future__ import annotations

import datetime as dt
import json

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from atlas.features.risk.analysis.api import department_totals, heat_frame, latest_release, risk_class_at
from atlas.features.risk.analysis.hexgrid import build_grid
from atlas.features.risk.analysis.ingest import ingest
from atlas.features.risk.analysis.ledger import LedgerRefusalError
from atlas.features.risk.analysis.release import ReleaseError, read_release
from atlas.features.risk.analysis.synth import synthesise
from tests.helpers.incidents import BAMAKO, KEDOUGOU_TOWN

TODAY = dt.date(2026, 11, 22)
YEARS = (2023, 2025)


@pytest.fixture(autouse=True)
def private_ledger(tmp_path, monkeypatch):
    """One privacy ledger per deployment: each test is its own deployment (store)."""
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{tmp_path / 'store.sqlite'}")


@pytest.fixture(scope="module")
def raw_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("raw") / "raw.csv"
    synthesise(1500, seed=11, years=YEARS, today=TODAY).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def release(raw_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("rel") / "r1"
    ingest(raw_file, out, years=YEARS, today=TODAY, synthetic=True)
    return read_release(out)


def test_release_lists_every_hex_period_and_category(release):
    a = release.aggregates
    grid = build_grid()
    assert set(a.loc[a["unit_level"] == "hex", "unit_id"]) == set(grid.hex_ids)
    assert set(a["period"]) == {"2023", "2024", "2025", *(f"{y}-Q{q}" for y in (2023, 2024, 2025) for q in range(1, 5))}
    assert set(a["category"]) == {"all", "sexual_exploitation", "trafficking_recruitment", "forced_labour", "other"}
    assert len(a) == (len(grid.hex_ids) + 3) * 15 * 5
    assert list(a.columns[:7]) == ["unit_level", "unit_id", "parent_id", "period", "category", "value", "display"]
    hexes = a[a["unit_level"] == "hex"]
    assert set(hexes["parent_id"]) == {"Kédougou", "Saraya"}
    assert set(a.loc[a["unit_level"] == "department", "parent_id"]) == {"SN-KE"}


def test_published_values_and_displays(release):
    a = release.aggregates
    published = a["value"].notna()
    assert (a.loc[published, "value"] >= 10).all() and (a.loc[published, "value"] % 10 == 0).all()
    assert (a.loc[published, "display"] == a.loc[published, "value"].astype(str)).all()
    assert set(a.loc[~published, "display"]) <= {"< 10", "n.p."}


def test_release_json_states_the_method(release):
    meta = release.meta
    assert meta["synthetic"] is True and meta["k"] == 10 and meta["rounding_base"] == 10
    assert meta["noise"] == {"mechanism": "none", "epsilon": None}
    assert meta["h3_resolution"] == 5 and len(meta["input_sha256"]) == 64
    assert meta["periods"][0] == "2023" and meta["categories"][0] == "sexual_exploitation"


def test_hexes_cover_both_departments_whole(release):
    deps = gpd.read_file("src/atlas/data/departments.geojson")
    covered = shapely.union_all(deps[deps["name"].isin(["Kédougou", "Saraya"])].geometry.values)
    hexes = shapely.union_all(release.hexes.geometry.values)
    assert covered.difference(hexes.buffer(1e-6)).area < 1e-9


def test_api_heat_frame_totals_and_classes(release):
    frame = heat_frame(release, "2024", "all")
    assert len(frame) == len(build_grid().hex_ids) and frame.crs.to_epsg() == 4326
    assert set(frame["risk_class"]) <= {"< 10", "10–19", "20–49", "50–99", "≥ 100", "n.p."}
    totals = department_totals(release, "2024-Q2", "forced_labour")
    assert list(totals["unit_id"]) == ["Kédougou", "Saraya", "SN-KE"]
    points = gpd.GeoDataFrame(
        geometry=gpd.points_from_xy([KEDOUGOU_TOWN[0], BAMAKO[0]], [KEDOUGOU_TOWN[1], BAMAKO[1]]), crs="EPSG:4326"
    )
    classes = risk_class_at(release, points)
    assert classes.iloc[1] == "outside" and classes.iloc[0] in set(frame["risk_class"])
    with pytest.raises(ValueError, match="unknown period"):
        heat_frame(release, "2024-06", "all")


def test_latest_release_honours_the_environment(release, monkeypatch, tmp_path):
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(release.path.parent))
    assert latest_release().path == release.path
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(tmp_path))
    assert latest_release() is None


def test_a_tampered_release_is_refused(release, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in release.path.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    table = pd.read_csv(copy / "aggregates.csv", dtype=str, keep_default_na=False)
    row = table.index[(table["display"] == "< 10")][0]
    table.loc[row, ["value", "display"]] = ["3", "3"]
    table.to_csv(copy / "aggregates.csv", index=False)
    with pytest.raises(ReleaseError, match="audit"):
        read_release(copy)
    assert latest_release(tmp_path) is None


def test_noisy_release_and_ledger_refuses_a_second_spend(raw_file, tmp_path):
    first = ingest(raw_file, tmp_path / "dp1", epsilon=1.0, years=YEARS, today=TODAY)
    meta = json.loads((first.release_dir / "release.json").read_text())
    assert meta["noise"]["epsilon"] == pytest.approx(1.0) and "OpenDP" in meta["noise"]["mechanism"]
    read_release(first.release_dir)  # audit clean
    with pytest.raises(LedgerRefusalError, match="already released"):
        ingest(raw_file, tmp_path / "dp2", epsilon=0.5, years=YEARS, today=TODAY)
    with pytest.raises(LedgerRefusalError):
        ingest(raw_file, tmp_path / "exact", years=YEARS, today=TODAY)
    assert not (tmp_path / "dp2").exists() and not (tmp_path / "exact").exists()


def test_exact_releases_of_the_same_input_may_repeat(raw_file, tmp_path):
    ingest(raw_file, tmp_path / "a", years=YEARS, today=TODAY)
    ingest(raw_file, tmp_path / "b", years=YEARS, today=TODAY)
    assert (tmp_path / "a" / "aggregates.csv").read_bytes() == (tmp_path / "b" / "aggregates.csv").read_bytes()


def test_shipped_release_is_synthetic_and_audit_clean():
    from atlas.foundation.config import INCIDENTS_DIR

    shipped = read_release(INCIDENTS_DIR / "synthetic")
    assert shipped.synthetic is True
    assert (heat_frame(shipped, None, "all")["display"] != "< 10").sum() >= 10  # a useful heat layer


def test_the_ingest_commands_own_wording_is_shown_in_the_page_language():
    from dataclasses import replace

    shipped = read_release("src/atlas/data/incidents/synthetic")
    assert shipped.credit("source", "fr").startswith("Incidents SYNTHÉTIQUES produits par")
    assert shipped.credit("source", "en").startswith("SYNTHETIC incidents generated by the atlas")
    assert "`" not in shipped.credit("source", "fr") + shipped.credit("source", "en")  # no developer command
    assert shipped.credit("licence", "fr") == "CC0 (synthétique)"
    partner = replace(shipped, meta={"source": "Cellule anti-traite, registre 2024", "licence": "Restreinte"})
    assert partner.credit("source", "en") == "Cellule anti-traite, registre 2024"  # a partner's wording as given
