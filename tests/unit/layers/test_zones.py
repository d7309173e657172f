"""Rows given by commune name are placed on their shipped zone; doubtful rows are refused, never guessed."""

from __future__ import annotations

import pandas as pd

from atlas.layers.registry import get_layer
from atlas.layers.shelters import shipped_zones
from atlas.layers.validate import validate_frame
from atlas.layers.zones import RefusedRow, rows_to_zones


def test_communes_are_matched_without_accents_and_take_their_zone_and_department():
    rows = pd.DataFrame(
        {
            "commune": ["medina  BAFFE", "Kédougou", "Dindefelo"],
            "department": [None, "Kedougou", ""],
            "relays": [3, 5, 0],
        }
    )
    result = rows_to_zones(rows)
    zones = shipped_zones().set_index("commune")
    assert result.refused == ()
    assert list(result.frame["commune"]) == ["Médina Baffé", "Kédougou", "Dindéfélo"]
    assert list(result.frame["department"]) == ["Saraya", "Kédougou", "Kédougou"]
    assert result.frame.geometry.iloc[0].equals(zones.geometry["Médina Baffé"])
    assert list(result.frame["relays"]) == [3, 5, 0]


def test_unknown_duplicate_missing_and_contradicted_communes_are_refused_with_their_row():
    rows = pd.DataFrame(
        {
            "commune": ["Saraya", "Moussala", "saraya", None, "Bembou"],
            "department": ["Saraya", "Saraya", "Saraya", "Saraya", "Kédougou"],
        }
    )
    result = rows_to_zones(rows)
    assert result.refused == (
        RefusedRow(1, "unknown_commune"),
        RefusedRow(2, "duplicate_commune"),
        RefusedRow(3, "no_commune"),
        RefusedRow(4, "department_mismatch"),
    )
    assert list(result.frame["commune"]) == ["Saraya"]
    assert result.refused[1].message("en") == "commune already given on an earlier row"


def test_placed_rows_pass_the_services_layer_validation_even_in_small_zones():
    rows = pd.DataFrame(
        {
            "commune": sorted(shipped_zones()["commune"]),
            "shelters": 0,
            "services": 0,
            "providers": None,
            "capacity_band": None,
        }
    )
    placed = rows_to_zones(rows).frame
    typed = validate_frame(get_layer("services_areas"), placed, "communes.xlsx")
    assert len(typed) == 18
