"""Custom gap-score weights: they change the ranking, survive a link, reach the exports, and bad ones never crash."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import geopandas as gpd
import pandas as pd
import pypdf
import pytest
from shapely.geometry import LineString

from atlas.features.csr.analysis.adapters import TravelAnswer
from atlas.features.csr.analysis.compare import compare
from atlas.features.csr.analysis.gaps import EXPORT_COLUMNS, FACTORS, GapWeights, analyse, export_frame, score_members
from atlas.features.csr.analysis.link import CsrLink
from atlas.features.csr.analysis.weights import (
    DEFAULT_WEIGHTS,
    WeightsError,
    format_weights,
    parse_weights,
    resolve_weights,
    weights_from_query,
    weights_to_query,
)
from atlas.features.csr.reports.report import (
    brief_pdf,
    comparison_table,
    formula_in_use,
    method_text,
    weights_notice,
    weights_table,
)
from atlas.foundation.config import UTM_28N
from atlas.foundation.i18n import t
from atlas.foundation.numbers import number
from tests.helpers.csr import gap_context, members_frame, point_at

NAMES = ["Niamia", "Témoto", "Boto"]
NO_DISTANCE = parse_weights("service_distance=0")
BORDER_ONLY = parse_weights("service_distance=0,no_service_in_zone=0,bajenu_gap=0,risk=0,mining=0,border=1")


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


# --- the weights change the ranking -----------------------------------------------------------


def test_zero_distance_weight_lets_a_border_village_outrank_a_remote_one():
    """Both villages lie in the unserved zone B; the remote one is 3 h from a service, the border one 1 h.

    Default: remote = 100·(0.30·1 + 0.15 + 0.20 + 0.15·0.5)/1 = 72.5, border = 100·(0.30·⅓ + 0.425 + 0.10) = 62.5.
    Without the distance weight: remote = 42.5/0.7 = 60.7, border = 52.5/0.7 = 75.0.
    """
    minutes = {"Remote": 180.0, "Border": 60.0}

    def travel(members, destinations):
        column = [minutes[name] for name in members["name"]]
        return TravelAnswer(pd.DataFrame({destinations.index[0]: column}, index=members.index), "network_dry")

    members = members_frame(
        [{"name": "Remote", "geometry": point_at(100, 15)}, {"name": "Border", "geometry": point_at(50, -12)}]
    )
    border_south = gpd.GeoSeries(
        [LineString([point_at(-50, -25), point_at(200, -25)])], crs=UTM_28N
    )  # zones span ±20 km
    context = replace(gap_context(travel=travel), border_lines=border_south)
    default = score_members(members, context)[0].set_index("name")
    custom = score_members(members, context, NO_DISTANCE)[0].set_index("name")
    assert default.loc["Border", "border_village"] and not default.loc["Remote", "border_village"]
    assert default.loc["Remote", "rank"] == 1 and default.loc["Remote", "gap_score"] == pytest.approx(72.5)
    assert default.loc["Border", "gap_score"] == pytest.approx(62.5)
    assert custom.loc["Border", "rank"] == 1 and custom.loc["Border", "gap_score"] == pytest.approx(75.0)
    assert custom.loc["Remote", "gap_score"] == pytest.approx(60.7)


def test_border_weight_alone_puts_every_border_member_first_on_real_data():
    default = analyse(["Niamia"], 40.0)
    assert default.table["border_village"].any() and not default.table["border_village"].all()
    assert list(default.table["border_village"]) != sorted(default.table["border_village"], reverse=True)
    custom = analyse(["Niamia"], 40.0, BORDER_ONLY)
    flags = list(custom.table["border_village"])
    assert flags == sorted(flags, reverse=True)  # every border member above every other one
    assert set(custom.table["gap_score"]) == {0.0, 100.0}


# --- parsing and checking ---------------------------------------------------------------------


def test_command_syntax_round_trips_and_keeps_unnamed_defaults():
    weights = parse_weights(" border = 0.5 , risk=0 ")
    assert weights.border == 0.5 and weights.risk == 0.0
    assert weights.service_distance == DEFAULT_WEIGHTS.service_distance
    assert parse_weights(format_weights(weights)) == weights
    assert not weights.is_default() and parse_weights("risk=0.15").is_default()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("distance=0.2", "unknown weight 'distance'"),
        ("risk=-0.1", "between 0 and 1"),
        ("risk=abc", "must be a number"),
        ("risk=nan", "between 0 and 1"),
        ("risk=inf", "between 0 and 1"),
        ("risk=1.5", "between 0 and 1"),
        ("risk", "expected name=value"),
        ("risk=0.1,risk=0.2", "given twice"),
        (",", "no weight given"),
        (",".join(f"{f}=0" for f in FACTORS), "all weights are zero"),
    ],
)
def test_bad_command_weights_refused_with_the_valid_names(text, needle):
    with pytest.raises(WeightsError) as caught:
        parse_weights(text)
    message = str(caught.value)
    assert needle in message
    assert all(name in message for name in FACTORS)


# --- links ------------------------------------------------------------------------------------


def test_custom_weights_round_trip_through_a_link():
    view = CsrLink("Témoto", 22.0, "Boto", None, "rainy", parse_weights("service_distance=0.05,border=0.45"))
    query = view.to_query()
    assert query["w_service_distance"] == "0.05" and query["w_border"] == "0.45"
    assert {f"w_{f}" for f in FACTORS} <= set(query)  # all six: the link does not depend on today's defaults
    back = CsrLink.from_query(query, NAMES)
    assert back == view and back.weights == view.weights
    assert not back.weights_ignored and not back.weights_all_zero


def test_default_weights_stay_out_of_the_link():
    view = CsrLink("Boto", weights=GapWeights())
    assert not [k for k in view.to_query() if k.startswith("w_")]
    assert CsrLink.from_query(view.to_query(), NAMES).weights.is_default()


@pytest.mark.parametrize("raw", ["abc", "-1", "1.01", "nan", "inf", "", "1e9", "0x10", "<script>"])
def test_bad_link_weight_is_ignored_and_reported_never_raised(raw):
    view = CsrLink.from_query({"concession": "Boto", "w_risk": raw, "w_border": "0.4"}, NAMES)
    assert view.weights.risk == DEFAULT_WEIGHTS.risk  # the bad one keeps its default...
    assert view.weights.border == 0.4  # ...the good one is kept
    assert view.weights_ignored == (("risk", raw),)


def test_unknown_weight_name_in_a_link_is_reported():
    choice = weights_from_query({"w_distance": "0.5", "concession": "Boto"})
    assert choice.weights.is_default() and choice.ignored == (("distance", "0.5"),)


def test_all_zero_link_falls_back_to_defaults_with_a_flag():
    choice = weights_from_query({f"w_{f}": "0" for f in FACTORS})
    assert choice.weights.is_default() and choice.all_zero


def test_slider_values_are_rounded_to_the_slider_step():
    choice = resolve_weights({"service_distance": 0.35000000000000003, "risk": 0.15})
    assert choice.weights.service_distance == 0.35 and choice.weights.risk == 0.15
    assert weights_to_query(choice.weights)["w_service_distance"] == "0.35"


# --- what people take away --------------------------------------------------------------------


def test_csv_carries_the_weights_and_the_score_can_be_recomputed_from_it():
    result = analyse(["Niamia"], 15.0, NO_DISTANCE)
    frame = export_frame(result)
    assert list(frame.columns) == list(EXPORT_COLUMNS)
    assert list(frame.columns[-7:]) == ["weights_basis", *(f"w_{f}" for f in FACTORS)]
    assert (frame["weights_basis"] == "custom").all() and (frame["w_service_distance"] == 0).all()
    w = frame[[f"w_{f}" for f in FACTORS]].to_numpy()
    x = frame[[f"x_{f}" for f in FACTORS]].to_numpy()
    recomputed = 100 * (w * x).sum(axis=1) / w.sum(axis=1)
    assert recomputed == pytest.approx(frame["gap_score"].to_numpy(), abs=0.1)
    assert (export_frame(analyse(["Niamia"], 15.0))["weights_basis"] == "default").all()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_brief_states_custom_weights_and_the_defaults_they_replace(lang):
    custom = analyse(["Niamia"], 15.0, parse_weights("service_distance=0,border=0.5"))
    text = _pdf_text(brief_pdf(custom, lang))
    said = {"fr": "pondérations personnalisées", "en": "custom weights"}[lang]
    assert said in text
    assert (
        f"{t('csr.factor.border', lang)} {number(0.5, lang)}" in text
        and f"{t('csr.factor.service_distance', lang)} 0;" in text
    )
    assert re.sub(r"\s+", " ", method_text(custom, lang)) in text
    default_text = _pdf_text(brief_pdf(analyse(["Niamia"], 15.0), lang))
    assert said not in default_text
    assert {"fr": "pondérations par défaut", "en": "default (documented) weights"}[lang] in default_text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_texts_show_the_weights_in_use(lang):
    weights = parse_weights("service_distance=0,border=0.5")
    formula = formula_in_use(weights, lang)
    assert f"0 × {t('csr.factor.service_distance', lang)}" in formula and f"/ {number(1.1, lang)}" in formula
    assert f"{number(0.3, lang)} ×" in formula_in_use(DEFAULT_WEIGHTS, lang) and "/ 1" in formula_in_use(
        DEFAULT_WEIGHTS, lang
    )
    notice = weights_notice(weights, lang)
    assert notice != weights_notice(DEFAULT_WEIGHTS, lang)
    assert t("csr.factor.border", lang) in notice and t("csr.factor.risk", lang) not in notice
    table = weights_table(weights, lang)
    # weights and shares as the page's language writes them: "0,15" and "25 %" in French
    assert list(table[t("csr.weight", lang)]) == [number(weights.factor_weights()[f], lang) for f in FACTORS]
    assert list(table[t("csr.weights.default", lang)]) == [
        number(DEFAULT_WEIGHTS.factor_weights()[f], lang) for f in FACTORS
    ]
    assert table[t("csr.weights.share", lang)].iloc[0] == {"fr": "0\u00a0%", "en": "0%"}[lang]
    assert ("0,15" in list(table[t("csr.weight", lang)])) == (lang == "fr")
    assert all("." not in w for w in table[t("csr.weights.default", lang)]) or lang == "en"
    assert number(0.5, lang) in notice  # the changed weight in the notice, in the locale too


def test_comparison_refuses_different_weights():
    left, right = analyse(["Niamia"], 15.0, NO_DISTANCE), analyse(["Boto"], 15.0)
    with pytest.raises(ValueError, match="different weights"):
        compare(left, right)
    with pytest.raises(ValueError, match="different weights"):
        comparison_table(left, right, "en")
    assert compare(left, analyse(["Boto"], 15.0, NO_DISTANCE)).shape[1] == 3
