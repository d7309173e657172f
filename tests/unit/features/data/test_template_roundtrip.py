"""A filled template (from the `templates` branch's XLSX writer) goes through the intake with no mapping edit."""

from __future__ import annotations

import io

import openpyxl
import pytest

from atlas.features.data.reports.templates import template_xlsx
from atlas.layers import intake
from atlas.layers.codes import label_of
from atlas.layers.mapping import LOCATION_TARGETS
from atlas.layers.registry import get_layer


def _filled(layer_id: str, lang: str, rows: list[list[object]]) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template_xlsx(layer_id, lang)))
    ws = book.worksheets[0]
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_filled_mining_template_maps_every_column_and_imports(private_store, lang):
    kind = label_of("mining_sites", "kind", "artisanal_site", lang)  # as the template's drop-down writes it
    assert kind != "artisanal_site"
    data = _filled(
        "mining_sites",
        lang,
        [
            ["Dioura de Tinkoto", kind, None, "field_gps", "Saraya", "ONG X", None, 12.98, -11.92, None],
            ["Site du village", "artisanal_site", None, "village_proxy", "Saraya", "ONG X", None, None, None, "Bembou"],
        ],
    )
    result = intake.preview("mining_sites", data, "sites.xlsx")
    spec = get_layer("mining_sites")
    assert set(result.mapping.columns.values()) == {*spec.required_columns, *LOCATION_TARGETS} - {"geopoint"}
    assert not result.staged.refused and not result.staged.unresolved
    assert list(result.frame["kind"]) == ["artisanal_site", "artisanal_site"]
    located = list(result.frame["located"])
    assert located[0] == "coordinates" and located[1].startswith("gazetteer:")
    record = intake.commit(result, data, "sites.xlsx", "ONG X", "CC BY 4.0")
    assert record.features == 2


def test_filled_services_template_is_one_row_per_commune_zone(private_store):
    # commune, department, shelters, services, providers, capacity band
    data = _filled(
        "services_areas",
        "fr",
        [
            ["Kédougou", None, 1, 2, "Association A", None],
            ["Salemata", None, 0, 1, None, None],
            ["Nulle-Part", None, 1, 1, None, None],
            ["Kedougou", None, 1, 1, None, None],
        ],
    )
    result = intake.preview("services_areas", data, "services.xlsx")
    assert result.frame is not None and list(result.frame["commune"]) == ["Kédougou", "Salémata"]
    assert list(result.frame["located"]) == ["commune_zone", "commune_zone"]
    assert [(r.line, r.reason) for r in result.staged.refused] == [
        (4, "zones.refuse.unknown_commune"),
        (5, "zones.refuse.duplicate_commune"),
    ]
    assert set(result.frame.geom_type) <= {"Polygon", "MultiPolygon"}
    record = intake.commit(result, data, "services.xlsx", "Action sociale", "restricted")
    assert record.features == 2
