"""Meeting deck page: the saved views of every page, presented one by one, shared and printed."""

from __future__ import annotations

from atlas.common.web.urlstate import get_language
from atlas.features.deck.web.page import deck_page

PAGE_FILES = {name: f"app_pages/{name}.py" for name in ("map", "risk", "outreach", "csr")}

deck_page(get_language(), PAGE_FILES)
