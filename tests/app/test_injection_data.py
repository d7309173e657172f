"""No Markdown from an imported file reaches the screen as markup: names, notes, holders, the
provenance an importer types (source, licence, date, located) and the file's own name carry the payload,
then every page that shows them is rendered (issue 10)."""

from __future__ import annotations

import pytest

from atlas.features.outreach.analysis.candidates import candidate_stops
from atlas.layers import imports
from tests.app.test_injection import assert_no_live_markup
from tests.helpers.injection import PAYLOAD
from tests.helpers.minimal import geojson_bytes, minimal_frame

FIELDS = {"mining_sites": ("name", "operator", "note", "source"), "concessions": ("name", "holder", "act", "source")}


@pytest.fixture
def hostile_store(private_store) -> None:
    """Mining sites and concessions whose text fields, provenance and file name are all the payload."""
    for layer, columns in FIELDS.items():
        frame = minimal_frame(layer)
        for column in columns:
            frame[column] = [f"{PAYLOAD} {i}" if column == "name" else PAYLOAD for i in range(len(frame))]
        imports.import_layer(
            layer,
            geojson_bytes(frame),
            f"{PAYLOAD}.geojson",
            PAYLOAD,
            PAYLOAD,
            user=PAYLOAD,
            date=PAYLOAD,
            located=PAYLOAD,
        )


@pytest.mark.parametrize("page", ["app_pages/map.py", "app_pages/csr.py", "app_pages/data.py", "app_pages/deck.py"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_imported_text_shows_as_typed(hostile_store, open_page, page, lang):
    assert_no_live_markup(open_page(page, lang))


def test_outreach_names_in_the_plan_show_as_typed(hostile_store, open_page):
    """Two hostile sites as stops: their names reach the summary, warnings and the legs table."""
    table, _release = candidate_stops()
    hostile = [i for i, label in zip(table["id"], table["label"], strict=True) if "Mise à jour" in str(label)]
    assert len(hostile) >= 2
    at = open_page("app_pages/outreach.py", "fr", start=hostile[0], stops=",".join(hostile[1:3]))
    assert_no_live_markup(at)
    assert at.get("multiselect")[-1].value  # the stops were taken: the plan was drawn
