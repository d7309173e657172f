"""The data page offers each layer's template in French and English and the KoboToolbox forms, in the page language."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("fr", ["Modèle en français", "Modèle en anglais", "Formulaire KoboToolbox (XLSForm)"]),
        ("en", ["French template", "English template", "KoboToolbox form (XLSForm)"]),
    ],
)
def test_templates_and_forms_are_offered_in_the_page_language(open_page, lang, labels):
    at = open_page("app_pages/data.py", lang)
    assert not at.exception
    downloads = at.get("download_button")
    assert [d.proto.label for d in downloads] == labels
    assert all(d.proto.url.endswith(".xlsx") and d.proto.ignore_rerun for d in downloads)
    assert at.selectbox(key="template_layer").value == "places"
    assert {"Formulaire de terrain", "Field form"} & {s.label for s in at.selectbox}


def test_picking_another_layer_or_form_offers_other_files(open_page):
    at = open_page("app_pages/data.py", "fr")
    before = [d.proto.url for d in at.get("download_button")]
    assert len(set(before)) == 3, "French, English and the form are three different files"
    at.selectbox(key="template_layer").set_value("mining_sites").run()
    at.selectbox(key="xlsform_form").set_value("mining_sites").run()
    assert not at.exception
    after = [d.proto.url for d in at.get("download_button")]
    assert all(a != b for a, b in zip(before, after, strict=True))
