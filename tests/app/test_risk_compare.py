"""The risk page comparing two periods (streamlit AppTest): two maps, the comparison table, and the link."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from atlas.features.risk.analysis.compare import NOT_COMPARED, comparable_periods
from atlas.features.risk.analysis.labels import period_label
from atlas.features.risk.analysis.release import read_release
from atlas.foundation.config import INCIDENTS_DIR
from atlas.foundation.i18n import t

SHIPPED = INCIDENTS_DIR / "synthetic"


@pytest.fixture(scope="module")
def shipped():
    return read_release(SHIPPED)


@pytest.fixture
def run_risk(run_script):
    """The risk page opened from a link carrying `params`, checked to run without exception."""

    def run(lang: str, **params: str) -> AppTest:
        at = run_script("app_pages/risk.py", lang, **params)
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def _maps(at: AppTest) -> int:
    return sum("st_folium" in c.proto.component_name for c in at.get("component_instance"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_risk_page_with_compare_shows_two_maps_and_the_comparison(shipped, lang, run_risk, query_param):
    at = run_risk(lang, period="2024-Q3", category="other", compare="2025-Q1")
    assert _maps(at) == 2
    table = at.dataframe[0].value
    assert list(table.columns[2:4]) == [period_label("2024-Q3", lang), period_label("2025-Q1", lang)]
    assert (
        t("risk.compare.change", lang, a=period_label("2024-Q3", lang), b=period_label("2025-Q1", lang))
        == table.columns[-1]
    )
    assert NOT_COMPARED in list(table.iloc[:, -1])
    captions = [c.value for c in at.caption]
    assert t("risk.compare.note.dash", lang, k=10) in captions and t("risk.compare.same_kind", lang) in captions
    assert t("risk.compare.title", lang) in [h.value for h in at.subheader]
    assert query_param(at, "compare") == "2025-Q1"
    selector = at.selectbox(key="risk_compare_2024-Q3")
    assert selector.value == "2025-Q1"
    assert selector.options[1:] == [period_label(p, lang) for p in shipped.quarters if p != "2024-Q3"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bad_compare_link_shows_one_map_and_says_so(lang, run_risk, query_param):
    at = run_risk(lang, period="2024", compare="2024-Q1")
    assert _maps(at) == 1
    assert t("risk.compare.bad_link", lang) in [c.value for c in at.caption]
    assert query_param(at, "compare") is None and query_param(at, "period") == "2024"


def test_choosing_and_clearing_a_comparison_updates_the_link(shipped, run_risk, query_param):
    at = run_risk("fr", period="2024")
    assert _maps(at) == 1 and query_param(at, "compare") is None
    offered = at.selectbox(key="risk_compare_2024").options
    assert offered[0] == t("risk.compare.none", "fr")
    assert offered[1:] == [period_label(p, "fr") for p in comparable_periods(shipped, "2024")]
    at.selectbox(key="risk_compare_2024").set_value("2022").run()
    assert query_param(at, "compare") == "2022" and _maps(at) == 2
    at.selectbox(key="risk_period").set_value("2023").run()  # another year: the comparison stays
    assert query_param(at, "compare") == "2022" and query_param(at, "period") == "2023"
    at.selectbox(key="risk_period").set_value("2023-Q2").run()  # a quarter: a year no longer fits
    assert query_param(at, "compare") is None and _maps(at) == 1
    assert t("risk.compare.bad_link", "fr") not in [c.value for c in at.caption]  # the user did it, not a link
