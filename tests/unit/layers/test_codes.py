"""Coded values: a list label in French or English, or the code itself, reads back as the code."""

from __future__ import annotations

import pytest

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import has
from atlas.layers.codes import choices, coded_values, to_code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("site d'orpaillage", "artisanal_site"),
        ("Site d’orpaillage ", "artisanal_site"),
        ("artisanal gold site", "artisanal_site"),
        ("ARTISANAL_SITE", "artisanal_site"),
        ("projet industriel et orpaillage", "industrial_project+artisanal_site"),
    ],
)
def test_labels_in_either_language_and_codes_read_as_the_code(value, code):
    assert to_code("mining_sites", "kind", value) == code


def test_yes_no_columns_read_true_or_false_in_either_language():
    assert coded_values("bajenu_gox", "synthetic") == ("true", "false")
    assert [to_code("bajenu_gox", "synthetic", v) for v in ("oui", "Non", "yes", "NO", "vrai")] == [
        "true",
        "false",
        "true",
        "false",
        "true",
    ]
    assert choices("bajenu_gox", "synthetic", "fr") == [("true", "oui"), ("false", "non")]


def test_unknown_values_and_free_columns_are_left_as_written_for_the_validation_to_refuse():
    assert to_code("mining_sites", "kind", "carrière") == "carrière"
    assert to_code("mining_sites", "name", "site d'orpaillage") == "site d'orpaillage"
    assert to_code("mining_sites", "kind", 3) == 3
    assert to_code("crossings", "neighbour_iso3", "Guinée") == "GIN"


def test_every_coded_value_of_a_template_layer_has_a_label_in_both_languages():
    from atlas.features.data.analysis.template_columns import template_columns, template_layers

    for layer_id in template_layers():
        for column in template_columns(layer_id):
            if column.kind == "bool":
                continue
            for code in column.codes:
                keys = (f"value.{layer_id}.{column.key}.{code}", f"value.{column.key}.{code}")
                assert code in DEPARTMENTS or any(has(k) for k in keys), (layer_id, column.key, code)
