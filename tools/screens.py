"""Screenshots of every page, in French and English, at a projector's 1366×768, into docs/screens/, offline.

Usage:
  .venv/bin/python tools/screens.py                 # every page of main.py's PAGES, both languages,
                                                    # presentation mode, the deck PDF; writes README.md
  .venv/bin/python tools/screens.py NAME=PATH_AND_QUERY ...   # only these, e.g.
  .venv/bin/python tools/screens.py map-present-fr="/?lang=fr&present=1"

The page list is read from atlas/app/main.py's PAGES (parsed, not imported: importing would run
Streamlit), so a page added there (an Activity page, say) is captured without touching this file;
a page that does not load is listed in the index as missing rather than stopping the run. Starts
`atlas serve` on a free local port (the browser tests' helper), aborts any request that would leave
127.0.0.1, waits for the page and its map, and writes NAME.png (the viewport: what a projector
shows) and, for long pages, NAME-full.png (the whole page). The deck PDF's first pages are rendered
with pdftoppm (poppler-utils, a dev tool: `apt-get install poppler-utils`); without it they are
skipped and the index says so.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.browser import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    is_local,
    log_in,
    map_frame,
    running_app,
    wait_for_app,
)

LANGS = ("fr", "en")
DEFAULT_PAGE = "map"  # main.py's default page: Streamlit serves it at "/", not "/map"
MAIN = ROOT / "src" / "atlas" / "app" / "main.py"
FULL_PAGES = frozenset({"risk", "outreach", "csr", "data", "deck"})  # long pages: also captured whole
DECK_PDF_PAGES = 3
TALL_JS = """() => Math.max(...[...document.querySelectorAll(
    "[data-testid='stMain'], [data-testid='stAppViewContainer'], [data-testid='stMainBlockContainer']")]
    .map(e => e.scrollHeight), document.body.scrollHeight)"""  # the first pages of the deck PDF rendered to PNG


@dataclass(frozen=True)
class Shot:
    name: str
    path: str  # path and query after the server's URL
    what: str  # one line for the index
    full: bool = False
    role: str | None = None  # log in with this role first (an account made in the screens' own store)
    nav: dict[str, str] | None = None  # then click this sidebar link, per language (pages only some roles see)


def page_paths(main: Path | None = None) -> list[str]:
    """URL paths of the app's pages, in menu order, from the PAGES list in main.py (parsed, not run)."""
    main = main or MAIN
    tree = ast.parse(main.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == "PAGES" and node.value is not None:  # type: ignore[union-attr]
            entries = ast.literal_eval(node.value)  # type: ignore[union-attr]
            return [str(entry[1]) for entry in entries]
    raise SystemExit(f"{main}: no PAGES list found")


def sample_deck_link() -> str:
    """A four-view deck (map, risk, outreach, CSR) as the deck page's own link parameter."""
    from atlas.features.deck.analysis.codec import encode_link
    from atlas.features.deck.analysis.model import make_view

    views = [
        make_view("map", "Carte de la région / Region map", {"layers": "places,mining_sites,departments"}),
        make_view("risk", "Incidents 2024", {"period": "2024", "category": "all"}),
        make_view("outreach", "Tournée / Outreach", outreach_query()),
        make_view("csr", "RSE / CSR", {"concession": first_concession(), "radius": "15"}),
    ]
    return encode_link(tuple(v for v in views if v is not None))


def outreach_query() -> dict[str, str]:
    """A six-stop dry-season tour from Kédougou (the browser test's tour)."""
    from atlas.features.outreach.analysis.gazetteer import resolve_stop

    stops = ("Saraya", "Khossanto", "Mako", "Dindefelo", "Salemata", "Dioura de Fongoli")
    return {"start": resolve_stop("Kedougou"), "stops": ",".join(resolve_stop(n) for n in stops), "season": "dry"}


def first_concession() -> str:
    from atlas.features.csr.analysis.zone import registry_concessions

    names = [str(n) for n in registry_concessions()["name"]]
    return names[0] if names else ""


def second_concession() -> str:
    from atlas.features.csr.analysis.zone import registry_concessions

    names = [str(n) for n in registry_concessions()["name"]]
    return names[1] if len(names) > 1 else ""


def default_shots() -> list[Shot]:
    """Every page in both languages, presentation mode of the map and of the deck."""
    from urllib.parse import quote

    deck = quote(sample_deck_link(), safe="")
    tour = "&".join(f"{k}={quote(v)}" for k, v in outreach_query().items())
    extra = {
        "outreach": f"&{tour}",  # a planned tour, not an empty form
        "csr": f"&compare={quote(second_concession())}",  # the two-concession comparison shown
        "deck": f"&deck={deck}",
    }
    shots: list[Shot] = []
    for lang in LANGS:
        for page in page_paths():
            shots.append(
                Shot(
                    f"{page}-{lang}",
                    f"/{'' if page == DEFAULT_PAGE else page}?lang={lang}{extra.get(page, '')}",
                    f"{page} page ({lang})",
                    full=page in FULL_PAGES,
                )
            )
        shots.append(
            Shot(
                f"data-steward-{lang}",
                f"/data?lang={lang}",
                f"data page, logged in as a data steward ({lang})",
                full=True,
                role="steward",
            )
        )
        shots.append(
            Shot(
                f"activity-admin-{lang}",
                f"/?lang={lang}",
                f"activity page, logged in as an admin ({lang})",
                full=True,
                role="admin",
                nav={"fr": "Activité", "en": "Activity"},
            )
        )
        shots.append(Shot(f"map-present-{lang}", f"/?lang={lang}&present=1", f"map, presentation mode ({lang})"))
        shots.append(
            Shot(
                f"deck-present-{lang}",
                f"/deck?lang={lang}&deck={deck}&present=1&slide=2",
                f"deck presenting its second view ({lang})",
            )
        )
    return shots


def shrink_png(path: Path, colours: int = 128) -> None:
    """Rewrite `path` as a palette PNG (screens of flat colours lose nothing visible, weigh ~3× less)."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


SCREEN_PASSWORD = "screens-only password, a throwaway store"


def log_in_as(page, role: str) -> None:  # type: ignore[no-untyped-def]
    """Log in from the sidebar as `<role>-screens`, an account added to the screens' own store."""
    from atlas.store import accounts

    name = f"{role}-screens"
    if accounts.get(name) is None:
        accounts.add(name, role, SCREEN_PASSWORD, by="screens")
    log_in(page, name, SCREEN_PASSWORD, name)


def capture(shots: list[Shot], out: Path, size: tuple[int, int], map_wait: float, full: bool) -> dict[str, str]:
    """Take the screenshots; returns {shot name: problem} for those that could not be taken."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    problems: dict[str, str] = {}
    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": size[0], "height": size[1]})
        context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
        page = context.new_page()
        for shot in shots:
            try:
                page.goto(url + shot.path)
                wait_for_app(page, timeout=120_000)
                if shot.role is not None:
                    log_in_as(page, shot.role)
                if shot.nav is not None:  # in-app navigation keeps the session (a new URL would not)
                    lang = "en" if "lang=en" in shot.path else "fr"
                    page.locator("[data-testid='stSidebarNav']").get_by_text(shot.nav[lang], exact=True).click()
                    wait_for_app(page, timeout=120_000)
            except (PlaywrightTimeout, PlaywrightError) as exc:
                problems[shot.name] = f"did not load ({type(exc).__name__})"
                print(f"{shot.name}: {problems[shot.name]}", file=sys.stderr)
                continue
            with contextlib.suppress(PlaywrightTimeout):  # a page with a map: wait until it is drawn
                map_frame(page, timeout=map_wait * 1000)
            page.wait_for_timeout(2500)  # map features and charts draw after the frame
            if page.locator("[data-testid='stException']").count():
                problems[shot.name] = "the page shows an exception"
            targets = [(out / f"{shot.name}.png", False)]
            if shot.full or full:
                targets.append((out / f"{shot.name}-full.png", True))
            for target, whole in targets:
                if whole:  # Streamlit scrolls inside its main block: grow the window to the page's height
                    tall = page.evaluate(TALL_JS)
                    page.set_viewport_size({"width": size[0], "height": max(size[1], min(int(tall), 12_000))})
                    page.wait_for_timeout(2000)
                page.screenshot(path=str(target), full_page=whole)
                if whole:
                    page.set_viewport_size({"width": size[0], "height": size[1]})
                shrink_png(target)
                print(target)
        browser.close()
    return problems


def deck_pdf_pages(out: Path) -> tuple[list[Path], str | None]:
    """The deck PDF of the sample deck, per language, its first pages as PNG; (files, problem)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return [], "pdftoppm not found (apt-get install poppler-utils); deck PDF pages not rendered"
    from atlas.features.deck.analysis.codec import decode_link
    from atlas.features.deck.reports.deck_pdf import deck_pdf

    deck = decode_link(sample_deck_link()).deck
    files: list[Path] = []
    for old in out.glob("deck-pdf-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            pdf = Path(tmp) / f"deck-{lang}.pdf"
            pdf.write_bytes(deck_pdf(deck, lang))
            prefix = out / f"deck-pdf-{lang}"
            subprocess.run(
                [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", str(DECK_PDF_PAGES), str(pdf), str(prefix)],
                check=True,
            )
            for produced in sorted(out.glob(f"deck-pdf-{lang}-*.png")):
                number = int(produced.stem.rsplit("-", 1)[1])  # pdftoppm pads page numbers ("-01")
                target = out / f"deck-pdf-{lang}-{number}.png"
                produced.rename(target)
                shrink_png(target)
                files.append(target)
    return sorted(files), None


def write_index(out: Path, shots: list[Shot], problems: dict[str, str], pdf_problem: str | None, size: str) -> Path:
    """docs/screens/README.md: every picture with what it shows, and what could not be captured."""
    lines = [
        "# Screens",
        "",
        f"Every page of the atlas in French and English at {size.replace('x', '×')} (a meeting-room projector),",
        "made by",
        "`.venv/bin/python tools/screens.py` on the synthetic data shipped with the atlas. `NAME.png` is what",
        "the screen shows without scrolling; `NAME-full.png` is the whole page. Re-run it after a change",
        "that shows (it starts its own server and never leaves 127.0.0.1).",
        "",
        "| picture | shows |",
        "|---|---|",
    ]
    for shot in shots:
        if shot.name in problems and not (out / f"{shot.name}.png").exists():
            lines.append(f"| — | {shot.what}: **missing**, {problems[shot.name]} |")
            continue
        note = f" — **{problems[shot.name]}**" if shot.name in problems else ""
        links = f"[{shot.name}.png]({shot.name}.png)"
        if (out / f"{shot.name}-full.png").exists():
            links += f" · [whole page]({shot.name}-full.png)"
        lines.append(f"| {links} | {shot.what}{note} |")
    pdf_pages = sorted(out.glob("deck-pdf-*.png"), key=lambda p: (p.stem.split("-")[2], int(p.stem.split("-")[3])))
    for png in pdf_pages:
        _, _, lang, page = png.stem.split("-")
        lines.append(f"| [{png.name}]({png.name}) | deck PDF ({lang}), page {page} (one landscape A4 page per view) |")
    if pdf_problem:
        lines.append(f"| — | deck PDF: **{pdf_problem}** |")
    lines.append("")
    index = out / "README.md"
    index.write_text("\n".join(lines), encoding="utf-8")
    return index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    parser.add_argument("--full", action="store_true", help="also the whole page of every shot")
    parser.add_argument("--map-wait", type=float, default=60.0, help="seconds to wait for a map")
    parser.add_argument("--no-pdf", action="store_true", help="skip the deck PDF pages")
    parser.add_argument("shots", nargs="*", metavar="NAME=URL")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ATLAS_HOME", tempfile.mkdtemp(prefix="atlas-screens-"))  # never the user's store
    if args.shots:
        shots = [Shot(name, path, path) for name, _, path in (s.partition("=") for s in args.shots)]
        problems = capture(shots, out, (width, height), args.map_wait, args.full)
        for name, problem in problems.items():
            print(f"{name}: {problem}", file=sys.stderr)
        return 1 if problems else 0
    shots = default_shots()
    problems = capture(shots, out, (width, height), args.map_wait, args.full)
    pdf_problem = "skipped (--no-pdf)" if args.no_pdf else None
    if not args.no_pdf:
        _, pdf_problem = deck_pdf_pages(out)
    print(write_index(out, shots, problems, pdf_problem, args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
