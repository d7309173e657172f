"""The CSR page's URL state: a link reopens the view; a bad link falls back instead of failing."""

from __future__ import annotations

import pytest

from atlas.features.csr.analysis.link import CsrLink
from atlas.features.csr.analysis.zone import DEFAULT_BUFFER_KM

NAMES = ["Niamia", "Témoto", "Boto"]
HOLDERS = ["Boto SA (Managem)", "SORED-Mines S.A."]


def test_round_trip():
    view = CsrLink("Témoto", 22.0, "Boto", "Boto SA (Managem)", "rainy")
    assert CsrLink.from_query(view.to_query(), NAMES, HOLDERS) == view


def test_accents_optional_in_links():
    assert CsrLink.from_query({"concession": "temoto"}, NAMES).concession == "Témoto"


@pytest.mark.parametrize("radius", ["abc", "-3", "0", "1e9", "nan", "inf"])
def test_bad_radius_falls_back_to_default(radius):
    assert CsrLink.from_query({"concession": "Boto", "radius": radius}, NAMES).radius_km == DEFAULT_BUFFER_KM


def test_unknown_names_fall_back():
    view = CsrLink.from_query({"concession": "<script>", "compare": "nope", "company": "x"}, NAMES, HOLDERS)
    assert view == CsrLink("Niamia", DEFAULT_BUFFER_KM, None, None)


def test_comparing_with_itself_is_dropped():
    assert CsrLink.from_query({"concession": "Boto", "compare": "boto"}, NAMES).compare is None
