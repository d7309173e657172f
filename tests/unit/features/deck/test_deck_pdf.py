"""The deck PDF: one landscape A4 page per view, each with its title, legend, sources and warnings."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from atlas.features.deck.analysis.model import add, make_view
from atlas.features.deck.reports.deck_pdf import deck_pdf
from atlas.features.deck.reports.slides import build_slide
from atlas.features.outreach.analysis.candidates import candidate_stops, start_options
from atlas.foundation.i18n import t

WORDS = {
    "fr": {"legend": "Légende", "sources": "Sources :", "figures": "Chiffres clés", "synthetic": "synthétique"},
    "en": {"legend": "Legend", "sources": "Sources:", "figures": "Key figures", "synthetic": "synthetic"},
}


@pytest.fixture(scope="module")
def deck():
    table, _release = candidate_stops()
    start = start_options(table)[0]
    stops = ",".join([i for i in table["id"] if i != start][:4])
    views = [
        make_view("map", "Sites et Bajenu Gox", {"dept": "Saraya", "layers": "departments,mining_sites,bajenu_gox"}),
        make_view("map", "Frontières", {"layers": "departments,border_villages,crossings"}),
        make_view("risk", "Incidents (région)", {}),
        make_view("outreach", "Tournée", {"start": start, "stops": stops}),
        make_view("csr", "Sabodala", {"concession": "Sabodala"}),
    ]
    result = ()
    for view in views:
        result = add(result, view)
    return result


def _pages(pdf: bytes) -> list:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def _text(page) -> str:
    return " ".join(page.extract_text().split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_landscape_page_per_view_with_title_legend_and_sources(deck, lang):
    pages = _pages(deck_pdf(deck, lang, date=dt.date(2026, 11, 30)))
    assert len(pages) == len(deck)
    words = WORDS[lang]
    for view, page in zip(deck, pages, strict=True):
        box = page.mediabox
        assert float(box.width) > float(box.height)  # landscape
        assert round(float(box.width) / 72 * 25.4) == 297
        text = _text(page)
        assert view.title in text
        assert words["legend"] in text and words["sources"] in text
        assert "2026-11-30" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_synthetic_views_say_so_and_real_ones_do_not(deck, lang):
    pages = _pages(deck_pdf(deck, lang))
    synthetic = [build_slide(view, lang).synthetic for view in deck]
    assert synthetic == [True, False, True, False, True]  # Bajenu Gox, risk release and CSR coverage are synthetic
    for page, is_synthetic in zip(pages, synthetic, strict=True):
        assert (WORDS[lang]["synthetic"] in _text(page).lower()) == is_synthetic


def test_the_legend_lists_every_layer_of_a_map_view(deck):
    slide = build_slide(deck[1], "en")
    titles = [t(f"layer.{layer}", "en") for layer in ("departments", "border_villages", "crossings")]
    assert set(titles) <= {label.strip() for _colour, label in slide.legend}
    text = _text(_pages(deck_pdf(deck[1:2], "en"))[0])
    for title in titles:
        assert title in text


def test_figures_come_from_the_pages_own_functions(deck):
    from atlas.features.map.analysis.figures import key_figures

    slide = build_slide(deck[0], "fr")
    assert dict(slide.figures)["Sites miniers"] == str(key_figures("Saraya")["mining_sites"])


def test_an_empty_deck_has_no_pdf():
    with pytest.raises(ValueError):
        deck_pdf((), "fr")


def test_a_deck_never_draws_a_layer_above_the_role_it_is_built_for():
    """A deck link or file is user input: a viewer's deck asking for shelter availability does not get it."""
    from atlas.features.deck.analysis.model import DeckView
    from atlas.features.deck.reports.slides import build_slide
    from atlas.foundation.i18n import t

    view = DeckView("map", "crafted", (("layers", "services_areas,mining_sites"),))
    shelters = t("layer.services_areas", "en")
    viewer, partner = build_slide(view, "en", "viewer"), build_slide(view, "en", "partner")
    assert shelters not in [label for _c, label in viewer.legend]
    assert shelters in [label for _c, label in partner.legend]
    assert t("layer.mining_sites", "en") in [label for _c, label in viewer.legend]
    assert shelters not in build_slide(view, "en").legend.__repr__()  # the default is a viewer
