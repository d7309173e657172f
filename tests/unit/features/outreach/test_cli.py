"""The command end to end, as a user runs it (subprocess)."""

from __future__ import annotations

import subprocess
import sys

import gpxpy
import pandas as pd
import pypdf

from tests.helpers import ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "atlas", "outreach", "plan", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_cli_plans_a_rainy_tour_and_writes_gpx_csv_and_matrix(tmp_path):
    gpx, csv, matrix, html, pdf = (
        tmp_path / n for n in ("tour.gpx", "legs.csv", "matrix.csv", "plan.html", "plan.pdf")
    )
    result = _run(
        "--start",
        "Kedougou",
        "--stops",
        "Saraya;Khossanto;Mako;Dindefelo;Salemata;Bandafassi",
        "--season",
        "rainy",
        "--return",
        "--max-hours-per-day",
        "6",
        "--gpx",
        str(gpx),
        "--csv",
        str(csv),
        "--matrix",
        str(matrix),
        "--itinerary",
        str(html),
        "--pdf",
        str(pdf),
    )
    assert result.returncode == 0, result.stderr
    assert "Kédougou" in result.stdout and "optimum exact" in result.stdout
    assert "Véhicule : 4x4" in result.stdout  # the default vehicle, stated
    parsed = gpxpy.parse(gpx.read_text(encoding="utf-8"))
    assert len(parsed.waypoints) == 7 and len(parsed.tracks) == 1
    legs = pd.read_csv(csv, encoding="utf-8-sig")
    assert list(legs.columns[:5]) == ["from", "to", "distance_km", "minutes", "day"] and len(legs) == 7
    assert set(legs["vehicle"]) == {"4x4"}
    grid = pd.read_csv(matrix, encoding="utf-8-sig", index_col=0)
    assert grid.shape == (7, 7) and grid.index[0] == "Kédougou"
    assert "Jour 1" in html.read_text(encoding="utf-8")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Jour 1" in text and "Salémata" in text and "saison des pluies" in text.lower()


def test_cli_refuses_unknown_and_ambiguous_names_and_writes_nothing(tmp_path):
    gpx = tmp_path / "tour.gpx"
    result = _run("--start", "Kedugu", "--stops", "Moussala;Saraya", "--season", "dry", "--gpx", str(gpx))
    assert result.returncode == 2
    assert "Kédougou" in result.stderr  # suggestion for the typo
    assert "Moussala [1326635101]" in result.stderr and "Moussala [1259984449]" in result.stderr
    assert not gpx.exists()


def test_cli_reports_stops_cut_off_in_the_rainy_season(tmp_path):
    result = _run(
        "--start",
        "Kedougou",
        "--stops",
        "Kéniéba (Mali);Saraya",
        "--season",
        "rainy",
        "--csv",
        str(tmp_path / "legs.csv"),
    )
    assert result.returncode == 1
    assert "injoignable" in result.stdout and "Kéniéba (Mali)" in result.stdout
    legs = pd.read_csv(tmp_path / "legs.csv", encoding="utf-8-sig")
    assert legs["to"].tolist() == ["Saraya"]
    dry = _run("--start", "Kedougou", "--stops", "Kéniéba (Mali);Saraya", "--season", "dry")
    assert dry.returncode == 0 and "injoignable" not in dry.stdout


def test_cli_refuses_a_bad_season():
    result = _run("--start", "Kedougou", "--stops", "Saraya", "--season", "monsoon")
    assert result.returncode == 2 and "season" in result.stderr


def test_cli_plans_by_motorbike_and_states_it_in_the_summary_csv_and_itinerary(tmp_path):
    villages = "Ethiolo;Oubadji;Dimboli;Kevoye;Dakateli;Fongolimbi"  # reached by tracks
    minutes = {}
    for vehicle in ("4x4", "motorbike"):
        csv, html = tmp_path / f"{vehicle}.csv", tmp_path / f"{vehicle}.html"
        result = _run(
            "--start",
            "Kedougou",
            "--stops",
            villages,
            "--season",
            "rainy",
            "--return",
            "--vehicle",
            vehicle,
            "--lang",
            "en",
            "--csv",
            str(csv),
            "--itinerary",
            str(html),
        )
        assert result.returncode == 0, result.stderr
        legs = pd.read_csv(csv, encoding="utf-8-sig")
        assert set(legs["vehicle"]) == {vehicle}
        minutes[vehicle] = legs["minutes"].sum()
    assert "Vehicle: Motorbike" in result.stdout
    assert "Vehicle: Motorbike" in (tmp_path / "motorbike.html").read_text(encoding="utf-8")
    assert minutes["motorbike"] < minutes["4x4"]


def test_cli_refuses_an_unknown_vehicle_and_names_the_choices(tmp_path):
    gpx = tmp_path / "tour.gpx"
    result = _run(
        "--start", "Kedougou", "--stops", "Saraya", "--season", "dry", "--vehicle", "bicycle", "--gpx", str(gpx)
    )
    assert result.returncode == 2
    assert "--vehicle" in result.stderr and "bicycle" in result.stderr
    assert "4x4" in result.stderr and "motorbike" in result.stderr
    assert not gpx.exists()
