"""No Markdown from a link or an imported file reaches the screen as markup (issue 10).

Every query parameter of every page is set to the payload in turn, then every imported text field
(names, notes, provenance, the file name): the Markdown source of every text element, widget label,
help text and table cell must show the payload as typed (escaped), never as an image, a link, a red
alert or HTML.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas.features.csr.analysis.gaps import FACTORS
from atlas.features.csr.analysis.link import CsrLink
from atlas.features.map.analysis.link import MapLink
from atlas.features.outreach.analysis.link import OutreachLink
from tests.helpers.injection import PAYLOAD, unescaped

TEXT_KINDS = ("markdown", "caption", "error", "warning", "info", "success", "title", "header", "subheader", "toast")
WIDGET_KINDS = (
    "selectbox",
    "multiselect",
    "radio",
    "checkbox",
    "toggle",
    "slider",
    "text_input",
    "number_input",
    "button",
    "button_group",
    "expander",
    "tabs",
    "metric",
)

MARKDOWN_OPTIONS = ("radio", "button_group")  # their option labels are rendered as Markdown
# Every parameter each page reads from its link (the Link classes' fields plus page-level ones).
PAGE_PARAMS: dict[str, tuple[str, ...]] = {
    "app_pages/map.py": ("lang", "dept", "layers", "tiles", "lat", "lon", "zoom", "present"),
    "app_pages/risk.py": ("period", "category", "compare"),
    "app_pages/outreach.py": ("start", "stops", "season", "return", "hours", "visit", "vehicle"),
    "app_pages/csr.py": ("concession", "radius", "compare", "company", "season", *(f"w_{f}" for f in FACTORS), "w_x"),
    "app_pages/deck.py": ("deck", "present", "slide"),
    "app_pages/data.py": ("lang",),
}


def screen_texts(at: AppTest) -> list[str]:
    """The Markdown sources the run drew: text elements, widget labels and help, table cells."""
    texts: list[str] = []
    for kind in TEXT_KINDS:
        texts += [str(element.value) for element in getattr(at, kind)]
    for kind in WIDGET_KINDS:  # labels and help are Markdown; a selectbox's options and an input's value are not
        for widget in at.get(kind):
            texts += [str(getattr(widget, attr, "") or "") for attr in ("label", "help")]
            if kind in MARKDOWN_OPTIONS:
                texts += [str(option) for option in (getattr(widget, "options", None) or [])]
    for table in at.table:
        frame = table.value
        texts += [str(c) for c in frame.columns] + [str(i) for i in frame.index]
        texts += [str(v) for v in frame.to_numpy().ravel()]
    return texts


def assert_no_live_markup(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    live = {text: found for text in screen_texts(at) if (found := unescaped(text))}
    assert not live, live


def test_the_table_lists_every_parameter_the_links_write():
    """A new link parameter must be added above, so it is attacked too."""
    written = {
        "app_pages/map.py": MapLink(
            lang="fr", department="Saraya", layers=("roads",), tiles=True, lat=12.5, lon=-12.1, zoom=9
        ),
        "app_pages/outreach.py": OutreachLink("a", ("b",), "rainy", False, 8.0, 30, "motorbike"),
    }
    for page, link in written.items():
        assert set(link.to_query()) <= set(PAGE_PARAMS[page]), page
    assert {f.name for f in dataclasses.fields(CsrLink)} - {
        "radius_km",
        "weights",
        "weights_ignored",
        "weights_all_zero",
    } <= set(PAGE_PARAMS["app_pages/csr.py"])


@pytest.mark.parametrize(("page", "param"), [(p, k) for p, keys in PAGE_PARAMS.items() for k in keys])
def test_a_hostile_link_parameter_shows_as_typed(open_page, page, param):
    at = open_page(page, PAYLOAD) if param == "lang" else open_page(page, "fr", **{param: PAYLOAD})
    assert_no_live_markup(at)


def test_the_csr_weight_warning_quotes_the_link_as_typed(open_page):
    """The issue's example: the warning is there, with the payload's characters, but no markup."""
    at = open_page("app_pages/csr.py", "fr", w_border=PAYLOAD)
    warnings = [str(w.value) for w in at.warning]
    assert any("Mise à jour urgente" in w and "w\\_border" in w for w in warnings), warnings
    assert_no_live_markup(at)


def test_a_details_table_escapes_every_cell():
    from atlas.common.web.markdown import md_frame

    frame = pd.DataFrame({PAYLOAD: [PAYLOAD, 3.5]}, index=pd.Index(["name", PAYLOAD], name="field"))
    shown = md_frame(frame)
    cells = [*map(str, shown.columns), *map(str, shown.index), *map(str, shown.to_numpy().ravel())]
    assert all(not unescaped(c) for c in cells) and "Mise à jour urgente" in cells[0]


@pytest.mark.parametrize("present", ["", "1"])
def test_a_deck_with_hostile_titles_and_views_shows_them_as_typed(open_page, present):
    """Deck titles are typed by people and travel in links and files: listed and presented, as typed."""
    from atlas.features.deck.analysis.codec import encode_link
    from atlas.features.deck.analysis.model import add, make_view

    deck: tuple = ()
    for page, query in (("csr", {"w_border": PAYLOAD[:60]}), ("map", {"dept": PAYLOAD[:60]}), ("outreach", {})):
        view = make_view(page, PAYLOAD, query)
        assert view is not None
        deck = add(deck, view)
    params = {"deck": encode_link(deck), **({"present": present, "slide": "1"} if present else {})}
    assert_no_live_markup(open_page("app_pages/deck.py", "fr", **params))
