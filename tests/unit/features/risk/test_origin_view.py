"""The lens as the page and the brief write it: words for hidden cells, locale numbers, plain warnings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from atlas.features.risk.analysis.origin_view import (
    cell_words,
    heavy_suppression_note,
    origin_series,
    origin_table,
    unpublished_share,
)
from atlas.features.risk.analysis.release import read_release
from atlas.foundation.config import INCIDENTS_DIR
from atlas.foundation.i18n import t

SHIPPED = read_release(INCIDENTS_DIR / "synthetic")


@pytest.mark.parametrize(
    ("display", "lang", "expected"),
    [
        ("< 10", "fr", "moins de 10"),
        ("< 10", "en", "fewer than 10"),
        ("n.p.", "fr", "non publié"),
        ("n.p.", "en", "not published"),
        ("1230", "fr", "1\u202f230"),
        ("1230", "en", "1,230"),
    ],
)
def test_cells_read_in_words_and_locale_numbers(display, lang, expected):
    assert cell_words(display, 10, lang) == expected


def test_a_release_without_the_lens_has_no_table_and_no_series():
    older = replace(SHIPPED, origins=None)
    assert origin_table(older, "fr") is None and origin_series(older, "en").empty
    assert unpublished_share(older) == 0.0 and heavy_suppression_note(older, "fr") is None


def test_heavy_suppression_is_said_in_plain_words_not_weakened():
    frame = SHIPPED.origins.copy()
    countries = frame["origin"] != "all"
    frame.loc[countries, "value"] = None
    frame.loc[countries, "display"] = "< 10"
    hidden = replace(SHIPPED, origins=frame)
    assert unpublished_share(hidden) == 1.0
    assert heavy_suppression_note(hidden, "fr") == t("risk.origin.heavy", "fr", share="100")
    assert heavy_suppression_note(hidden, "en").startswith("Note: 100% of the country cells")
    assert set(origin_table(hidden, "en").iloc[:-1, 1:].to_numpy().ravel()) == {"fewer than 10"}
    assert origin_series(hidden, "en").empty  # nothing hidden reaches the chart
    assert heavy_suppression_note(SHIPPED, "fr") is None  # the shipped release publishes most cells


def test_the_chart_gets_published_country_values_only():
    series = origin_series(SHIPPED, "en")
    assert t("risk.origin.all", "en") not in set(series["origin"])
    published = SHIPPED.origins[(SHIPPED.origins["origin"] != "all") & SHIPPED.origins["value"].notna()]
    assert len(series) == len(published) and series["value"].sum() == published["value"].sum()


@pytest.mark.parametrize(
    ("lang", "nigeria", "fewer"), [("fr", "Nigéria", "moins de 10"), ("en", "Nigeria", "fewer than 10")]
)
@pytest.mark.parametrize("compare", [None, "2022"])
def test_the_brief_carries_the_whole_origin_table_on_one_page(lang, nigeria, fewer, compare):
    import io
    import re

    import pypdf

    from atlas.features.risk.reports.brief import risk_brief_pdf

    reader = pypdf.PdfReader(io.BytesIO(risk_brief_pdf(SHIPPED, "2024", "all", lang, compare)))
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert t("risk.origin.title", lang) in text and t("risk.origin.framing", lang) in text
    for label in origin_table(SHIPPED, lang).iloc[:, 0]:
        assert label in text  # every row, the total included
    assert nigeria in text and fewer in text
