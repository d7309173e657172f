"""`atlas csr gaps …` end to end, in a subprocess, as a user would run it."""

from __future__ import annotations

import io
import subprocess
import sys

import pandas as pd
import pypdf
import pytest

from atlas.features.csr.analysis.gaps import FACTORS
from atlas.features.csr.analysis.zone import registry_concessions
from tests.helpers import ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "atlas", "csr", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_gaps_writes_ranked_csv_and_brief(tmp_path):
    out_csv, out_pdf = tmp_path / "gaps.csv", tmp_path / "brief.pdf"
    done = _run(
        "gaps",
        "--concession",
        "sabodala",
        "--buffer-km",
        "20",
        "--csv",
        str(out_csv),
        "--brief",
        str(out_pdf),
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(out_csv, encoding="utf-8-sig")
    assert {"name", "kind", "distance_km", "gap_score", "rank"} <= set(table.columns)
    assert len(table) > 0
    assert list(table["rank"]) == sorted(table["rank"]) and table["rank"].iloc[0] == 1
    assert (table["distance_km"] <= 20).all()
    assert (table["footprint_basis"] == "stated_area_circle").all()
    assert "stated area" in done.stdout and "SYNTHETIC" in done.stdout
    reader = pypdf.PdfReader(io.BytesIO(out_pdf.read_bytes()))
    assert len(reader.pages) == 1 and "Method" in reader.pages[0].extract_text()
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_unknown_concession_refused_with_known_list_and_nothing_written(tmp_path):
    out_csv = tmp_path / "gaps.csv"
    out_csv.write_text("earlier result\n", encoding="utf-8")
    done = _run("gaps", "--concession", "Mine imaginaire", "--buffer-km", "15", "--csv", str(out_csv))
    assert done.returncode == 2
    assert "unknown concession 'Mine imaginaire'" in done.stderr
    for name in registry_concessions()["name"]:
        assert str(name) in done.stderr
    assert out_csv.read_text(encoding="utf-8") == "earlier result\n"


def test_bad_radius_refused(tmp_path):
    out_csv = tmp_path / "gaps.csv"
    done = _run("gaps", "--concession", "Boto", "--buffer-km", "0", "--csv", str(out_csv))
    assert done.returncode == 2 and "--buffer-km" in done.stderr
    assert not out_csv.exists()


def test_point_only_concession_says_so():
    done = _run("gaps", "--concession", "Boto", "--buffer-km", "10")
    assert done.returncode == 0, done.stderr
    assert "point_only" in done.stdout and "under-states" in done.stdout


def test_company_selects_its_titles(tmp_path):
    out_csv = tmp_path / "company.csv"
    done = _run("gaps", "--company", "Boto SA (Managem)", "--csv", str(out_csv))
    assert done.returncode == 0, done.stderr
    assert (pd.read_csv(out_csv, encoding="utf-8-sig")["concession"] == "Boto").all()


def test_custom_weights_reach_the_csv_and_the_brief(tmp_path):
    out_csv, out_pdf = tmp_path / "gaps.csv", tmp_path / "brief.pdf"
    done = _run(
        "gaps",
        "--concession",
        "Niamia",
        "--buffer-km",
        "40",
        "--csv",
        str(out_csv),
        "--brief",
        str(out_pdf),
        "--lang",
        "en",
        "--weights",
        "service_distance=0,no_service_in_zone=0,bajenu_gap=0,risk=0,mining=0",
    )
    assert done.returncode == 0, done.stderr
    assert (
        "weights: CUSTOM (service_distance=0,no_service_in_zone=0,bajenu_gap=0,risk=0,border=0.1,mining=0)"
        in done.stdout
    )
    table = pd.read_csv(out_csv, encoding="utf-8-sig")
    assert (table["weights_basis"] == "custom").all() and (table["w_border"] == 0.1).all()
    assert (table["w_service_distance"] == 0).all()
    flags = list(table["border_village"])
    assert any(flags) and flags == sorted(flags, reverse=True)  # border alone decides: border members first
    text = " ".join(pypdf.PdfReader(io.BytesIO(out_pdf.read_bytes())).pages[0].extract_text().split())
    assert "custom weights" in text


@pytest.mark.parametrize(
    ("weights", "needle"),
    [
        ("distance=0.2", "unknown weight 'distance'"),
        ("risk=-0.1", "between 0 and 1"),
        ("risk=lots", "must be a number"),
        ("service_distance=0,no_service_in_zone=0,bajenu_gap=0,risk=0,border=0,mining=0", "all weights are zero"),
    ],
)
def test_bad_weights_refused_with_valid_names_and_nothing_written(tmp_path, weights, needle):
    out_csv = tmp_path / "gaps.csv"
    out_csv.write_text("earlier result\n", encoding="utf-8")
    done = _run("gaps", "--concession", "Niamia", "--csv", str(out_csv), "--weights", weights)
    assert done.returncode == 2
    assert needle in done.stderr and "--weights" in done.stderr
    for name in FACTORS:
        assert name in done.stderr
    assert out_csv.read_text(encoding="utf-8") == "earlier result\n"


def test_default_run_says_default_weights():
    done = _run("gaps", "--concession", "Boto", "--top", "0")
    assert done.returncode == 0, done.stderr
    assert "weights: default (service_distance=0.3," in done.stdout
