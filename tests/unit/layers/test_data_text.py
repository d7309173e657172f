"""Descriptive data text in the page language, keyed on the exact text (issue 12)."""

from __future__ import annotations

from atlas.layers.data_text import EXACT, in_language, translate
from atlas.layers.labels import localized, name_in
from atlas.layers.registry import load_frame


def test_shipped_descriptions_read_in_each_language_without_developer_wording():
    sites = load_frame("mining_sites")
    for row in sites.to_dict("records"):
        for field in ("name", "note", "source", "license"):
            value = row.get(field)
            if isinstance(value, str):
                french, english = translate(value)
                assert "read_file" not in french + english
                assert "site near" not in french and "village point" not in french
    assert name_in("mining_sites", "Orpaillage site near Mouran", "fr") == "Site d'orpaillage près de Mouran"
    assert name_in("mining_sites", "Orpaillage site near Mouran", "en") == "Gold-panning site near Mouran"


def test_an_edited_value_is_shown_as_written_never_with_a_stale_translation():
    row = {"note": "village point - not the dioura", "name": "Nouveau site"}
    assert localized(row, "note", "fr") == "point du village, pas le dioura"
    edited = {**row, "note": "village point, moved 2 km north"}
    assert localized(edited, "note", "fr") == "village point, moved 2 km north"
    assert localized(edited, "name", "en") == "Nouveau site"


def test_stated_areas_follow_the_page_decimal_mark_and_every_entry_has_both_languages():
    assert localized({"stated_area": "245.6 km2"}, "stated_area", "fr") == "245,6 km²"
    assert localized({"stated_area": "39,7 km2"}, "stated_area", "en") == "39.7 km²"
    assert all(french and english for french, english in EXACT.values())
    assert in_language("Guinea", "fr") == "Guinée"
