"""Shelter counts are the shelter availability layer in other words: a viewer gets neither."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from atlas.features.map.analysis.legend import FIGURE_KEYS, department_table, figure_keys
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.reports.brief import map_brief_pdf
from atlas.foundation.config import ALL


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.mark.parametrize(("role", "sees"), [("viewer", False), ("partner", True), ("steward", True), ("admin", True)])
def test_shelter_figures_only_from_partner_up(role, sees):
    keys = figure_keys(role)
    assert ("shelters" in keys) is sees and ("zones_with_service" in keys) is sees
    assert "mining_sites" in keys and "border_villages" in keys  # public figures for everyone
    columns = list(department_table("en", role).columns)
    assert ("Shelters" in " ".join(columns)) is sees
    assert len(columns) == 1 + len(keys)


def test_partner_sees_every_figure():
    assert figure_keys("partner") == FIGURE_KEYS


def test_the_map_brief_of_a_viewer_prints_no_shelter_count():
    view = MapLink("en", ALL, ("mining_sites",))
    viewer, partner = (pdf_text(map_brief_pdf(view, role)) for role in ("viewer", "partner"))
    assert "Zones with a service" not in viewer  # the key-figure rows (the method text names the layer)
    assert "Zones with a service" in partner
