"""XLSX import templates: headers are the catalog labels, lists are the allowed values, the guide lists every column."""

from __future__ import annotations

import io

import geopandas as gpd
import pandas as pd
import pytest
from openpyxl import load_workbook

from atlas.features.data.analysis.template_columns import (
    is_point_layer,
    is_zone_layer,
    template_columns,
    template_layers,
)
from atlas.features.data.reports.templates import (
    PROVENANCE_FIELDS,
    sheet_names,
    template_filename,
    template_xlsx,
)
from atlas.foundation.i18n import t
from atlas.layers import imports
from atlas.layers.codes import choices, to_code
from atlas.layers.registry import get_layer, load_layer
from atlas.layers.shelters import shipped_zones
from atlas.layers.zones import rows_to_zones

LANGS = ("fr", "en")
CASES = [(layer, lang) for layer in template_layers() for lang in LANGS]


def _book(layer_id: str, lang: str):
    return load_workbook(io.BytesIO(template_xlsx(layer_id, lang)))


def _validations(ws) -> dict[str, object]:
    """Data validation of each column letter of the data sheet (the first cell range's column)."""
    found = {}
    for rule in ws.data_validations.dataValidation:
        for cells in rule.sqref.ranges:
            found[cells.coord.split(":")[0].rstrip("0123456789")] = rule
    return found


def _list_values(book, rule) -> list[str]:
    sheet, cells = rule.formula1.split("!")
    ws = book[sheet.strip("'")]
    start, end = cells.replace("$", "").split(":")
    return [c.value for row in ws[start:end] for c in row]


def test_the_templated_layers_are_the_importable_point_and_commune_zone_layers():
    layers = template_layers()
    assert {"mining_sites", "services_areas", "bajenu_gox", "crossings", "border_villages", "concessions"} <= set(
        layers
    )
    assert set(layers) <= set(imports.importable_layers())
    assert not {"roads", "rivers", "departments", "countries", "incidents_heat"} & set(layers)
    assert is_point_layer("concessions") and is_zone_layer("services_areas") and not is_zone_layer("mining_sites")


@pytest.mark.parametrize(("layer_id", "lang"), CASES)
def test_data_sheet_headers_are_the_catalog_labels_of_the_layer_columns(layer_id, lang):
    book = _book(layer_id, lang)
    assert book.sheetnames == list(sheet_names(lang).values())
    ws = book.worksheets[0]
    headers = [c.value for c in ws[1]]
    spec = get_layer(layer_id)
    expected = [t(f"field.{c}", lang) for c in spec.required_columns]
    if is_point_layer(layer_id):
        expected += [t("field.latitude", lang), t("field.longitude", lang), t("field.locality", lang)]
    assert headers == expected
    assert len(set(headers)) == len(headers), "two columns with the same label could not be told apart"
    assert not any(h.startswith("field.") for h in headers), "every label is in the catalogs"
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 1, "no example row: it would be imported as data"
    assert book[sheet_names(lang)["lists"]].sheet_state == "hidden"


@pytest.mark.parametrize(("layer_id", "lang"), CASES)
def test_drop_down_lists_are_the_allowed_values_in_the_page_language(layer_id, lang):
    book = _book(layer_id, lang)
    ws = book.worksheets[0]
    rules = _validations(ws)
    for index, column in enumerate(template_columns(layer_id)):
        letter = ws.cell(row=1, column=index + 1).column_letter
        declared = get_layer(layer_id).columns.get(column.key)
        if declared is not None and declared.allowed:
            assert rules[letter].type == "list"
            labels = _list_values(book, rules[letter])
            assert labels == [label for _, label in choices(layer_id, column.key, lang)]
            assert [to_code(layer_id, column.key, v) for v in labels] == list(declared.allowed)
        elif column.kind in ("int", "number"):
            assert rules[letter].type == ("whole" if column.kind == "int" else "decimal")
            assert ws.column_dimensions[letter].number_format != "General"
        elif column.names:
            assert _list_values(book, rules[letter]) == sorted(shipped_zones()["commune"])


def test_coded_values_read_as_words_not_codes():
    book = _book("mining_sites", "fr")
    rules = _validations(book.worksheets[0])
    assert _list_values(book, rules["B"]) == [
        "mine industrielle",
        "projet industriel",
        "projet industriel et orpaillage",
        "site d'orpaillage",
    ]
    english = _book("mining_sites", "en")
    assert "artisanal gold site" in _list_values(english, _validations(english.worksheets[0])["B"])


def test_latitude_and_longitude_are_bounded_to_the_atlas_window():
    ws = _book("crossings", "en").worksheets[0]
    headers = [c.value for c in ws[1]]
    rules = _validations(ws)
    latitude = rules[ws.cell(row=1, column=headers.index("Latitude") + 1).column_letter]
    longitude = rules[ws.cell(row=1, column=headers.index("Longitude") + 1).column_letter]
    assert (float(latitude.formula1), float(latitude.formula2)) == (11.8, 14.0)
    assert (float(longitude.formula1), float(longitude.formula2)) == (-14.0, -10.8)
    assert latitude.showErrorMessage and latitude.errorStyle == "stop"


def test_a_count_is_a_whole_number_of_zero_or_more_and_the_refusal_says_so():
    ws = _book("services_areas", "fr").worksheets[0]
    rules = _validations(ws)
    shelters = rules["C"]
    assert (shelters.type, shelters.operator, shelters.formula1) == ("whole", "greaterThanOrEqual", "0")
    assert shelters.error == "Nombre entier attendu, 0 ou plus." and not shelters.allow_blank


@pytest.mark.parametrize(("layer_id", "lang"), CASES)
def test_the_guide_explains_every_column_in_the_template_language(layer_id, lang):
    book = _book(layer_id, lang)
    guide = book[sheet_names(lang)["guide"]]
    rows = [[c.value for c in row] for row in guide.iter_rows()]
    heading = rows.index(
        [t(f"template.guide.{p}", lang) for p in ("column", "meaning", "required", "allowed", "unit", "example")]
    )
    table = rows[heading + 1 :]
    columns = template_columns(layer_id)
    assert [r[0] for r in table] == [c.label(lang) for c in columns]
    for column, row in zip(columns, table, strict=True):
        assert row[1], f"{column.key}: no meaning"
        assert row[2], f"{column.key}: required or not is not said"
        assert row[5] or column.key in ("note",), f"{column.key}: no example"
    required = {c.label(lang) for c in columns if c.required and not c.location}
    for row in table:
        if row[0] in required:
            assert row[2] == t("common.yes", lang)


def test_the_guide_says_the_allowed_values_units_and_the_location_rule():
    rows = [[c.value for c in row] for row in _book("bajenu_gox", "fr")["Explications"].iter_rows()]
    by_label = {r[0]: r for r in rows if r[0]}
    assert by_label["Couverture"][3] == "aucune · faible · moyenne · forte"
    assert by_label["Villages couverts (%)"][3] == "nombre, de 0 à 100" and by_label["Villages couverts (%)"][4] == "%"
    assert by_label["Synthétique"][3] == "oui · non"
    text = " ".join(str(r[0]) for r in rows[:6])
    assert "Une ligne par commune" in text
    english = {r[0]: r for r in _book("mining_sites", "en")["Guide"].iter_rows(values_only=True) if r[0]}
    assert english["Latitude"][2] == "latitude and longitude, or village"
    assert english["Latitude"][3] == "number, from 11.8 to 14"


def test_the_shelter_template_warns_and_asks_for_no_position():
    rows = [r for r in _book("services_areas", "fr")["Explications"].iter_rows(values_only=True)]
    text = " ".join(str(r[0]) for r in rows[:6])
    assert "jamais l'adresse ou la position d'un foyer" in text
    headers = [c.value for c in _book("services_areas", "fr").worksheets[0][1]]
    assert not {"Latitude", "Longitude", "Village / localité"} & set(headers)


@pytest.mark.parametrize("lang", LANGS)
def test_the_provenance_sheet_lists_the_fields_the_import_asks_for(lang):
    ws = _book("mining_sites", lang)[sheet_names(lang)["provenance"]]
    labels = [r[0] for r in ws.iter_rows(min_row=5, values_only=True)]
    assert labels == [t(f"import.{name}", lang) for name in PROVENANCE_FIELDS]
    assert all(r[2] for r in ws.iter_rows(min_row=5, values_only=True))


def test_file_names_say_the_layer_and_the_language():
    assert template_filename("mining_sites", "fr") == "modele_mining_sites_fr.xlsx"
    assert template_filename("mining_sites", "en") == "template_mining_sites_en.xlsx"


def _filled(layer_id: str, lang: str, rows: list[list[object]]) -> bytes:
    book = _book(layer_id, lang)
    ws = book.worksheets[0]
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("layer_id", "lang"), CASES)
def test_a_filled_template_reads_back_with_the_layer_columns_under_their_labels(layer_id, lang):
    columns = template_columns(layer_id)
    row = [f"x{i}" if c.kind == "text" else 1 for i, c in enumerate(columns)]
    frame = pd.read_excel(io.BytesIO(_filled(layer_id, lang, [row])), sheet_name=0)
    spec = get_layer(layer_id)
    labels = {t(f"field.{c}", lang): c for c in spec.required_columns}
    assert set(labels) <= set(frame.columns)
    assert [labels.get(c) for c in frame.columns if c in labels] == list(spec.required_columns)
    assert len(frame) == 1


def test_a_filled_french_mining_template_imports_as_the_layer(private_store):
    """A partner's French sheet: labels of the lists, decimal comma typed as text, one row by village name."""
    data = _filled(
        "mining_sites",
        "fr",
        [
            [
                "Dioura de Tinkoto",
                "site d'orpaillage",
                None,
                "relevé GPS sur le terrain",
                "Saraya",
                "ONG X",
                None,
                12.98,
                -11.92,
                None,
            ],
            [
                "Mine de Sabodala",
                "mine industrielle",
                "Endeavour",
                "coordonnée publiée",
                "Saraya",
                "rapport",
                "",
                "13,18",
                "-12,11",
                None,
            ],
        ],
    )
    frame = pd.read_excel(io.BytesIO(data), sheet_name=0)
    spec = get_layer("mining_sites")
    by_label = {t(f"field.{c}", "fr"): c for c in (*spec.required_columns, "latitude", "longitude")}
    frame = frame.rename(columns=by_label)
    for column in spec.required_columns:
        frame[column] = [to_code("mining_sites", column, v) for v in frame[column]]
    lat = pd.to_numeric(frame["latitude"].astype(str).str.replace(",", "."))
    lon = pd.to_numeric(frame["longitude"].astype(str).str.replace(",", "."))
    layer = gpd.GeoDataFrame(frame[list(spec.required_columns)], geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    record = imports.import_layer("mining_sites", layer.to_json().encode(), "sites.geojson", "ONG X", "CC BY 4.0")
    loaded = load_layer("mining_sites").frame
    assert record.features == 2 and len(loaded) == 2
    assert list(loaded["kind"]) == ["artisanal_site", "industrial_mine"]
    assert list(loaded["location_basis"]) == ["field_gps", "published_coordinate"]


def test_a_filled_english_shelter_template_imports_as_counts_per_commune(private_store):
    """Counts per commune by name (no position anywhere), capacity as its English label."""
    data = _filled(
        "services_areas",
        "en",
        [
            ["Kédougou", "Kédougou", 1, 2, "ONG La Lumière; Action sociale", "11 to 30 places"],
            ["Saraya", "Saraya", 1, 1, "Enda Jeunesse Action", "not published"],
            ["Bembou", None, 0, 0, None, None],
        ],
    )
    frame = pd.read_excel(io.BytesIO(data), sheet_name=0)
    spec = get_layer("services_areas")
    frame = frame.rename(columns={t(f"field.{c}", "en"): c for c in spec.required_columns})
    for column in spec.required_columns:
        frame[column] = [to_code("services_areas", column, v) for v in frame[column]]
    placed = rows_to_zones(frame)
    assert placed.refused == ()
    record = imports.import_layer(
        "services_areas", placed.frame.to_json().encode(), "services.xlsx", "Action sociale", "restricted"
    )
    loaded = load_layer("services_areas").frame.set_index("commune")
    assert record.features == 3
    assert list(loaded["shelters"]) == [1, 1, 0] and loaded.loc["Kédougou", "capacity_band"] == "11_to_30"
    assert loaded.loc["Bembou", "department"] == "Saraya"
    assert set(loaded.geometry.geom_type) <= {"Polygon", "MultiPolygon"}
