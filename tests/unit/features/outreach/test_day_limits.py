"""A sensible daily limit by default and a warning for a long day (issue 12)."""

from __future__ import annotations

from atlas.common.web.builtin_texts import SELECT_ALL, builtin_texts_style
from atlas.features.outreach.analysis.gazetteer import resolve_stop
from atlas.features.outreach.analysis.link import DEFAULT_HOURS, OutreachLink
from atlas.features.outreach.analysis.tour import plan_tour
from atlas.features.outreach.reports.outputs import long_day_warnings
from atlas.foundation.i18n import t


def test_a_link_without_hours_plans_8_hour_days_and_0_still_means_no_limit():
    known = {resolve_stop("Saraya")}
    assert OutreachLink.from_query({}, known).max_hours == DEFAULT_HOURS == 8.0
    assert OutreachLink.from_query({"hours": "0"}, known).max_hours == 0.0
    assert OutreachLink(max_hours=0.0).to_query()["hours"] == "0"
    assert "hours" not in OutreachLink().to_query()


def test_a_day_over_8_hours_is_said_in_the_page_language():
    stops = [resolve_stop(n) for n in ("Saraya", "Khossanto", "Mako", "Dindefelo", "Salemata", "Dioura de Fongoli")]
    tour = plan_tour(resolve_stop("Kedougou"), stops, "rainy", True, None, 60.0)
    assert len(tour.days) == 1 and tour.days[0].minutes > 8 * 60
    fr, en = long_day_warnings(tour, "fr"), long_day_warnings(tour, "en")
    assert len(fr) == len(en) == 1 and fr[0].startswith("Jour 1") and en[0].startswith("Day 1")
    limited = plan_tour(resolve_stop("Kedougou"), stops, "rainy", True, DEFAULT_HOURS, 60.0)
    assert len(limited.days) > 1


def test_streamlit_select_all_option_is_replaced_by_the_page_language():
    for lang in ("fr", "en"):
        style = builtin_texts_style(lang)
        assert SELECT_ALL in style and t("multiselect.select_all", lang) in style
    assert "Tout sélectionner" in builtin_texts_style("fr")
