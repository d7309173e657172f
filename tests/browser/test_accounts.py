"""A steward logs in, imports a layer and finds it in the Activity log with their name; a visitor sees neither
the import form nor the shelter layer (real Chromium, no request leaves 127.0.0.1)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from tests.helpers.browser import add_account, exceptions_on_page, log_in, map_frame, running_app, wait_for_app
from tests.helpers.minimal import geojson_bytes, minimal_frame

pytestmark = pytest.mark.browser

PASSWORD = "a long test password"
SHELTERS = "Shelters and services (by area)"


def test_a_visitor_gets_no_import_form_and_no_shelter_layer(guarded_context, tmp_path):
    with running_app({"ATLAS_HOME": str(tmp_path)}) as url:
        context = guarded_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        try:
            page.goto(f"{url}/?lang=en&layers=services_areas,mining_sites")  # even when the link asks for it
            wait_for_app(page)
            frame = map_frame(page)
            frame.locator(".leaflet-interactive").first.wait_for(timeout=60_000)
            html = page.content() + frame.locator("html").inner_html()
            assert SHELTERS not in html and "services_areas" not in html
            assert page.get_by_text("Mining sites", exact=False).count() > 0  # the public layers are there
            page.goto(f"{url}/data?lang=en")
            wait_for_app(page)
            assert page.get_by_role("button", name="Check and import").count() == 0
            assert page.get_by_role("button", name="Make this version current").count() == 0
            assert page.locator("[data-testid='stFileUploaderDropzoneInput']").count() == 0
            page.get_by_text("Reserved for the role “data steward” or above", exact=False).wait_for()
            assert "Activity" not in page.locator("[data-testid='stSidebarNav']").inner_text()
            assert not exceptions_on_page(page)
        finally:
            context.close()


def test_a_stewards_import_is_in_the_activity_log_with_their_name(guarded_context, tmp_path):
    add_account(tmp_path, "awa", "steward", PASSWORD)
    with running_app({"ATLAS_HOME": str(tmp_path)}) as url:
        context = guarded_context(viewport={"width": 1400, "height": 1300}, accept_downloads=True)
        page = context.new_page()
        try:
            page.goto(f"{url}/data?lang=en")
            wait_for_app(page)
            log_in(page, "awa", PASSWORD, "Logged in: awa (data steward)")
            layer = page.locator("[data-testid=stSelectbox]").filter(has_text="Layer to replace")
            layer.click()
            page.keyboard.type("Border crossings")
            page.keyboard.press("Enter")
            page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(
                {
                    "name": "crossings.geojson",
                    "mimeType": "application/geo+json",
                    "buffer": geojson_bytes(minimal_frame("crossings")),
                }
            )
            page.get_by_text("crossings.geojson").first.wait_for()
            page.get_by_label("Data source (required)").fill("Ministry of the Interior")
            page.get_by_label("Licence (required)").fill("ODbL")
            page.get_by_role("button", name="Check and import").click()
            page.get_by_text("version 2 is now current", exact=False).first.wait_for(timeout=60_000)
            page.locator("[data-testid='stSidebarNav']").get_by_text("Activity").click()
            wait_for_app(page)
            page.get_by_role("heading", name="Activity").wait_for()
            with page.expect_download() as download:
                page.get_by_role("button", name="Download the log (XLSX)").click()
            sheet = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes())).active
            rows = [[str(c.value or "").lstrip("'") for c in row] for row in sheet.iter_rows(min_row=2)]
            assert ["awa", "import", "Border crossings"] in [r[1:4] for r in rows]
            assert ["awa", "login", ""] in [r[1:4] for r in rows]
            assert not exceptions_on_page(page)
        finally:
            context.close()
