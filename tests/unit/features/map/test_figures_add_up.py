"""The department table adds up to the region (issue 12): an "outside" row names what lies beyond."""

from __future__ import annotations

import pytest

from atlas.features.map.analysis.figures import OUTSIDE, REGION, figures_by_department
from atlas.features.map.analysis.legend import FIGURE_KEYS, department_table, notices, outside_note


def test_departments_plus_outside_equal_the_region_for_counted_points():
    table = figures_by_department().set_index("department")
    parts = table.drop(index=[REGION])
    for key in ("mining_sites", "artisanal_sites", "border_villages", "crossings", "shelters", "zones_with_service"):
        assert parts[key].sum() == table.loc[REGION, key], key
    assert table.loc[OUTSIDE, "mining_sites"] >= 1  # the shipped Diyabougou site lies just outside Saraya


@pytest.mark.parametrize(
    ("lang", "outside", "name"),
    [
        ("fr", "Hors des trois départements", "Zone aurifère de Diyabougou"),
        ("en", "Outside the three departments", "Diyabougou gold zone"),
    ],
)
def test_the_rows_and_the_note_are_in_the_page_language(lang, outside, name):
    table = department_table(lang, "partner")  # every figure (a viewer's table has no shelter counts)
    assert outside in set(table.iloc[:, 0])
    assert len(table.columns) == 1 + len(FIGURE_KEYS)
    assert name in outside_note(lang)


def test_the_incidents_notice_no_longer_sends_people_to_the_sources_page_import():
    for lang, wrong in (("fr", "importez"), ("en", "import them")):
        text = " ".join(notices(["incidents_heat"], lang))
        assert wrong not in text and "atlas risk ingest" in text and "`" not in text


def test_incident_hexagons_follow_the_department_filter():
    from atlas.features.map.analysis.link import MapLink
    from atlas.features.map.web.page import build_map

    everything = build_map(MapLink(lang="fr", layers=("incidents_heat",))).counts["incidents_heat"]
    saraya = build_map(MapLink(lang="fr", department="Saraya", layers=("incidents_heat",))).counts["incidents_heat"]
    salemata = build_map(MapLink(lang="fr", department="Salémata", layers=("incidents_heat",))).counts["incidents_heat"]
    assert 0 < saraya < everything and salemata == 0
