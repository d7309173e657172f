"""Outreach page in a real browser: a shared link reopens a plan, drawn with numbered stops, downloadable."""

from __future__ import annotations

import pytest

from atlas.features.outreach.analysis.gazetteer import resolve_stop
from tests.helpers.browser import map_frame, wait_for_app

pytestmark = pytest.mark.browser

STOPS = ("Saraya", "Khossanto", "Mako", "Dindefelo", "Salemata", "Dioura de Fongoli")


def _stop_markers(page) -> int:
    """Numbered markers in the map, once the page has settled on one map (a new plan replaces it)."""
    frame = map_frame(page)
    frame.locator(".leaflet-container").first.wait_for()
    frame.locator(".outreach-stop").first.wait_for()
    return frame.locator(".outreach-stop").count()


def test_a_rainy_tour_link_is_planned_drawn_and_downloadable(page, app_url):
    stops = ",".join(resolve_stop(n) for n in STOPS)
    page.goto(
        f"{app_url}/outreach?lang=fr&start={resolve_stop('Kedougou')}&stops={stops}&season=rainy&hours=6"
        "&vehicle=motorbike"
    )
    wait_for_app(page)
    page.get_by_text("6 étapes").first.wait_for()
    assert page.get_by_text("Véhicule : Moto · 6 étapes").count() == 1  # the link's vehicle is kept
    assert "vehicle=motorbike" in page.url
    assert _stop_markers(page) == 1 + len(STOPS)  # start + numbered stops
    frame = map_frame(page)
    assert frame.locator(".outreach-stop", has_text="6").count() == 1
    assert frame.locator("path.leaflet-interactive").count() > 0  # route and context lines
    for label in (
        "GPX (OsmAnd, Garmin)",
        "Trajets (Excel XLSX)",
        "Matrice des temps (Excel XLSX)",
        "Trajets (CSV pour logiciels)",
        "Itinéraire imprimable (HTML)",
        "Itinéraire (PDF)",
    ):
        page.get_by_role("button", name=label).wait_for()  # drawn after the map and the legs
        assert page.get_by_role("button", name=label).count() == 1
    with page.expect_download() as download:
        page.get_by_role("button", name="GPX (OsmAnd, Garmin)").click()
    gpx = download.value.path().read_text(encoding="utf-8")
    assert gpx.count("<wpt") == 1 + len(STOPS) and gpx.count("<trk>") == 1
    with page.expect_download() as download:  # built on the click, from the same plan
        page.get_by_role("button", name="Itinéraire (PDF)").click()
    assert download.value.suggested_filename == "tournee_rainy_motorbike_fr.pdf"
    assert download.value.path().read_bytes().startswith(b"%PDF")


def test_choosing_a_stop_in_the_list_plans_and_draws_it(page, app_url):
    page.goto(f"{app_url}/outreach?lang=en&start={resolve_stop('Kedougou')}&season=dry")
    wait_for_app(page)
    page.get_by_text("Choose at least one stop.").wait_for()
    box = page.locator("[data-testid='stMultiSelect']").filter(has_text="Stops to visit")
    box.click()
    page.keyboard.type("Saraya")
    # "Saraya" also matches the homonyms labelled "Moussala (…, Saraya)": pick the town itself
    page.get_by_role("option", name="Saraya", exact=True).click()
    page.keyboard.press("Escape")
    page.get_by_text("1 stop ·").first.wait_for()
    assert _stop_markers(page) == 2
    # the page writes the plan into the link once it has drawn it
    page.wait_for_url(lambda url: "stops=" in url and "season=dry" in url and "vehicle=4x4" in url)
    page.get_by_role("button", name="GPX (OsmAnd, Garmin)").wait_for()
    assert page.get_by_role("button", name="GPX (OsmAnd, Garmin)").count() == 1
