"""URL state, escaping, name matching and Excel-safe CSV: small pieces every page leans on."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from atlas.common.reports.tables import excel_safe_csv
from atlas.features.map.analysis.link import MapLink
from atlas.foundation.config import ALL
from atlas.foundation.html_safe import escape
from atlas.foundation.names import UnknownOrAmbiguousName, normalise, resolve

KNOWN = ("places", "mining_sites", "roads")


def test_view_state_round_trips_through_the_url():
    view = MapLink(lang="en", department="Saraya", layers=("places", "roads"), lat=12.9, lon=-11.8, zoom=10)
    again = MapLink.from_query(view.to_query(), KNOWN)
    assert again == view


@pytest.mark.parametrize(
    "params",
    [
        {"lang": "<script>", "dept": "Dakar", "layers": "evil,places", "lat": "95", "lon": "x", "zoom": "999"},
        {"lat": "nan", "lon": "inf", "zoom": "-3"},
    ],
)
def test_hostile_links_fall_back_to_safe_defaults(params):
    view = MapLink.from_query(params, KNOWN)
    assert view.lang == "fr" and view.department == ALL
    assert view.lat is None and view.lon is None
    if "layers" in params:
        assert view.layers == ("places",)
    assert view.zoom is None or 7 <= view.zoom <= 16


def test_escape_defuses_html_and_template_literals():
    hostile = "</script><img src=x onerror=alert(1)>${alert(2)}`\\"
    out = escape(hostile)
    for bad in ("<", ">", "${", "`", "\\"):
        assert bad not in out
    assert escape(None) == "" and escape(float("nan")) == ""


def test_names_match_without_accents_and_refuse_homonyms():
    options = [("1", "Médina Baffé"), ("2", "Moussala"), ("3", "Moussala"), ("4", "Kédougou")]
    assert normalise("  MÉDINA-baffe ") == "medina baffe"
    assert resolve("kedougou", options) == "4"
    with pytest.raises(UnknownOrAmbiguousName) as ambiguous:
        resolve("moussala", options)
    assert len(ambiguous.value.candidates) == 2
    assert resolve("3", options) == "3"  # the id settles a homonym
    with pytest.raises(UnknownOrAmbiguousName) as unknown:
        resolve("Kedugu", options)
    assert "Kédougou" in unknown.value.candidates


def test_excel_safe_csv_defuses_formulas_but_keeps_numbers():
    names = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "Boto"]
    frame = pd.DataFrame({"name": names, "km": [1.5, -2.0, 3, 4, 5]})
    text = excel_safe_csv(frame).decode("utf-8-sig")
    back = pd.read_csv(io.StringIO(text))
    assert all(not str(v).startswith(("=", "+", "-", "@")) for v in back["name"])
    assert back["km"].tolist() == [1.5, -2.0, 3, 4, 5]


def test_write_link_makes_the_url_say_exactly_the_view_and_keeps_the_language():
    from atlas.common.web.urlstate import write_link

    class Params(dict):
        writes = 0

        def __setitem__(self, key, value):
            Params.writes += 1
            super().__setitem__(key, value)

    params = Params(lang="fr", concession="Boto", period="2024")  # another page's key left behind
    Params.writes = 0
    write_link(params, {"period": "2024", "category": "all"})
    assert dict(params) == {"lang": "fr", "period": "2024", "category": "all"}
    assert Params.writes == 1  # the unchanged period was not rewritten
