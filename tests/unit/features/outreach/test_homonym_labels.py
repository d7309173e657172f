"""Homonyms read as places, not ids (issue 12: "Moussala [1326635101]" on screen and in the GPX)."""

from __future__ import annotations

import re

from atlas.features.outreach.analysis.gazetteer import label_of, resolve_stop, stops_table
from atlas.features.outreach.analysis.tour import plan_tour
from atlas.features.outreach.reports.outputs import tour_outputs


def test_the_two_moussala_get_distinct_place_labels_without_ids():
    table = stops_table()
    labels = table.loc[table["name"] == "Moussala", "label"].tolist()
    assert len(labels) == 2 and len(set(labels)) == 2
    assert all(re.fullmatch(r"Moussala \([^\d\[\]]+, Saraya\)", label) for label in labels)
    assert {resolve_stop(label) for label in labels} == set(table.loc[table["name"] == "Moussala", "id"])


def test_the_gpx_names_a_homonym_by_its_label():
    moussala = stops_table().loc[lambda f: f["name"] == "Moussala", "id"].iloc[0]
    tour = plan_tour(resolve_stop("Saraya"), [moussala], "dry", False, 8.0, 0.0)
    gpx = tour_outputs(tour, "fr").gpx
    assert label_of(moussala) in gpx and "[" not in gpx.split("<trk>")[0]


def test_a_cut_off_stop_is_said_once_with_its_river_and_marked_on_the_map():
    from atlas.features.outreach.web.route_map import build_route_map

    stops = [resolve_stop(n) for n in ("Saraya", "Kéniéba (Mali)", "Mako")]
    tour = plan_tour(resolve_stop("Kedougou"), stops, "rainy", False, 8.0, 0.0)
    assert tour.plan.unreachable == (resolve_stop("Kéniéba (Mali)"),)
    for lang in ("fr", "en"):
        out = tour_outputs(tour, lang)
        assert out.unreachable_message is not None and "Falémé" in out.unreachable_message
        assert not [w for w in out.warnings if "Kéniéba (Mali)" in w]  # not listed a second time
        assert [p[0] for p in out.cut_off_points] == ["Kéniéba (Mali)"]
        assert "outreach-cut-off" in build_route_map(out, lang).get_root().render()
