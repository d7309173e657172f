"""What a team takes away: GPX, CSV of legs, time matrix, printable itinerary; names refused."""

from __future__ import annotations

import io

import gpxpy
import pandas as pd
import pytest

from atlas.common.reports.tables import excel_safe_csv
from atlas.features.outreach.analysis.gazetteer import label_of, resolve_stop, stops_table
from atlas.features.outreach.analysis.tour import legs_frame, matrix_frame, plan_tour
from atlas.features.outreach.reports.gpx import plan_to_gpx
from atlas.features.outreach.reports.itinerary import format_minutes, render_itinerary
from atlas.foundation.names import UnknownOrAmbiguousName

STOP_NAMES = ("Saraya", "Khossanto", "Mako", "Dindefelo", "Salemata", "Dioura de Fongoli")


@pytest.fixture(scope="module")
def tour():
    return plan_tour(
        resolve_stop("Kedougou"),
        [resolve_stop(n) for n in STOP_NAMES],
        "rainy",
        return_to_start=True,
        max_hours_per_day=5,
    )


def test_names_resolve_without_accents_and_homonyms_are_refused_with_candidates():
    assert label_of(resolve_stop("kedougou")) == "Kédougou"
    assert label_of(resolve_stop("MEDINA BAFFE")) == "Médina Baffé"
    with pytest.raises(UnknownOrAmbiguousName) as ambiguous:
        resolve_stop("Moussala")
    assert len(ambiguous.value.candidates) == 2
    picked = {resolve_stop(c) for c in ambiguous.value.candidates}  # "Moussala [id]" picks one each
    assert len(picked) == 2
    with pytest.raises(UnknownOrAmbiguousName) as unknown:
        resolve_stop("Kedugu")
    assert "Kédougou" in unknown.value.candidates
    with pytest.raises(UnknownOrAmbiguousName):
        resolve_stop("   ")


def test_service_area_communes_resolve_to_their_public_access_town():
    assert resolve_stop("Saraya") == stops_table().set_index("label").loc["Saraya", "id"]


def test_stop_labels_are_unique_so_lists_and_itineraries_tell_homonyms_apart():
    stops = stops_table()
    assert stops["label"].is_unique and stops["id"].is_unique
    assert (stops["name"] == "Moussala").sum() == 2


def test_gpx_round_trips_with_one_track_and_a_named_waypoint_per_stop(tour):
    xml = plan_to_gpx(tour.plan, label_of, tour.lat_lon, track_name="Tournée — Kédougou")
    parsed = gpxpy.parse(io.StringIO(xml))
    assert parsed.version == "1.1"
    assert len(parsed.tracks) == 1 and len(parsed.tracks[0].segments) == 1
    assert len(parsed.waypoints) == 1 + len(tour.plan.order)
    assert parsed.waypoints[0].name == "00 Kédougou"
    assert [w.name[3:] for w in parsed.waypoints[1:]] == [label_of(s) for s in tour.plan.order]
    points = parsed.tracks[0].segments[0].points
    first, last = points[0], points[-1]
    assert (first.latitude, first.longitude) == tour.lat_lon(tour.plan.start)
    assert (last.latitude, last.longitude) == tour.lat_lon(tour.plan.start)  # round trip
    for stop in tour.plan.order:  # the track passes through every stop
        assert any((p.latitude, p.longitude) == tour.lat_lon(stop) for p in points)


def test_legs_csv_has_the_issue_columns_and_sums_to_the_plan(tour):
    frame = pd.read_csv(io.BytesIO(excel_safe_csv(legs_frame(tour))), encoding="utf-8-sig")
    assert list(frame.columns[:5]) == ["from", "to", "distance_km", "minutes", "day"]
    assert len(frame) == len(tour.plan.legs) == len(STOP_NAMES) + 1
    assert frame["from"].iloc[0] == frame["to"].iloc[-1] == "Kédougou"
    assert frame["minutes"].sum() == pytest.approx(tour.plan.total_minutes, abs=len(frame))
    assert frame["day"].tolist() == sorted(frame["day"].tolist())
    assert frame["day"].max() == len(tour.days) > 1


def test_without_a_daily_limit_the_csv_has_no_day_column():
    tour = plan_tour(resolve_stop("Kedougou"), [resolve_stop("Saraya")], "dry")
    assert "day" not in legs_frame(tour).columns


def test_matrix_is_square_symmetric_with_names_in_first_row_and_column(tour):
    frame = pd.read_csv(io.BytesIO(excel_safe_csv(matrix_frame(tour))), encoding="utf-8-sig", index_col=0)
    names = ["Kédougou", *[label_of(resolve_stop(n)) for n in STOP_NAMES]]
    assert list(frame.columns) == names and list(frame.index) == names
    values = frame.to_numpy()
    assert (values.diagonal() == 0).all()
    assert (values == values.T).all()


def test_itinerary_in_both_languages_has_days_times_warnings_and_assumptions(tour):
    fr = render_itinerary(tour, "fr")
    en = render_itinerary(tour, "en")
    assert "Saison des pluies" in fr and "FERMÉES" in fr and "Jour 2" in fr
    assert "Rainy season" in en and "CLOSED" in en and "Day 2" in en
    assert "@media print" in fr
    assert "Facteur de détour des pistes" in fr and "Track detour factor" in en
    assert format_minutes(tour.plan.total_minutes) in fr
    assert "SCHÉMATIQUE" in fr  # the roads layer's location note
    assert "<script" not in fr


def test_itinerary_escapes_names(monkeypatch, tour):
    import atlas.features.outreach.reports.itinerary as itinerary

    monkeypatch.setattr(itinerary, "label_of", lambda _id: "<script>alert(1)</script>")
    html = itinerary.render_itinerary(tour, "fr")
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_itinerary_and_csv_state_the_vehicle_in_both_languages(tour):
    assert "Véhicule : 4x4" in render_itinerary(tour, "fr") and "Vehicle: 4x4" in render_itinerary(tour, "en")
    assert "light trail bike" not in render_itinerary(tour, "en")  # the motorbike's note is for motorbikes only
    bike = plan_tour(
        tour.plan.start, list(tour.plan.order), "rainy", return_to_start=True, max_hours_per_day=5, vehicle="motorbike"
    )
    fr, en = render_itinerary(bike, "fr"), render_itinerary(bike, "en")
    assert "Véhicule : Moto" in fr and "moto portée ou en pirogue" in fr
    assert "Vehicle: Motorbike" in en and "light trail bike" in en
    assert "Moto : vitesse sur piste, saison des pluies (km/h)" in fr  # the motorbike's assumptions
    assert "Motorbike: track speed, rainy (km/h)" in en
    assert format_minutes(bike.plan.total_minutes) in en
    assert set(legs_frame(bike)["vehicle"]) == {"motorbike"} and set(legs_frame(tour)["vehicle"]) == {"4x4"}


def test_an_unknown_vehicle_is_refused_before_planning():
    with pytest.raises(ValueError, match="vehicle must be one of"):
        plan_tour(resolve_stop("Kedougou"), [resolve_stop("Saraya")], "dry", vehicle="bicycle")
