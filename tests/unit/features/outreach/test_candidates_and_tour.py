"""Page logic below the page: URL state, candidate filters, point-to-point travel times, outputs."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point

from atlas.features.outreach.analysis.access import travel_time_matrix
from atlas.features.outreach.analysis.candidates import candidate_stops, filter_candidates, start_options
from atlas.features.outreach.analysis.gazetteer import resolve_stop
from atlas.features.outreach.analysis.link import MAX_HOURS, OutreachLink
from atlas.features.outreach.analysis.tour import plan_tour
from atlas.features.outreach.reports.outputs import tour_outputs
from tests.helpers import ROOT


def test_query_round_trips_and_drops_what_a_link_should_not_carry():
    known = {"a", "b", "c"}
    view = OutreachLink("a", ("b", "c"), "rainy", True, 6.5, 30, "motorbike")
    assert view.to_query()["vehicle"] == "motorbike"
    assert OutreachLink.from_query(view.to_query(), known) == view
    bad = OutreachLink.from_query(
        {
            "start": "zz",
            "stops": "b,zz,b,<script>",
            "season": "monsoon",
            "hours": "99",
            "visit": "x",
            "return": "yes",
            "vehicle": "bicycle",
        },
        known,
    )
    assert bad == OutreachLink(None, ("b",), "dry", False, MAX_HOURS, 0, "4x4")
    assert OutreachLink.from_query({"season": "rainy"}, known).vehicle == "4x4"  # links made before vehicles


def test_candidates_carry_zone_facts_and_filters_combine():
    table, _release = candidate_stops()
    assert {"coverage_class", "services_in_zone", "risk_class", "group"} <= set(table.columns)
    assert not {"geometry", "address"} & set(table.columns)
    mining = filter_candidates(table, groups=["mining_site"])
    assert len(mining) == 12 and set(mining["group"]) == {"mining_site"}
    gaps = filter_candidates(table, coverage=["none", "low"], no_services_only=True)
    assert len(gaps) > 0 and not gaps["services_in_zone"].any()
    assert set(gaps["coverage_class"]) <= {"none", "low"}
    assert table.loc[table["label"] == "Kédougou", "services_in_zone"].item()
    starts = start_options(table)
    assert starts[0] == resolve_stop("Kédougou") and resolve_stop("Boto") not in starts


def test_travel_time_matrix_for_arbitrary_points_matches_the_plan_between_stops():
    k, s = resolve_stop("Kédougou"), resolve_stop("Saraya")
    tour = plan_tour(k, [s], "dry")
    (lat_k, lon_k), (lat_s, lon_s) = tour.lat_lon(k), tour.lat_lon(s)
    origins = gpd.GeoDataFrame({"n": ["k"]}, geometry=[Point(lon_k, lat_k)], crs="EPSG:4326", index=[7])
    dest = gpd.GeoDataFrame({"n": ["s"]}, geometry=[Point(lon_s, lat_s)], crs="EPSG:4326", index=[9])
    matrix = travel_time_matrix(origins, dest, "dry")
    assert matrix.loc[7, 9] == pytest.approx(tour.plan.total_minutes)
    rainy = travel_time_matrix(origins, dest, "rainy")
    assert rainy.loc[7, 9] >= matrix.loc[7, 9]
    by_bike = travel_time_matrix(origins, dest, "dry", vehicle="motorbike")
    assert by_bike.loc[7, 9] == pytest.approx(plan_tour(k, [s], "dry", vehicle="motorbike").plan.total_minutes)
    assert by_bike.loc[7, 9] != pytest.approx(matrix.loc[7, 9])


def test_outputs_number_the_start_zero_and_the_stops_in_visiting_order():
    tour = plan_tour(resolve_stop("Kédougou"), [resolve_stop(n) for n in ("Mako", "Saraya", "Bandafassi")], "dry")
    out = tour_outputs(tour, "en")
    assert [n for n, *_ in out.numbered_stops] == [0, 1, 2, 3]
    assert out.numbered_stops[0][1] == "Kédougou"
    assert out.route[0] == (out.numbered_stops[0][3], out.numbered_stops[0][2])
    assert list(out.legs_table.columns[:4]) == ["From", "To", "Distance (km)", "Time"]
    assert out.gpx.count("<wpt") == 4 and "Dry season" in out.itinerary_html
    assert out.summary.startswith("Vehicle: 4x4 · 3 stops")
    assert "Vehicle" in out.csv.decode("utf-8-sig").splitlines()[0]  # translated header (issue 12)
    bike = tour_outputs(plan_tour(tour.plan.start, list(tour.plan.order), "dry", vehicle="motorbike"), "fr")
    assert bike.summary.startswith("Véhicule : Moto · 3 étapes")


def test_docs_list_every_model_parameter():
    from atlas.features.outreach.analysis.model import DEFAULT_MODEL

    text = (ROOT / "docs" / "routing.md").read_text(encoding="utf-8")
    missing = [name for name, _ in DEFAULT_MODEL.parameters() if f"`{name}`" not in text]
    assert not missing, f"docs/routing.md does not document {missing}"
