"""Validated import through the real file uploader, in French, on a server with its own import folder."""

from __future__ import annotations

import json

import pytest

from tests.helpers.browser import exceptions_on_page, running_app, wait_for_app

pytestmark = pytest.mark.browser

AFTER_TEXT_JS = "(sel) => getComputedStyle(document.querySelector(sel), '::after').content"


def _places(lon: float, lat: float) -> bytes:
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "name": "Test",
            "kind": "village",
            "department": "Saraya",
            "commune": None,
            "population": None,
            "location_precision": "test",
        },
    }
    return json.dumps({"type": "FeatureCollection", "features": [feature]}).encode()


def test_a_hostile_upload_is_refused_in_french_and_nothing_is_written(guarded_context, tmp_path):
    imports = tmp_path / "imports"
    with running_app({"ATLAS_IMPORT_DIR": str(imports)}) as url:
        context = guarded_context(viewport={"width": 1400, "height": 1100})
        page = context.new_page()
        try:
            page.goto(f"{url}/sources?lang=fr")
            wait_for_app(page)
            page.locator("[data-testid='stFileUploaderDropzoneInstructions']").wait_for()
            # Streamlit's own English uploader texts are replaced by ours
            button = "[data-testid='stFileUploaderDropzone'] button [data-testid='stMarkdownContainer'] p"
            assert page.evaluate(AFTER_TEXT_JS, button) == '"Choisir un fichier"'
            instructions = page.locator("[data-testid='stFileUploaderDropzoneInstructions'] span")
            assert "50 Mo max." in page.evaluate(
                AFTER_TEXT_JS, "[data-testid='stFileUploaderDropzoneInstructions'] span"
            )
            assert instructions.evaluate("e => getComputedStyle(e).fontSize") == "0px"  # the English is hidden
            layer = page.locator("[data-testid=stSelectbox]").filter(has_text="Couche à remplacer")
            layer.click()  # choose the layer to replace
            page.keyboard.type("Localités")
            page.keyboard.press("Enter")
            page.wait_for_function(
                "() => [...document.querySelectorAll('[data-testid=stSelectbox] input')]"
                ".some(i => i.value === 'Localités')"
            )
            page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
                {"name": "villages.geojson", "mimeType": "application/geo+json", "buffer": _places(12.55, -12.18)}
            )
            page.get_by_text("villages.geojson").first.wait_for()
            page.get_by_label("Source des données (obligatoire)").fill("Test")
            page.get_by_label("Licence (obligatoire)").fill("CC-BY-4.0")
            page.get_by_role("button", name="Vérifier et importer").click()
            alert = page.get_by_text("semblent inversées", exact=False).first
            alert.wait_for(timeout=30_000)
            assert "villages.geojson" in alert.inner_text()
            assert not exceptions_on_page(page)
        finally:
            context.close()
    assert not imports.exists() or not any(imports.iterdir())
