"""The pack's newest layers (arrondissements, facilities, DCW roads) read in the page language, data included.

What a popup or the details panel shows of every feature — the popup fields, then location basis,
source and licence — is checked in French for English words that leaked before, and numbers
stored as text ("5759.8") are checked to come out in the page's locale.
"""

from __future__ import annotations

import re

import pytest

from atlas.layers.labels import shown_value
from atlas.layers.registry import get_layer, load_layer

LAYERS = ("arrondissements", "facilities", "roads_dcw")
EXTRA = ("location_basis", "dataset", "attribution", "source", "license")
ENGLISH = (
    "Government of",
    "year 2019",
    "repository",
    "record ",
    "OSM node",
    "OSM way",
    "Mali border",
    "towards",
    "public domain",
    "contributors",
    "download",
    "point for",
    "metaData",
)


def _shown(layer_id: str, lang: str) -> list[tuple[str, str]]:
    spec = get_layer(layer_id)
    frame = load_layer(layer_id).frame
    fields = [*spec.popup_fields, *(f for f in EXTRA if f in frame.columns and f not in spec.popup_fields)]
    out = []
    for row in frame.drop(columns="geometry").to_dict("records"):
        out += [(f, str(shown_value(layer_id, f, row, lang))) for f in fields if row.get(f) not in (None, "")]
    return out


@pytest.mark.parametrize("layer_id", LAYERS)
def test_no_english_in_what_a_french_page_shows_of_the_feature(layer_id):
    leaks = [(f, v) for f, v in _shown(layer_id, "fr") for word in ENGLISH if word in v]
    assert not leaks


@pytest.mark.parametrize("layer_id", LAYERS)
def test_decimal_numbers_follow_the_page_language(layer_id):
    french, english = _shown(layer_id, "fr"), _shown(layer_id, "en")
    assert not [v for _, v in french if re.fullmatch(r"-?\d+\.\d+", v)]  # never "5759.8" in French
    # never "5759,8" in English ("4,215" is four thousand two hundred and fifteen)
    assert not [v for _, v in english if re.fullmatch(r"-?\d+,\d{1,2}", v)]
    decimals = [v for _, v in french if re.fullmatch(r"-?[\d\u202f]+,\d+", v)]
    assert decimals or layer_id == "facilities"  # areas, shares and lengths have decimals


def test_english_keeps_the_source_wording():
    sources = [v for f, v in _shown("facilities", "en") if f == "attribution"]
    assert "© OpenStreetMap contributors" in sources[0]
    assert all("contributeurs" not in v for _, v in _shown("roads_dcw", "en"))
