"""Comparing two periods and the risk page's one-page brief: published values only, '—' where hidden.

The comparison is tested on a release built by hand (so that which side is suppressed or masked is
known exactly) and on the shipped synthetic release (every pair of same-kind periods); the brief is
scanned with pypdf for what it must say and, on a release ingested from a raw file, for any raw
incident id, date or coordinate pair (the leak check of tests/helpers/leaks.py).
The risk page's comparison itself is tested in tests/app/test_risk_compare.py.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pypdf
import pytest

from atlas.common.reports.svg_map import arrange_svgs, legend_svg, render_svg
from atlas.features.risk.analysis.compare import (
    NOT_COMPARED,
    comparable_periods,
    comparison_frame,
    comparison_table,
    format_change,
    in_calendar_order,
    period_kind,
    valid_compare,
)
from atlas.features.risk.analysis.labels import category_label, disclosure_note, period_label
from atlas.features.risk.analysis.link import RiskLink
from atlas.features.risk.analysis.release import Release, read_release, risk_class
from atlas.features.risk.reports.brief import brief_figures, brief_svg, risk_brief_pdf
from atlas.foundation.config import INCIDENTS_DIR
from atlas.foundation.i18n import t
from tests.helpers.leaks import leaks

SHIPPED = INCIDENTS_DIR / "synthetic"
PERIODS = ["2024", *(f"2024-Q{q}" for q in range(1, 5)), "2025", *(f"2025-Q{q}" for q in range(1, 5))]

# (unit_level, unit_id, period, display) for the hand-built release; every other cell is "< 10".
CELLS = {
    ("department", "Kédougou", "2024-Q1"): "20",
    ("department", "Kédougou", "2024-Q2"): "< 10",  # suppressed on side B
    ("department", "Saraya", "2024-Q1"): "30",
    ("department", "Saraya", "2024-Q2"): "50",  # both published: change +20
    ("region", "SN-KE", "2024-Q1"): "n.p.",  # masked on side A
    ("region", "SN-KE", "2024-Q2"): "60",
    ("department", "Kédougou", "2024"): "120",
    ("department", "Kédougou", "2025"): "90",
}


def constructed_release() -> Release:
    """A release with departments and region only, whose published, suppressed and masked cells we chose.

    Only what the comparison reads is built (aggregates and metadata); no hexagon, no audit.
    """
    rows = []
    for level, unit, parent in (
        ("department", "Kédougou", "SN-KE"),
        ("department", "Saraya", "SN-KE"),
        ("region", "SN-KE", ""),
    ):
        for period in PERIODS:
            display = CELLS.get((level, unit, period), "< 10")
            value = int(display) if display.isdigit() else pd.NA
            rows.append((level, unit, parent, period, "all", value, display, risk_class(value, display, 10)))
    aggregates = pd.DataFrame(
        rows, columns=["unit_level", "unit_id", "parent_id", "period", "category", "value", "display", "risk_class"]
    )
    aggregates["value"] = aggregates["value"].astype("Int64")
    meta = {
        "periods": PERIODS,
        "categories": [],
        "k": 10,
        "rounding_base": 10,
        "noise": {"epsilon": None},
        "departments": ["Kédougou", "Saraya"],
        "synthetic": True,
        "created": "2026-01-05",
        "release": "built",
    }
    return Release(
        path=Path("built"),
        meta=meta,
        aggregates=aggregates,
        hexes=gpd.GeoDataFrame({"hex_id": [], "department": []}, geometry=[], crs="EPSG:4326"),
        layout=None,
    )


@pytest.fixture(scope="module")
def shipped():
    return read_release(SHIPPED)


# --- the comparison table ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_suppressed_or_masked_side_shows_a_dash_never_a_number(lang):
    table = comparison_table(constructed_release(), "2024-Q1", "2024-Q2", "all", lang)
    change = table.columns[-1]
    assert list(table[change]) == [NOT_COMPARED, "+20", NOT_COMPARED]
    assert list(table[period_label("2024-Q1", lang)]) == ["20", "30", t("risk.class.masked", lang)]
    assert list(table[period_label("2024-Q2", lang)]) == ["< 10", "50", "60"]
    assert period_label("2024-Q2", lang) in change and period_label("2024-Q1", lang) in change


def test_change_is_b_minus_a_when_both_are_published():
    frame = comparison_frame(constructed_release(), "2024", "2025", "all")
    assert frame.loc[frame["unit_id"] == "Kédougou", "change"].iloc[0] == 90 - 120
    assert comparison_frame(constructed_release(), "2025", "2024", "all")["change"].iloc[0] == 120 - 90
    assert [format_change(v) for v in (30, -30, 0, pd.NA)] == ["+30", "−30", "0", NOT_COMPARED]


def test_on_the_shipped_release_every_change_is_b_minus_a_or_a_dash(shipped):
    """Every pair of same-kind periods, every category: a number exactly when both sides are published."""
    checked = hidden = 0
    for category in shipped.categories:
        for kind in ("year", "quarter"):
            periods = [p for p in shipped.periods if period_kind(p) == kind]
            for a, b in itertools.combinations(periods[-6:], 2):
                frame = comparison_frame(shipped, a, b, category)
                table = comparison_table(shipped, a, b, category, "en")
                for row, shown in zip(frame.itertuples(), table.iloc[:, -1], strict=True):
                    if row.display_a.isdigit() and row.display_b.isdigit():
                        assert row.change == int(row.display_b) - int(row.display_a)
                        checked += 1
                    else:
                        assert pd.isna(row.change) and shown == NOT_COMPARED
                        hidden += 1
    assert checked > 50 and hidden > 5  # both cases really occur in the shipped data


def test_periods_of_another_kind_are_refused(shipped):
    with pytest.raises(ValueError, match="same kind"):
        comparison_frame(shipped, "2024", "2024-Q1", "all")


def test_only_periods_of_the_same_kind_are_offered(shipped):
    years = comparable_periods(shipped, "2024")
    assert years == [p for p in shipped.years if p != "2024"]
    quarters = comparable_periods(shipped, "2024-Q3")
    assert quarters == [p for p in shipped.quarters if p != "2024-Q3"]
    assert valid_compare(shipped, "2024", "2024-Q3") is None and valid_compare(shipped, "2024", "2024") is None
    assert in_calendar_order(shipped, "2025-Q1", "2023-Q4") == ("2023-Q4", "2025-Q1")


# --- the link ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "view",
    [RiskLink("2024", "all", "2022"), RiskLink("2024-Q3", "forced_labour", "2025-Q1"), RiskLink("2023", "other")],
)
def test_the_comparison_round_trips_through_a_link(shipped, view):
    query = view.to_query()
    assert ("compare" in query) == (view.compare is not None)
    assert RiskLink.from_query(query, shipped) == view


@pytest.mark.parametrize("asked", ["2019", "2024-Q1", "2024", "<script>", "2024 ", "2023-Q9"])
def test_a_bad_comparison_in_a_link_is_ignored_and_reported(shipped, asked):
    link = RiskLink.from_query({"period": "2024", "category": "all", "compare": asked}, shipped)
    assert link.compare is None and link.bad_compare and not link.bad_view
    assert (link.period, link.category) == ("2024", "all")


# --- the brief --------------------------------------------------------------------------------


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    return len(reader.pages), re.sub(r"\s+", " ", f"{text} {metadata}")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_brief_has_periods_category_figures_method_note_and_provenance(shipped, lang):
    pages, text = pdf_text(risk_brief_pdf(shipped, "2024-Q3", "other", lang, compare="2025-Q1"))
    assert pages == 1
    assert t("risk.brief.title", lang) in text
    assert period_label("2024-Q3", lang) in text and period_label("2025-Q1", lang) in text
    assert category_label("other", lang) in text
    assert disclosure_note(shipped, lang) in text  # the whole method note, synthetic warning first
    assert t("risk.map.synthetic", lang) in text  # on the map itself too
    assert t("risk.compare.title", lang) in text and t("risk.compare.note.dash", lang, k=10) in text
    for label, value in brief_figures(shipped, "2024-Q3", "other", lang, "2025-Q1"):
        assert re.sub(r"\s+", " ", f"{label}") in text and all(part in text for part in value.split())
    assert shipped.display_name(lang) in text and str(shipped.meta["created"])[:10] in text
    assert shipped.credit("licence", lang) in text  # in the page language


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_brief_of_one_period_has_its_published_totals(shipped, lang):
    pages, text = pdf_text(risk_brief_pdf(shipped, "2024", "all", lang))
    assert pages == 1 and period_label("2024", lang) in text and disclosure_note(shipped, lang) in text
    assert t("risk.region_name", lang) in text
    totals = shipped.aggregates.query("unit_level != 'hex' and period == '2024' and category == 'all'")
    assert all(d in text for d in totals["display"])
    assert t("risk.compare.title", lang) not in text


def test_brief_map_shows_both_periods_with_one_legend(shipped):
    svg = brief_svg(shipped, "2025", "all", "en", compare="2023")
    assert svg.index("Year 2023") < svg.index("Year 2025")  # calendar order, left to right
    assert svg.count(t("risk.class.masked", "en")) == 1 and svg.count("SYNTHETIC DATA") == 1
    assert svg.count("<path") >= 2 * len(shipped.hexes)


@pytest.mark.parametrize(("lang", "period", "compare"), [("fr", "2024-Q2", "2025-Q2"), ("en", "2024", None)])
def test_brief_carries_no_raw_coordinate_id_or_date(marked_release, lang, period, compare):
    raw, releases, name = marked_release
    release = read_release(releases / name)
    data = risk_brief_pdf(release, period, "all", lang, compare, date=dt.date(2026, 11, 30))
    _, text = pdf_text(data)
    assert name in text  # the brief really comes from the ingested release
    assert leaks(raw, text) == []
    assert leaks(raw, brief_svg(release, period, "all", lang, compare)) == []


# --- svg helpers used by the brief ----------------------------------------------------------


def test_arrange_svgs_places_maps_side_by_side_and_the_legend_below():
    square = gpd.GeoDataFrame(geometry=gpd.GeoSeries.from_wkt(["POLYGON((0 0,1 0,1 1,0 1,0 0))"]), crs="EPSG:4326")
    from atlas.common.reports.svg_map import SvgLayer

    one = render_svg([SvgLayer(square)], width=200, height=100, scale_bar=False)
    strip = legend_svg([("#ff0000", "a < b & c")], width=410)
    combined = arrange_svgs([[one, one], [strip]], gap=10)
    assert 'width="410"' in combined.split(">")[0]
    assert "translate(210.0,0.0)" in combined and "translate(0.0,110.0)" in combined
    assert "a &lt; b &amp; c" in combined and combined.count("<svg") == 1
    with pytest.raises(ValueError):
        arrange_svgs([["<g/>"]])
