"""The PDF itinerary, read back as text: the same plan, numbers and warnings as the HTML and the CSV."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
import pytest

from atlas.features.outreach.analysis.gazetteer import label_of, resolve_stop, stops_table
from atlas.features.outreach.analysis.tour import Tour, legs_frame, plan_tour
from atlas.features.outreach.reports.itinerary import (
    format_minutes,
    render_itinerary,
    season_warnings,
    unreachable_line,
)
from atlas.features.outreach.reports.itinerary_pdf import build_itinerary_pdf
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import t
from atlas.foundation.numbers import number as local_number

TOWNS = ("Saraya", "Khossanto", "Mako", "Dindefelo", "Salemata", "Dioura de Fongoli")
WITH_KENIEBA = ("Saraya", "Kéniéba (Mali)", "Mako", "Salemata", "Ethiolo", "Bandafassi")  # Kéniéba: across the Falémé
TODAY = dt.date(2025, 8, 14)


def _read(data: bytes) -> tuple[pypdf.PdfReader, str]:
    """The document and its whole text, whitespace collapsed (justified lines get wide spaces)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text)


def _text(tour: Tour, lang: str) -> str:
    return _read(build_itinerary_pdf(tour, lang, today=TODAY))[1]


def _leg_rows(tour: Tour, lang: str = "en") -> list[str]:
    """Each leg's row as the table prints it: number, from, to, km (page's decimal mark), time (all from the plan)."""
    return [
        f"{n} {label_of(leg.origin)} {label_of(leg.destination)} {local_number(leg.distance_km, lang, 1)} "
        f"{format_minutes(leg.minutes)}"
        for n, leg in enumerate(tour.plan.legs, start=1)
    ]


def _assert_in_order(text: str, rows: list[str]) -> None:
    position = 0
    for row in rows:
        found = text.find(row, position)
        assert found >= 0, f"{row!r} missing or out of order"
        position = found + len(row)


def _start() -> str:
    return resolve_stop("Kedougou")


@pytest.fixture(scope="module")
def rainy_towns() -> Tour:
    return plan_tour(_start(), [resolve_stop(n) for n in TOWNS], "rainy", return_to_start=True, max_hours_per_day=6)


@pytest.fixture(scope="module")
def rainy_cut_off() -> Tour:
    return plan_tour(
        _start(), [resolve_stop(n) for n in WITH_KENIEBA], "rainy", return_to_start=True, vehicle="motorbike"
    )


@pytest.fixture(scope="module")
def dry_fords() -> Tour:
    return plan_tour(
        _start(),
        [resolve_stop(n) for n in WITH_KENIEBA],
        "dry",
        return_to_start=True,
        max_hours_per_day=2,  # some legs (to and from Kéniéba) are longer than a 2 h day
        visit_minutes=30,
    )


@pytest.fixture(scope="module")
def long_tour() -> Tour:
    ids = [i for i in stops_table()["id"] if i != _start()]
    return plan_tour(_start(), ids[::4][:25], "dry", return_to_start=True)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_legs_follow_the_visiting_order_with_the_plans_numbers_and_totals(rainy_towns, lang):
    text = _text(rainy_towns, lang)
    plan = rainy_towns.plan
    assert len(plan.order) == len(TOWNS) and len(rainy_towns.days) > 1
    _assert_in_order(text, _leg_rows(rainy_towns, lang))
    visited = [label_of(plan.start), *(label_of(s) for s in plan.order), label_of(plan.start)]
    _assert_in_order(text.split(t("outreach.legs", lang), 1)[1], visited)
    total = t("outreach.itin.total", lang, km=round(plan.total_km), time=format_minutes(plan.total_minutes))
    assert total in text and total in render_itinerary(rainy_towns, lang)  # the same words as the HTML
    first_number = 1
    for day in rainy_towns.days:  # each day's table ends with its driving total
        first_number += len(day.legs)
        km = local_number(sum(x.distance_km for x in day.legs), lang, 1)
        day_total = (
            f"{t('outreach.pdf.day_row', lang, n=day.number)} {km} {format_minutes(sum(x.minutes for x in day.legs))}"
        )
        assert day_total in text
        assert t("outreach.itin.day", lang, n=day.number) in text


def test_the_pdf_agrees_with_the_csv_row_by_row(rainy_towns):
    text = _text(rainy_towns, "en")
    legs = legs_frame(rainy_towns)
    assert len(legs) == len(rainy_towns.plan.legs)
    for number, row in enumerate(legs.itertuples(index=False), start=1):
        assert f"{number} {row[0]} {row[1]} {row.distance_km:.1f}" in text


@pytest.mark.parametrize(
    ("lang", "vehicle", "season"),
    [
        ("fr", "Véhicule : Moto", "Saison des pluies (juil.–oct.)"),
        ("en", "Vehicle: Motorbike", "Rainy season (Jul–Oct)"),
    ],
)
def test_the_vehicle_and_the_season_are_stated_in_the_pages_language(rainy_cut_off, lang, vehicle, season):
    text = _text(rainy_cut_off, lang)
    assert vehicle in text and season in text
    assert (
        t(
            "outreach.pdf.speeds",
            lang,
            vehicle=t("outreach.vehicle.motorbike", lang),
            season=season,
            paved="45",
            unpaved="25",
            track="18",
        )
        in text
    )  # the motorbike's rainy speeds


@pytest.mark.parametrize(("lang", "vehicle"), [("fr", "Véhicule : 4x4"), ("en", "Vehicle: 4x4")])
def test_a_4x4_plan_says_4x4_and_has_no_motorbike_note(rainy_towns, lang, vehicle):
    text = _text(rainy_towns, lang)
    assert vehicle in text
    assert t("outreach.warn.motorbike", lang) not in text


@pytest.mark.parametrize(("lang", "closed"), [("fr", "FERMÉES"), ("en", "CLOSED")])
def test_the_rainy_season_warnings_are_those_of_the_html(rainy_cut_off, lang, closed):
    text = _text(rainy_cut_off, lang)
    html = render_itinerary(rainy_cut_off, lang)
    warnings = season_warnings(rainy_cut_off, lang)
    assert len(warnings) >= 3  # season, motorbike, cut-off stop
    for line in warnings:
        assert line in text
        assert escape(line) in html
    assert closed in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_stop_cut_off_by_the_season_is_reported_and_not_visited(rainy_cut_off, lang):
    plan = rainy_cut_off.plan
    assert [label_of(s) for s in plan.unreachable] == ["Kéniéba (Mali)"]
    text = _text(rainy_cut_off, lang)
    assert unreachable_line(rainy_cut_off, lang) in text
    assert t("outreach.pdf.legend.unreachable", lang) in text  # drawn on the map too
    legs = text.split(t("outreach.legs", lang), 1)[1]
    assert "Kéniéba" not in legs.split(t("outreach.itin.assumptions", lang))[0]
    _assert_in_order(text, _leg_rows(rainy_cut_off, lang))


def test_each_leg_names_its_unbridged_river_crossings(dry_fords):
    text = _text(dry_fords, "fr")
    with_fords = [leg for leg in dry_fords.plan.legs if leg.fords]
    assert with_fords, "a dry-season tour to Kéniéba fords the Falémé"
    for leg in with_fords:
        count = len(leg.fords)
        assert (
            f"{format_minutes(leg.minutes)} {count} {'gué' if count == 1 else 'gués'} sans pont : Falémé ×{count}"
            in text
        )
    assert t("outreach.itin.over_limit", "fr") in text  # a leg longer than a 2 h day
    for day in dry_fords.days:  # visits are counted in the day totals
        assert t("outreach.itin.day_total", "fr", time=format_minutes(day.minutes)) in text


def test_a_25_stop_tour_runs_onto_more_pages_with_every_leg_and_the_header_repeated(long_tour):
    assert len(long_tour.plan.order) == 25
    reader, text = _read(build_itinerary_pdf(long_tour, "en", today=TODAY))
    assert len(reader.pages) > 1
    _assert_in_order(text, _leg_rows(long_tour))
    header = "No. From To Distance (km) Time Unbridged crossings"
    assert text.count(header) == len(reader.pages)  # the table starts on page 1 and goes on to the last
    pages = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
    assert all(f"page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert (
        t(
            "outreach.itin.total",
            "en",
            km=round(long_tour.plan.total_km),
            time=format_minutes(long_tour.plan.total_minutes),
        )
        in pages[-1]
    )


def test_accents_survive_in_the_text_and_the_title(rainy_towns):
    reader, text = _read(build_itinerary_pdf(rainy_towns, "fr", today=TODAY))
    for name in ("Kédougou", "Salémata", "Dindéfélo"):
        assert name in text
    assert reader.metadata.title == "Itinéraire de tournée — Kédougou"
    assert "Départ : Kédougou" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_assumptions_planning_guesses_and_the_date_are_printed(rainy_towns, lang):
    text = _text(rainy_towns, lang)
    assert t("outreach.model.note", lang) in text
    assert (
        "hypothèses de planification, pas des mesures" if lang == "fr" else "planning guesses, not measurements"
    ) in text
    assert "2025-08-14" in text
    assert build_itinerary_pdf(rainy_towns, lang).startswith(b"%PDF")
