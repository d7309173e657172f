"""`atlas data template` and `atlas data xlsform` write the same files as the data page offers."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from atlas.features.data.cli import main
from atlas.features.data.reports.templates import template_xlsx
from atlas.features.data.reports.xlsform import xlsform_xlsx


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_template_command_writes_the_layer_template_in_the_language(tmp_path, capsys, lang):
    out = tmp_path / "modele.xlsx"
    assert main(["template", "crossings", "--lang", lang, "--out", str(out)]) == 0
    assert out.read_bytes() == template_xlsx("crossings", lang)
    headers = [c.value for c in load_workbook(out).worksheets[0][1]]
    assert headers[0] == {"fr": "Nom", "en": "Name"}[lang]
    assert str(out) in capsys.readouterr().out


def test_template_defaults_to_french_and_refuses_a_line_layer(tmp_path):
    out = tmp_path / "t.xlsx"
    assert main(["template", "services_areas", "--out", str(out)]) == 0
    assert load_workbook(out).sheetnames[0] == "Données"
    with pytest.raises(SystemExit) as exit_:
        main(["template", "roads", "--out", str(tmp_path / "roads.xlsx")])
    assert exit_.value.code == 2 and not (tmp_path / "roads.xlsx").exists()


def test_xlsform_command_writes_the_form(tmp_path):
    out = tmp_path / "form.xlsx"
    assert main(["xlsform", "bajenu_gox", "--out", str(out)]) == 0
    assert out.read_bytes() == xlsform_xlsx("bajenu_gox")
    assert load_workbook(out).sheetnames == ["survey", "choices", "settings"]
    with pytest.raises(SystemExit):
        main(["xlsform", "places", "--out", str(out)])
