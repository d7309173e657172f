"""Data words in the page language (issue 12): translated descriptive fields, one "Licence" per meaning."""

from __future__ import annotations

from atlas.common.web.mapframe import popup_html, slim_features
from atlas.features.map.analysis.legend import feature_details
from atlas.layers.registry import get_layer, load_frame


def _fid(layer: str, name: str) -> str:
    frame = load_frame(layer)
    return str(frame.index[frame["name"] == name][0])


def _details(layer: str, name: str, lang: str) -> dict[str, str]:
    table = feature_details({"properties": {"_layer": layer, "_fid": _fid(layer, name)}}, lang)
    assert table is not None
    return dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))


def test_a_descriptive_site_name_and_its_note_read_in_french_on_french_pages():
    fr = _details("mining_sites", "Orpaillage site near Mouran", "fr")
    en = _details("mining_sites", "Orpaillage site near Mouran", "en")
    assert fr["Nom"] == "Site d'orpaillage près de Mouran"
    assert en["Name"] == "Gold-panning site near Mouran"
    assert "village point" not in " ".join(fr.values()) and "point du village" in " ".join(fr.values())
    assert not [v for v in fr.values() if "read_file" in v or "site near" in v]


def test_the_details_name_the_feature_licence_and_the_layer_licence_differently():
    for lang in ("fr", "en"):
        labels = list(_details("mining_sites", "Dioura de Fongoli", lang))
        assert len(labels) == len(set(labels)), labels
        assert sum("icence" in label for label in labels) == 2


def test_popups_show_only_the_page_language_column_and_tooltips_are_translated():
    spec = get_layer("border_villages")
    frame = load_frame("border_villages")
    row = frame[frame["neighbour_iso3"] == "GIN"].iloc[0].to_dict()
    assert "Guinée" in popup_html(spec, row, "fr") and "Guinea" not in popup_html(spec, row, "fr")
    assert "Guinea" in popup_html(spec, row, "en") and "Guinée" not in popup_html(spec, row, "en")
    sites = load_frame("mining_sites")
    tips = [f["properties"]["_tip"] for f in slim_features(get_layer("mining_sites"), sites, "fr")["features"]]
    assert "Site d&#x27;orpaillage près de Mouran" in tips or "Site d'orpaillage près de Mouran" in tips
    assert not [tip for tip in tips if "Orpaillage site" in tip]


def test_concession_areas_are_written_with_the_page_decimal_separator():
    spec = get_layer("concessions")
    frame = load_frame("concessions")
    row = frame[frame["name"] == "Sabodala"].iloc[0].to_dict()
    assert "245,6 km²" in popup_html(spec, row, "fr") and "245.6 km²" in popup_html(spec, row, "en")
