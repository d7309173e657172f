"""The CSR page with custom score weights (streamlit AppTest): a link's weights rank the table, and can be reset."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from atlas.features.csr.analysis.gaps import FACTORS, analyse
from atlas.features.csr.analysis.weights import DEFAULT_WEIGHTS, parse_weights
from atlas.features.csr.reports.report import formula_in_use, member_names, weights_notice
from atlas.foundation.html_safe import md_escape
from atlas.foundation.i18n import t

CUSTOM = "service_distance=0,border=0.5"
CUSTOM_QUERY = {"w_service_distance": "0", "w_border": "0.5"}


@pytest.fixture
def open_csr(open_page):
    """The CSR page opened from a link carrying `params`, checked to run without exception."""

    def run(lang: str, **params: str) -> AppTest:
        at = open_page("app_pages/csr.py", lang, **params)
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def _ranked_names(at: AppTest, lang: str) -> list[str]:
    table = at.dataframe[0].value  # the ranked table is the page's first dataframe
    return list(table[t("csr.col.name", lang)])


def _weight_slider(at: AppTest, name: str):
    return at.slider(key=f"csr_w_{name}")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_link_with_custom_weights_ranks_with_them_and_says_so(lang, open_csr, query_param):
    weights = parse_weights(CUSTOM)
    expected = analyse(["Barafouté"], 15.0, weights)
    default = analyse(["Barafouté"], 15.0)
    assert list(expected.table["name"]) != list(default.table["name"])  # the case must tell the two apart
    at = open_csr(lang, concession="Barafouté", **CUSTOM_QUERY)

    assert _weight_slider(at, "service_distance").value == 0.0 and _weight_slider(at, "border").value == 0.5
    assert _weight_slider(at, "risk").value == DEFAULT_WEIGHTS.risk
    assert _weight_slider(at, "border").label == t("csr.factor.border", lang)
    assert _ranked_names(at, lang) == member_names(expected.table, lang)
    assert weights_notice(weights, lang) in [w.value for w in at.warning]
    assert f"`{formula_in_use(weights, lang)}`" in [m.value for m in at.markdown]
    assert t("csr.weights.why.border", lang) in [c.value for c in at.caption]
    assert [e.label for e in at.main.expander] == [t("csr.weights.title", lang)]
    assert query_param(at, "w_service_distance") == "0" and query_param(at, "w_border") == "0.5"
    assert {f"w_{f}" for f in FACTORS} <= set(at.query_params)  # all six, so the link keeps this ranking


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reset_restores_the_documented_weights_and_drops_them_from_the_link(lang, open_csr):
    at = open_csr(lang, concession="Barafouté", **CUSTOM_QUERY)
    at.button(key="csr_weights_reset").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [_weight_slider(at, f).value for f in FACTORS] == list(DEFAULT_WEIGHTS.factor_weights().values())
    assert _ranked_names(at, lang) == member_names(analyse(["Barafouté"], 15.0).table, lang)
    assert t("csr.weights.default_notice", lang) in [c.value for c in at.caption]
    assert not [k for k in at.query_params if k.startswith("w_")]
    assert at.button(key="csr_weights_reset").disabled


def test_moving_a_slider_reranks_and_writes_the_link(open_csr, query_param):
    at = open_csr("en", concession="Barafouté")
    assert not [k for k in at.query_params if k.startswith("w_")]
    _weight_slider(at, "service_distance").set_value(0.0).run()
    _weight_slider(at, "border").set_value(0.5).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _ranked_names(at, "en") == member_names(analyse(["Barafouté"], 15.0, parse_weights(CUSTOM)).table, "en")
    assert query_param(at, "w_service_distance") == "0" and query_param(at, "w_border") == "0.5"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bad_weights_in_a_link_warn_and_fall_back(lang, open_csr):
    at = open_csr(lang, concession="Barafouté", w_risk="lots", w_distance="0.3")
    warnings = [w.value for w in at.warning]
    # the link's name and value are escaped for Markdown (`w\_risk` shows as w_risk), the template is not
    assert t("csr.weights.ignored", lang, param=md_escape("w_risk"), value="lots") in warnings
    assert t("csr.weights.ignored", lang, param=md_escape("w_distance"), value="0.3") in warnings
    assert _weight_slider(at, "risk").value == DEFAULT_WEIGHTS.risk
    assert t("csr.weights.default_notice", lang) in [c.value for c in at.caption]
    assert not [k for k in at.query_params if k.startswith("w_")]  # the link is cleaned up


def test_all_zero_weights_in_a_link_warn_and_use_the_defaults(open_csr):
    at = open_csr("en", concession="Barafouté", **{f"w_{f}": "0" for f in FACTORS})
    assert t("csr.weights.all_zero", "en") in [w.value for w in at.warning]
    assert _ranked_names(at, "en") == member_names(analyse(["Barafouté"], 15.0).table, "en")
