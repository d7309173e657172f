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
