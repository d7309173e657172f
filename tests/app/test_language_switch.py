"""Clicking the language switch relabels it at once (issue 12: "Langue" stayed on English pages)."""

from __future__ import annotations


def test_switching_to_english_labels_the_switch_language(run_script, query_param):
    at = run_script("main.py", "fr")
    switch = at.sidebar.get("button_group")[0]
    assert switch.label == "Langue"
    switch.set_value("en").run()
    assert not at.exception
    assert at.sidebar.get("button_group")[0].label == "Language"
    assert query_param(at, "lang") == "en"
