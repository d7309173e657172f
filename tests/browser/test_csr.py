"""CSR page in a real browser: choose a concession, see its zone drawn and the ranked gap table."""

from __future__ import annotations

import pytest

from atlas.features.csr.analysis.gaps import analyse
from atlas.features.csr.analysis.weights import parse_weights
from atlas.features.csr.reports.report import member_names
from tests.helpers.browser import MAP_FRAME, map_frame, wait_for_app

pytestmark = pytest.mark.browser


def _settled_map(page):
    """The one map of the page once its zone is drawn (a new concession replaces the map)."""
    frame = map_frame(page)
    frame.locator(".csr-zone").first.wait_for()
    return frame


def _table_cells(page) -> list[str]:
    cells = page.locator("[data-testid='stDataFrame']").first.locator("[role='gridcell']")
    cells.first.wait_for(state="attached")  # glide-data-grid keeps an accessible (hidden) table
    return [cells.nth(i).text_content() or "" for i in range(cells.count())]


def test_a_link_opens_the_zone_and_the_ranked_table(page, app_url):
    expected = analyse(["Niamia"], 20.0)
    page.goto(f"{app_url}/csr?lang=fr&concession=niamia&radius=20")
    wait_for_app(page)
    frame = _settled_map(page)
    assert frame.locator(".csr-zone").count() == 1
    assert frame.locator(".csr-footprint").count() == 1
    frame.locator(".csr-member").first.wait_for()
    assert frame.locator(".csr-member").count() == len(expected.table)
    page.get_by_role("heading", name="Classement des lacunes").wait_for()
    cells = _table_cells(page)
    assert cells[:2] == ["1", member_names(expected.table, "fr")[0]]  # rank 1 first, the biggest gap
    # the page writes the canonical name back into the link (after drawing, so wait for it)
    page.wait_for_url(lambda url: "concession=Niamia" in url and "radius=20" in url)
    for label in ("CSV (séparateur « ; », virgule décimale)", "Tableur Excel (XLSX)", "Fiche d'une page (PDF)"):
        page.get_by_role("button", name=label).wait_for()  # drawn after the table
        assert page.get_by_role("button", name=label).count() == 1
    page.get_by_text("Score de lacune : formule et poids").wait_for()


def test_choosing_another_concession_redraws_zone_and_table(page, app_url):
    expected = analyse(["Boto"], 15.0)
    page.goto(f"{app_url}/csr?lang=en&concession=Niamia")
    wait_for_app(page)
    _settled_map(page)
    box = page.locator("[data-testid='stSelectbox']").filter(has_text="Concession or permit")
    box.click()
    page.keyboard.type("Boto")
    page.keyboard.press("Enter")
    page.wait_for_url("**concession=Boto**")
    page.get_by_text("Unknown footprint: neither perimeter nor area published").wait_for()
    frame = _settled_map(page)
    frame.locator(".csr-member").first.wait_for()
    n = len(expected.table)
    page.wait_for_function(
        f"""() => {{
            const f = [...document.querySelectorAll({MAP_FRAME!r})].find(x => x.offsetHeight > 0);
            return f && f.contentDocument && f.contentDocument.querySelectorAll('.csr-member').length === {n};
        }}"""
    )
    assert frame.locator(".csr-zone").count() == 1
    cells = _table_cells(page)
    assert cells[1] in set(expected.table.loc[expected.table["rank"] == 1, "name"])
    with page.expect_download() as download:
        page.get_by_role("button", name="One-page brief (PDF)").click()
    assert download.value.path().read_bytes().startswith(b"%PDF")


def test_a_link_with_custom_weights_reopens_that_ranking_and_reset_restores_the_default(page, app_url):
    custom = analyse(["Barafouté"], 15.0, parse_weights("service_distance=0,border=0.5"))
    default = analyse(["Barafouté"], 15.0)
    assert custom.table["name"].iloc[0] != default.table["name"].iloc[0]  # the link must change the top place
    page.goto(f"{app_url}/csr?lang=en&concession=Barafout%C3%A9&w_service_distance=0&w_border=0.5")
    wait_for_app(page)
    _settled_map(page)
    page.get_by_text("Ranking computed with CUSTOM weights, not the defaults").wait_for()
    assert _table_cells(page)[:2] == ["1", member_names(custom.table, "en")[0]]
    assert "w_service_distance=0" in page.url and "w_border=0.5" in page.url
    page.get_by_role("button", name="Reset to default weights").click()
    page.wait_for_function("() => !window.location.search.includes('w_')")
    page.get_by_text("Ranking computed with the default (documented) weights.").wait_for()
    wait_for_app(page)
    assert _table_cells(page)[:2] == ["1", member_names(default.table, "en")[0]]


CUT_LABELS_JS = """() => [...document.querySelectorAll(
    "[data-testid='stMetricLabel'], [data-testid='stMetricLabel'] *")]
  .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_key_figure_labels_are_whole_at_1366(guarded_context, app_url, lang):
    """Issue 12: "Sans service dans leur zone comm…" — a key figure's label was cut at a projector's width."""
    page = guarded_context(viewport={"width": 1366, "height": 768}).new_page()
    page.goto(f"{app_url}/csr?lang={lang}&concession=Makana%20Est")
    wait_for_app(page)
    labels = page.locator("[data-testid='stMetricLabel']")
    labels.first.wait_for()
    assert labels.count() == 4
    assert page.evaluate(CUT_LABELS_JS) == []
