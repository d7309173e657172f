"""Screenshots of the app at a projector's 1366×768 (or any size) into docs/screens/, offline.

Usage: .venv/bin/python tools/screens.py [--size 1366x768] NAME=PATH_AND_QUERY ...
e.g.   .venv/bin/python tools/screens.py map-present-fr="/?lang=fr&present=1"
Starts `atlas serve` on a free local port (the browser tests' helper), aborts any request that
would leave 127.0.0.1, waits for the page and the map, and writes NAME.png (viewport only).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.browser import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    is_local,
    map_frame,
    running_app,
    wait_for_app,
)


def shrink_png(path: Path, colours: int = 128) -> None:
    """Rewrite `path` as a palette PNG (screens of flat colours lose nothing visible, weigh ~3× less)."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    parser.add_argument("--full", action="store_true", help="the whole page, not only the viewport")
    parser.add_argument("--map-wait", type=float, default=60.0, help="seconds to wait for a map")
    parser.add_argument("shots", nargs="+", metavar="NAME=URL")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": width, "height": height})
        context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
        page = context.new_page()
        for shot in args.shots:
            name, _, path = shot.partition("=")
            page.goto(url + path)
            wait_for_app(page, timeout=120_000)
            with contextlib.suppress(PlaywrightTimeout):  # a page with a map: wait until it is drawn
                map_frame(page, timeout=args.map_wait * 1000)
            page.wait_for_timeout(2500)  # map features draw after the frame
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=args.full)
            shrink_png(target)
            print(target)
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
