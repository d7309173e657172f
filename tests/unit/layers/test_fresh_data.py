"""An import or a revert is seen at once by every consumer: the brief, the outreach stops, the figures."""

from __future__ import annotations

import io

import pypdf

from atlas.features.map.analysis.figures import key_figures
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.reports.brief import map_brief_pdf
from atlas.features.outreach.analysis.gazetteer import stops_table
from atlas.layers import imports
from tests.helpers.minimal import geojson_bytes, minimal_frame


def _sites() -> int:
    return int((stops_table()["group"] == "mining_site").sum())


def test_stops_and_figures_follow_imports_and_reverts_without_a_restart(private_store):
    assert _sites() == 12 and key_figures()["mining_sites"] == 12
    imports.import_layer("mining_sites", geojson_bytes(minimal_frame("mining_sites").head(3)), "m.geojson", "s", "l")
    assert _sites() == 3 and key_figures()["mining_sites"] == 3
    imports.revert("mining_sites", 1)
    assert _sites() == 12


def test_the_map_brief_credits_the_current_version(private_store):
    imports.import_layer(
        "crossings", geojson_bytes(minimal_frame("crossings")), "c.geojson", "Direction de la Police", "ODbL 1.0"
    )
    pdf = map_brief_pdf(MapLink(lang="en", layers=("crossings", "departments")))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Direction de la Police" in " ".join(text.split()) and "ODbL 1.0" in text
