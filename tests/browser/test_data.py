"""Validated import through the real file uploader, in French, on a server with its own store."""

from __future__ import annotations

import json

import pytest

from atlas import store
from tests.helpers.browser import add_account, exceptions_on_page, log_in, running_app, wait_for_app

PASSWORD = "a long test password"

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
    add_account(tmp_path, "awa", "steward", PASSWORD)
    with running_app({"ATLAS_HOME": str(tmp_path)}) as url:
        context = guarded_context(viewport={"width": 1400, "height": 1100})
        page = context.new_page()
        try:
            page.goto(f"{url}/data?lang=fr")
            wait_for_app(page)
            log_in(page, "awa", PASSWORD, "Connecté : awa (gestionnaire des données)")
            page.locator("[data-testid='stFileUploaderDropzoneInstructions']").first.wait_for()
            # Streamlit's own English uploader texts are replaced by ours
            button = "[data-testid='stFileUploaderDropzone'] button [data-testid='stMarkdownContainer'] p"
            assert page.evaluate(AFTER_TEXT_JS, button) == '"Choisir un fichier"'
            instructions = page.locator("[data-testid='stFileUploaderDropzoneInstructions'] span").first
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
            page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(
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
    stored = store.versions("places", url=f"sqlite:///{tmp_path / 'atlas.gpkg'}")
    assert [v.kind for v in stored] == ["shipped"]  # the refused file added no version


def _two_layer_gpkg(tmp_path) -> bytes:
    from atlas.layers.registry import load_layer

    sites = load_layer("mining_sites").frame
    path = tmp_path / "sites.gpkg"
    sites.head(3).to_file(path, layer="sites_2025", driver="GPKG")
    sites.tail(5).to_file(path, layer="sites_2026", driver="GPKG")
    return path.read_bytes()


def test_a_geopackage_layer_is_picked_imported_as_a_new_version_and_listed(guarded_context, tmp_path):
    home = tmp_path / "home"
    add_account(home, "moussa", "admin", PASSWORD)
    with running_app({"ATLAS_HOME": str(home)}) as url:
        context = guarded_context(viewport={"width": 1400, "height": 1300})
        page = context.new_page()
        try:
            page.goto(f"{url}/data?lang=en")
            wait_for_app(page)
            log_in(page, "moussa", PASSWORD, "Logged in: moussa (administrator)")
            layer = page.locator("[data-testid=stSelectbox]").filter(has_text="Layer to replace")
            layer.click()
            page.keyboard.type("Mining")
            page.keyboard.press("Enter")
            page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(
                {
                    "name": "sites.gpkg",
                    "mimeType": "application/geopackage+sqlite3",
                    "buffer": _two_layer_gpkg(tmp_path),
                }
            )
            picker = page.locator("[data-testid=stSelectbox]").filter(has_text="GeoPackage layer")
            picker.wait_for(timeout=30_000)  # two layers: the page asks which one
            picker.click()
            page.keyboard.type("sites_2026")
            page.keyboard.press("Enter")
            page.get_by_label("Data source (required)").fill("Ministry of Mines")
            page.get_by_label("Licence (required)").fill("ODbL")
            page.get_by_role("button", name="Check and import").click()
            done = page.get_by_text("version 2 is now current", exact=False).first
            done.wait_for(timeout=60_000)
            assert "5 features imported" in done.inner_text()
            assert not exceptions_on_page(page)
        finally:
            context.close()
    stored = store.versions("mining_sites", url=f"sqlite:///{home / 'atlas.gpkg'}")
    assert [(v.version, v.features, v.source, v.current) for v in stored] == [
        (1, 12, stored[0].source, False),
        (2, 5, "Ministry of Mines", True),
    ]
    assert stored[1].user == "moussa"  # the logged-in account, not a typed name


def test_a_kobo_export_is_previewed_on_the_map_resolved_and_committed_in_french(guarded_context, tmp_path):
    """The Kobo relays export: preview (format, map, rows), Moussala picked, then Commit — nothing before."""
    from tests.helpers.partner_files import kobo_relays_csv

    home = tmp_path / "home"
    url_db = f"sqlite:///{home / 'atlas.gpkg'}"
    add_account(home, "awa", "steward", PASSWORD)
    with running_app({"ATLAS_HOME": str(home)}) as url:
        context = guarded_context(viewport={"width": 1400, "height": 1600})
        page = context.new_page()
        try:
            page.goto(f"{url}/data?lang=fr")
            wait_for_app(page)
            log_in(page, "awa", PASSWORD, "Connecté : awa (gestionnaire des données)")
            layer = page.locator("[data-testid=stSelectbox]").filter(has_text="Couche à remplacer")
            layer.click()
            page.keyboard.type("Bajenu")
            page.keyboard.press("Enter")
            page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(
                {"name": "relais_kobo.csv", "mimeType": "text/csv", "buffer": kobo_relays_csv()}
            )
            page.get_by_text("séparateur point-virgule", exact=False).first.wait_for(timeout=60_000)
            page.get_by_text("5 lignes lues : 3 acceptées", exact=False).first.wait_for(timeout=30_000)
            page.locator("iframe").first.wait_for(timeout=30_000)  # the offline preview map
            commit = page.get_by_role("button", name="Valider l'import")
            assert commit.is_disabled()  # Moussala is still to resolve
            assert [v.kind for v in store.versions("bajenu_gox", url=url_db)] == ["shipped"]
            picker = page.locator("[data-testid=stSelectbox]").filter(has_text="Lieu pour « Moussala »")
            picker.click()
            page.keyboard.type("1259984449")
            page.keyboard.press("Enter")
            page.get_by_text("0 à résoudre", exact=False).first.wait_for(timeout=30_000)
            page.get_by_label("Source des données (obligatoire)").fill("Ministère de la Femme")
            page.get_by_label("Licence (obligatoire)").fill("restreinte")
            page.get_by_role("button", name="Valider l'import").click()
            page.get_by_text("version 2 est maintenant la version en cours", exact=False).first.wait_for(timeout=60_000)
            assert not exceptions_on_page(page)
        finally:
            context.close()
    stored = store.versions("bajenu_gox", url=url_db)
    assert [(v.version, v.current) for v in stored] == [(1, False), (2, True)]
    assert stored[1].located == "2 rows by coordinates, 2 by place name (gazetteer)"
    assert stored[1].user == "awa"  # the logged-in steward
