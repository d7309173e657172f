"""Risk page words (issue 12): why a department is missing, why sums differ, whole trend labels, a
synthetic PDF title, no developer command, the release name in the page language."""

from __future__ import annotations

import pytest

from atlas.features.risk.analysis.api import latest_release
from atlas.features.risk.reports.brief import risk_brief_pdf
from atlas.features.risk.web.heat import totals_notes, trend_figure
from atlas.foundation.i18n import t


@pytest.fixture(scope="module")
def shipped():
    release = latest_release()
    assert release is not None and release.synthetic
    return release


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_totals_say_why_salemata_is_missing_and_why_sums_differ(shipped, lang):
    notes = totals_notes(shipped, lang)
    assert "Salémata" in notes[0] and "Kédougou" in notes[0] and "Saraya" in notes[0]
    assert notes[1] == t("risk.rounding_plain", lang, base=10)


def test_trend_labels_are_whole_categories(shipped):
    figure = trend_figure(shipped, "all", "fr")
    assert figure.layout.xaxis.type == "category" and figure.layout.xaxis.automargin


@pytest.mark.parametrize(("lang", "title"), [("fr", "DONNÉES SYNTHÉTIQUES"), ("en", "SYNTHETIC DATA")])
def test_the_pdf_title_says_synthetic_and_shows_no_developer_command(shipped, lang, title):
    from io import BytesIO

    from pypdf import PdfReader

    pdf = risk_brief_pdf(shipped, shipped.default_period, "all", lang)
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert title in text and "`" not in text and "atlas risk synth" not in text
    assert shipped.display_name(lang) in text


def test_the_release_name_is_translated():
    release = latest_release()
    assert release is not None
    assert release.display_name("fr") == "synthétique" and release.display_name("en") == "synthetic"
