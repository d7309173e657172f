"""Start `streamlit run atlas/app/main.py` on a free localhost port and drive it with Debian's Chromium.

Browser tests are never skipped: if Chromium or Playwright is missing the tests fail, and
`.ci/run` installs both. Every request that would leave 127.0.0.1 is recorded and aborted, and
the test fails on it — that is how "offline first" is proven.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
# While Streamlit swaps a map for a new one, the old iframe lingers with height 0: only the visible one counts.
MAP_FRAME_VISIBLE = MAP_FRAME + ":visible"
ONE_VISIBLE_MAP_JS = f"() => [...document.querySelectorAll({MAP_FRAME!r})].filter(f => f.offsetHeight > 0).length === 1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(extra_env: dict[str, str] | None = None, timeout: float = 90.0) -> Iterator[str]:
    """`streamlit run atlas/app/main.py` on a free port; yields the base URL and stops the server afterwards."""
    port = free_port()
    env = {**os.environ, **(extra_env or {})}
    log_dir = ROOT / ".pytest_cache"
    log_dir.mkdir(exist_ok=True)
    log = open(log_dir / f"streamlit-{port}.log", "w")  # noqa: SIM115 - closed in finally, after the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "atlas", "serve", "--port", str(port), "--address", "127.0.0.1"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start on {url} (exit code {proc.poll()})")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about", "chrome-extension"):
        return True
    return parsed.hostname in LOCAL_HOSTS


def wait_for_app(page, timeout: float = 60_000) -> None:
    """Wait until Streamlit has finished running the script (no 'running' indicator, app body present)."""
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && document.querySelector('[data-testid=\"stMain\"]')",
        timeout=timeout,
    )
    page.wait_for_timeout(300)


def map_frame(page, timeout: float = 60_000):
    """The Leaflet map inside the one visible st_folium iframe, once its container is drawn."""
    page.wait_for_function(ONE_VISIBLE_MAP_JS, timeout=timeout)
    frame = page.frame_locator(MAP_FRAME_VISIBLE)
    frame.locator(".leaflet-container").wait_for(timeout=timeout)
    return frame


def map_iframe(page):
    """The element handle of the visible map iframe (for its position on the page)."""
    page.wait_for_function(ONE_VISIBLE_MAP_JS)
    return page.locator(MAP_FRAME_VISIBLE).element_handle()


def exceptions_on_page(page) -> list[str]:
    return page.locator("[data-testid='stException']").all_inner_texts()


def add_account(home, name: str, role: str, password: str) -> None:
    """An account in the store of a server started with ATLAS_HOME=`home` (before or while it runs)."""
    from atlas.store import accounts

    accounts.add(name, role, password, by="test", url=f"sqlite:///{home}/atlas.gpkg")


def log_in(page, name: str, password: str, who: str) -> None:
    """Log in from the sidebar's box; `who` is the text the sidebar then shows ("Logged in: …")."""
    sidebar = page.locator("[data-testid='stSidebar']")
    sidebar.locator("[data-testid='stExpander'] summary").click()
    sidebar.locator("input[type='text']").last.fill(name)
    sidebar.locator("input[type='password']").fill(password)
    sidebar.locator("[data-testid='stFormSubmitButton'] button").click()
    sidebar.get_by_text(who).wait_for(timeout=30_000)
    wait_for_app(page)
