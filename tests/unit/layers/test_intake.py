"""Partner files → preview → commit: accepted, refused and unresolved rows; nothing stored before commit."""

from __future__ import annotations

import pytest

from atlas import store
from atlas.layers import intake, placematch
from atlas.layers.registry import load_layer
from atlas.layers.validate import LayerError
from tests.helpers import partner_files as pf


def _fates(result: intake.Preview) -> dict[int, str]:
    fates = {
        int(line): located
        for line, located in zip(result.staged.points["line"], result.staged.points["located"], strict=True)
    }
    fates.update({r.line: f"refused:{r.reason}" for r in result.staged.refused})
    fates.update({line: f"{u.status}:{u.name}" for u in result.staged.unresolved for line in u.lines})
    return fates


def test_shelters_sheet_preview_then_commit(private_store):
    before = load_layer("services_areas").version
    result = intake.preview("services_areas", pf.shelters_xlsx(), "structures.xlsx")
    assert _fates(result) == {
        2: "gazetteer:421178349",  # Kedougou: the town (curated homonym, noted)
        3: "gazetteer:1326801885",  # DINDEFELO
        4: "ambiguous:Moussala",
        5: "unknown:Bantakokouta Inconnu",
        6: "coordinates",  # 12,8123 / -12,3456
        7: f"gazetteer:{placematch.current().lookup('Saraya').place.id}",  # a date cell, by name
        8: "refused:outside_window_quiet",  # Dakar: no position echoed for a shelter
        9: "refused:bad_value_quiet",
    }
    assert result.staged.preferred == ((2, "Kedougou", "421178349"),)
    assert not result.ready and store.current_version("services_areas") == before
    with pytest.raises(LayerError, match="still to be resolved"):
        intake.commit(result, pf.shelters_xlsx(), "structures.xlsx", "ONG", "restricted")
    assert store.current_version("services_areas") == before
    # the preview of a confidential layer keeps no position: the points are gone, counts per zone remain
    assert result.staged.points.geometry.isna().all() and set(result.frame.geom_type) <= {"Polygon", "MultiPolygon"}

    resolved = intake.preview(
        "services_areas",
        pf.shelters_xlsx(),
        "structures.xlsx",
        resolutions={"moussala": "1326635101", "Bantakokouta inconnu": (-12.2, 12.6)},
    )
    assert resolved.ready and resolved.staged.located_summary() == "1 row by coordinates, 5 by place name (gazetteer)"
    record = intake.commit(resolved, pf.shelters_xlsx(), "structures.xlsx", "ONG", "restricted", user="Awa")
    assert record.version == (before or 1) + 1 and record.located.startswith("1 row by coordinates")
    stored = store.load_version("services_areas", record.version)
    assert int(stored["shelters"].sum()) == 6 and set(stored.geom_type) <= {"Polygon", "MultiPolygon"}
    assert "line" not in stored.columns


def test_point_layer_keeps_how_each_feature_was_located(private_store):
    result = intake.preview("mining_sites", pf.odk_mining_csv(), "odk.csv")
    assert result.table.encoding == "utf-8" and result.table.delimiter == ","
    assert [r.reason for r in result.staged.refused] == ["bad_value"]  # kind 'placer' at line 4
    assert result.staged.refused[0].line == 4 and "placer" in result.staged.refused[0].message("en")
    record = intake.commit(result, pf.odk_mining_csv(), "odk.csv", "Comité villageois", "CC BY 4.0")
    stored = store.load_version("mining_sites", record.version)
    assert list(stored["located"]) == ["coordinates", "coordinates"]
    assert list(stored["location_basis"]) == ["published_coordinate"] * 2 and set(stored["department"]) == {"Kédougou"}


def test_kobo_xlsx_and_csv_give_the_same_preview(private_store):
    csv_result = intake.preview("bajenu_gox", pf.kobo_relays_csv(), "k.csv")
    xlsx_result = intake.preview("bajenu_gox", pf.kobo_relays_xlsx(), "k.xlsx")
    assert _fates(csv_result) == _fates(xlsx_result)
    assert _fates(csv_result)[6] == "refused:bad_coordinates" and _fates(csv_result)[5] == "ambiguous:Moussala"
    assert list(csv_result.frame["relays"]) == list(xlsx_result.frame["relays"])


def test_incidents_never_come_in_as_a_layer(private_store):
    with pytest.raises(LayerError):
        intake.preview("incidents_heat", pf.incidents_cp1252(), "i.csv")
