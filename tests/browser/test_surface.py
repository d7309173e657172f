"""The public surface in a real browser (issue 10): hostile links and imported text render as text,
nothing is fetched from outside, a failing page shows a reference and no traceback, and tables have
no built-in CSV download."""

from __future__ import annotations

import re
from urllib.parse import quote, urlparse

import pytest

from atlas.features.outreach.analysis.candidates import candidate_stops
from atlas.layers import imports
from tests.helpers.browser import ROOT, exceptions_on_page, running_app, wait_for_app
from tests.helpers.injection import HOST, PAYLOAD
from tests.helpers.minimal import geojson_bytes, minimal_frame

pytestmark = pytest.mark.browser

INJECTED_JS = f"""() => [
  ...[...document.querySelectorAll('img')].filter(i => (i.getAttribute('src') || '').includes('{HOST}')),
  ...[...document.querySelectorAll('a')].filter(a => (a.getAttribute('href') || '').includes('{HOST}')),
  ...[...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(1)')),
].length"""


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    """A server whose store holds mining sites and concessions named, noted and sourced with the payload."""
    home = tmp_path_factory.mktemp("hostile")
    url = f"sqlite:///{home / 'store.sqlite'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_DATABASE_URL", url)
        for layer, columns in {"mining_sites": ("name", "note", "source"), "concessions": ("name", "holder")}.items():
            frame = minimal_frame(layer)
            for column in columns:
                frame[column] = [f"{PAYLOAD} {i}" if column == "name" else PAYLOAD for i in range(len(frame))]
            imports.import_layer(layer, geojson_bytes(frame), f"{PAYLOAD}.geojson", PAYLOAD, PAYLOAD, user="t")
        table, _ = candidate_stops()
        hostile = [i for i, label in zip(table["id"], table["label"], strict=True) if HOST in str(label)]
        with running_app({"ATLAS_DATABASE_URL": url, "ATLAS_HOME": str(home)}) as app:
            yield app, hostile


def _open(page, url: str) -> None:
    """Open `url` and wait until the page's run has drawn it (its title or a message) and finished."""
    page.goto(url)
    page.wait_for_selector("[data-testid='stMain'] h1, [data-testid='stMain'] [data-testid='stAlert']")
    wait_for_app(page)


def _links(hostile: list[str]) -> list[str]:
    p = quote(PAYLOAD)
    return [
        f"/csr?lang=fr&w_border={p}&concession={p}&company={p}",
        f"/map?lang=fr&dept={p}&layers=mining_sites,{p}&zoom={p}",
        f"/outreach?lang=fr&start={quote(hostile[0])}&stops={quote(','.join(hostile[1:3]))}&season={p}",
        f"/risk?lang=fr&period={p}&category={p}&compare={p}",
        "/data?lang=en",
        f"/deck?lang=fr&deck={p}",
    ]


def test_hostile_links_and_imported_text_show_as_text_and_fetch_nothing(hostile_app, guarded_context):
    url, hostile = hostile_app
    page = guarded_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.set_default_timeout(90_000)
    for link in _links(hostile):
        _open(page, url + link)
        assert not exceptions_on_page(page), link
        assert page.evaluate(INJECTED_JS) == 0, link
        if link.startswith("/csr"):  # the payload is on screen, as text: the warning quotes the link
            assert page.get_by_text("Mise à jour urgente", exact=False).count() > 0
            assert page.locator("[data-testid='stAlertContentWarning'] img, [data-testid='stAlert'] a").count() == 0
    # the guarded context fails the test at teardown if any request left 127.0.0.1


def test_tables_have_no_builtin_csv_download(hostile_app, guarded_context):
    url, _hostile = hostile_app
    page = guarded_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.set_default_timeout(90_000)
    _open(page, url + "/csr?lang=en")
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.hover()
    page.get_by_role("button", name="Search").first.wait_for()  # the toolbar is there …
    assert page.get_by_role("button", name="Download as CSV").count() == 0  # … without its CSV download


def test_a_failing_page_shows_a_reference_and_no_traceback(guarded_context, tmp_path):
    broken = tmp_path / "store.sqlite"
    broken.write_bytes(b"this is not a database " * 200)
    with running_app({"ATLAS_DATABASE_URL": f"sqlite:///{broken}", "ATLAS_HOME": str(tmp_path)}) as url:
        page = guarded_context(viewport={"width": 1400, "height": 1000}).new_page()
        page.set_default_timeout(90_000)
        for path in ("/map?lang=fr", "/data?lang=en"):
            _open(page, url + path)
            text = page.locator("[data-testid='stMain']").inner_text()
            reference = re.search(r"\((?:réf|ref)\. ([0-9A-F]{6})\)", text)
            assert reference, text
            for word in ("Traceback", 'File "/', "DatabaseError", str(tmp_path)):
                assert word not in page.content()
            # the server's log keeps the details under the same reference
            log = (ROOT / ".pytest_cache" / f"streamlit-{urlparse(url).port}.log").read_text()
            assert re.search(f"page failed, reference {reference.group(1)}\nTraceback", log)
