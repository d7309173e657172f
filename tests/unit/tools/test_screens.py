"""tools/screens.py: the page list comes from main.py (a page added there is captured), the index lists it all."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _screens():
    spec = importlib.util.spec_from_file_location("screens", ROOT / "tools" / "screens.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["screens"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_pages_are_read_from_main_in_menu_order():
    assert _screens().page_paths()[:6] == ["map", "risk", "outreach", "csr", "data", "deck"]


def test_a_page_added_to_main_is_captured_in_both_languages(tmp_path, monkeypatch):
    screens = _screens()
    main = tmp_path / "main.py"
    text = (ROOT / "src" / "atlas" / "app" / "main.py").read_text(encoding="utf-8")
    main.write_text(
        text.replace(
            '("app_pages/deck.py", "deck", "page.deck", ":material/slideshow:"),',
            '("app_pages/deck.py", "deck", "page.deck", ":material/slideshow:"),\n'
            '    ("app_pages/activity.py", "activity", "page.activity", ":material/history:"),',
        ),
        encoding="utf-8",
    )
    assert screens.page_paths(main)[-1] == "activity"
    monkeypatch.setattr(screens, "MAIN", main)
    monkeypatch.setattr(screens, "sample_deck_link", lambda: "DECK")
    monkeypatch.setattr(screens, "outreach_query", lambda: {"start": "a"})
    monkeypatch.setattr(screens, "second_concession", lambda: "Boto")
    shots = {shot.name: shot.path for shot in screens.default_shots()}
    assert {"activity-fr", "activity-en", "map-present-fr", "deck-present-en", "csr-fr"} <= set(shots)
    assert shots["activity-en"] == "/activity?lang=en" and shots["map-fr"] == "/?lang=fr"  # the default page is "/"


def test_the_index_says_which_page_is_missing(tmp_path):
    screens = _screens()
    shots = [
        screens.Shot("map-fr", "/map?lang=fr", "map page (fr)"),
        screens.Shot("activity-fr", "/x", "activity (fr)"),
    ]
    (tmp_path / "map-fr.png").write_bytes(b"png")
    index = screens.write_index(tmp_path, shots, {"activity-fr": "did not load (TimeoutError)"}, None, "1366x768")
    text = index.read_text(encoding="utf-8")
    assert "[map-fr.png](map-fr.png)" in text and "1366×768" in text
    assert "activity (fr): **missing**, did not load" in text


def test_pages_only_some_roles_see_are_captured_logged_in(monkeypatch):
    """The Activity page is hidden from visitors: its shot logs in as an admin and clicks the menu link."""
    screens = _screens()
    monkeypatch.setattr(screens, "sample_deck_link", lambda: "deck")
    monkeypatch.setattr(screens, "outreach_query", lambda: {"season": "dry"})
    monkeypatch.setattr(screens, "second_concession", lambda: "Boto")
    shots = {shot.name: shot for shot in screens.default_shots()}
    for lang, link in (("fr", "Activité"), ("en", "Activity")):
        activity = shots[f"activity-admin-{lang}"]
        assert activity.role == "admin" and activity.nav is not None and activity.nav[lang] == link
        assert shots[f"data-steward-{lang}"].role == "steward"
    assert shots["map-fr"].role is None  # every other page as an anonymous visitor sees it
