"""Every page, in French and in English, at 1366×768 (a projector): no word of the other language (issue 12).

The text checked is what a reader sees: the page body, the map frames (popups excepted, they are
not open) and the multiselect menus' own buttons. The lists hold words that leaked before.
"""

from __future__ import annotations

import re

import pytest

from atlas.features.outreach.analysis.gazetteer import resolve_stop
from atlas.foundation.i18n import t
from tests.helpers.browser import wait_for_app

pytestmark = pytest.mark.browser

ENGLISH = ("Select all", "motorbike", "synthetic", "Orpaillage site near", "miles", "True", "False", "Language")
ENGLISH += ("fewer than", "Other countries", "not published", "Country of origin")  # the risk page's origin table
FRENCH = ("Langue", "oui", "Sélectionner", "moto ", "synthétique", "Région (total)", "Hors des")
FRENCH += ("moins de", "Autres pays", "non publié", "Pays d'origine", "Nigéria")
FORBIDDEN = {"fr": ENGLISH, "en": FRENCH}

STOPS = ",".join(resolve_stop(n) for n in ("Saraya", "Mako", "Dioura de Fongoli"))
PAGES = {
    "map": "map?",
    "risk": "risk?",
    "outreach": f"outreach?start={resolve_stop('Kedougou')}&stops={STOPS}&vehicle=motorbike&",
    "csr": "csr?concession=Niamia&",
    "data": "data?",
    "deck": "deck?",
}


MENU = "[data-testid='stMultiSelect']"

# Settled: every map frame has drawn its Leaflet container, and the text has stopped changing for 1 s.
SETTLED_JS = """() => {
  const frames = [...document.querySelectorAll("iframe")].filter(f => f.offsetHeight > 0);
  const drawn = frames.every(f => f.contentDocument && f.contentDocument.querySelector(".leaflet-container"));
  const text = document.querySelector("[data-testid='stMain']").innerText;
  const now = Date.now();
  if (window.__atlasText !== text) { window.__atlasText = text; window.__atlasSince = now; }
  return drawn && now - window.__atlasSince > 1000 && !document.querySelector("[data-testid='stStatusWidget']");
}"""

TEXT_JS = """() => {
  const root = document.querySelector("[data-testid='stApp']").cloneNode(true);
  root.querySelectorAll("script, style, iframe").forEach(e => e.remove());
  return root.textContent;
}"""


def _visible_text(page) -> str:
    """The app's text, collapsed expanders included (they are in the page), and each map frame's text."""
    texts = [page.evaluate(TEXT_JS)]
    for frame in page.frames[1:]:
        try:
            texts.append(frame.locator("body").inner_text(timeout=5_000))
        except Exception:  # a frame that went away while the page settled has nothing to show
            continue
    return "\n".join(texts)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_word_of_the_other_language_on_any_page(guarded_context, app_url, name, lang):
    page = guarded_context(viewport={"width": 1366, "height": 768}).new_page()
    page.goto(f"{app_url}/{PAGES[name]}lang={lang}")
    wait_for_app(page)
    page.wait_for_function(SETTLED_JS, timeout=60_000)  # maps and tables are drawn after the script ends
    wait_for_app(page)
    text = _visible_text(page)
    # The stops list's menu (outside collapsed expanders) shows Streamlit's own "Select all" option.
    menus = page.locator(
        "[data-testid='stMain'] [data-testid='stMultiSelect']:not([data-testid='stExpanderDetails'] *)"
    )
    if menus.count():
        menus.first.locator("button[aria-haspopup='listbox']").click()
        option = page.locator("[role='option'][data-key='__select_all__'] [data-item-hl]")
        option.wait_for(state="attached")
        shown = page.evaluate("e => getComputedStyle(e, '::after').content", option.element_handle())
        assert shown == '"' + t("multiselect.select_all", lang) + '"'
        text += "\n" + page.locator("body").inner_text()
        page.keyboard.press("Escape")
    found = [word for word in FORBIDDEN[lang] if re.search(rf"(?<!\w){re.escape(word)}", text)]
    assert not found, f"{name} ({lang}) shows {found}"
