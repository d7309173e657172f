"""KoboToolbox forms: they convert to XForm with pyxform, in French and English, and collect no shelter position."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from atlas.features.data.reports.xlsform import FORMS, LANGUAGE_NAMES, xlsform_filename, xlsform_xlsx
from atlas.foundation.i18n import t
from atlas.layers.registry import get_layer
from atlas.layers.shelters import shipped_zones

NS = {"h": "http://www.w3.org/1999/xhtml", "x": "http://www.w3.org/2002/xforms"}
LABELS = [f"label::{LANGUAGE_NAMES[lang]}" for lang in ("fr", "en")]


def _sheet(form: str, name: str) -> list[dict[str, object]]:
    ws = load_workbook(io.BytesIO(xlsform_xlsx(form)))[name]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _xform(form: str) -> ET.Element:
    result = convert(xlsform=xlsform_xlsx(form), file_type=".xlsx", form_name=form)
    assert result.warnings == []
    return ET.fromstring(result.xform)


def _binds(form: str) -> dict[str, dict[str, str]]:
    root = _xform(form)
    return {b.get("nodeset").rsplit("/", 1)[1]: b.attrib for b in root.iter("{http://www.w3.org/2002/xforms}bind")}


@pytest.mark.parametrize("form", FORMS)
def test_the_form_converts_to_an_xform_with_both_languages(form):
    root = _xform(form)
    languages = [tr.get("lang") for tr in root.iter("{http://www.w3.org/2002/xforms}translation")]
    assert languages == ["Français (fr)", "English (en)"]
    book = load_workbook(io.BytesIO(xlsform_xlsx(form)))
    assert book.sheetnames == ["survey", "choices", "settings"]
    settings = _sheet(form, "settings")[0]
    assert settings["form_id"] == f"kedougou_atlas_{form}" and settings["default_language"] == "Français (fr)"


@pytest.mark.parametrize("form", FORMS)
def test_the_form_opens_with_what_not_to_collect(form):
    survey = _sheet(form, "survey")
    first = survey[0]
    assert first["type"] == "note"
    assert "À ne pas recueillir" in first[LABELS[0]] and "Do not collect" in first[LABELS[1]]
    assert "victim" in first[LABELS[1]] and "individual case" in first[LABELS[1]]
    for row in survey:
        if row["type"] not in ("calculate",):
            assert all(row[label] for label in LABELS), f"{row['name']}: a label missing in a language"


def test_the_shelter_form_asks_for_no_position_and_counts_per_commune():
    survey = _sheet("services_areas", "survey")
    types = {row["name"]: row["type"] for row in survey}
    assert "geopoint" not in types.values() and not any(
        str(t).startswith(("geotrace", "geoshape")) for t in types.values()
    )
    assert "shelter" in _sheet("services_areas", "survey")[0][LABELS[1]] and "address" in survey[0][LABELS[1]]
    assert types["commune"] == "select_one communes" and types["department"] == "select_one departments"
    assert {"shelters", "services"} <= set(types) and types["shelters"] == "integer"
    binds = _binds("services_areas")
    assert binds["services"]["required"] == "true()" and "/services_areas/shelters" in binds["services"]["constraint"]


def test_communes_are_the_shipped_zones_filtered_by_department():
    choices = [row for row in _sheet("bajenu_gox", "choices") if row["list_name"] == "communes"]
    zones = shipped_zones().set_index("commune")["department"]
    assert sorted(row["name"] for row in choices) == sorted(zones.index)
    assert all(row["department"] == zones[row["name"]] for row in choices)
    commune = next(row for row in _sheet("bajenu_gox", "survey") if row["name"] == "commune")
    assert commune["choice_filter"] == "department = ${department}"


@pytest.mark.parametrize("form", FORMS)
def test_select_lists_are_the_layer_allowed_values_with_translated_labels(form):
    spec = get_layer(form)
    choices = _sheet(form, "choices")
    for row in _sheet(form, "survey"):
        if str(row["type"]).startswith("select_one ") and "__" in str(row["type"]):
            list_name = row["type"].split(" ", 1)[1]
            listed = [c for c in choices if c["list_name"] == list_name]
            assert [c["name"] for c in listed] == list(spec.columns[row["name"]].allowed)
            for c in listed:
                key = f"value.{row['name']}.{c['name']}"
                assert c[LABELS[0]] == t(key, "fr") and c[LABELS[1]] == t(key, "en")


@pytest.mark.parametrize("form", FORMS)
def test_question_names_are_layer_columns_and_required_ones_are_required(form):
    spec = get_layer(form)
    survey = _sheet(form, "survey")
    collected = {row["name"] for row in survey if row["type"] not in ("note", "geopoint")}
    assert collected <= set(spec.required_columns), "an export maps onto the layer without renaming"
    binds = _binds(form)
    for name, declared in spec.columns.items():
        if declared.required:
            assert binds[name].get("required") == "true()", name
        if declared.kind in ("int", "number") and name in binds and "calculate" not in binds[name]:
            assert binds[name]["type"] in ("int", "decimal") and ". >=" in binds[name]["constraint"], name


def test_the_mining_form_reads_the_site_with_gps_and_says_so():
    binds = _binds("mining_sites")
    assert binds["location"]["type"] == "geopoint" and binds["location"]["required"] == "true()"
    assert binds["location_basis"]["calculate"] == "'field_gps'"
    assert "field_gps" in get_layer("mining_sites").columns["location_basis"].allowed


def test_the_bajenu_form_computes_the_coverage_class_like_the_layer():
    binds = _binds("bajenu_gox")
    calc = binds["coverage_class"]["calculate"]
    assert "'none'" in calc and "< 35" in calc and "< 65" in calc and "'high'" in calc
    assert binds["synthetic"]["calculate"] == "'false'"
    assert set(get_layer("bajenu_gox").columns["coverage_class"].allowed) == {"none", "low", "medium", "high"}


def test_unknown_form_is_refused_and_file_names_are_stable():
    with pytest.raises(KeyError):
        xlsform_xlsx("incidents_heat")
    assert xlsform_filename("mining_sites") == "xlsform_mining_sites.xlsx"
