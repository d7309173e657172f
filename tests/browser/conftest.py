"""Fixtures for real-browser tests.

- `app_url`: one `atlas serve` on a free localhost port for the session;
- `browser`: Debian's headless Chromium through Playwright (missing Chromium fails, never skips);
- `guarded_context(**options)`: a new browser context in which any request to a host other than
  127.0.0.1/localhost is aborted and fails the test at teardown, as does an uncaught JavaScript error;
- `page`: a fresh page in such a context (1500×1100, downloads accepted).

Every test here is marked `browser`. Servers with their own environment (a temporary release or
import folder) come from `tests.helpers.browser.running_app`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.browser import CHROMIUM, CHROMIUM_ARGS, is_local, running_app


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder `browser`, so `-m "not browser"` leaves out exactly this tier."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    with running_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def guarded_context(browser) -> Iterator[Callable[..., object]]:
    """Factory of browser contexts that abort and record every non-local request and every page error.

    All contexts made are closed after the test, then the test fails if anything left the machine
    or a page threw.
    """
    contexts = []
    external: list[str] = []
    errors: list[str] = []

    def guard(route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    def make(**options):
        context = browser.new_context(**options)
        context.route("**/*", guard)
        context.on("page", lambda page: page.on("pageerror", lambda exc: errors.append(str(exc))))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    assert not external, f"requests left the machine: {external[:10]}"
    assert not errors, f"uncaught JavaScript errors: {errors[:5]}"


@pytest.fixture
def page(guarded_context):
    """A fresh page; any request to a host other than 127.0.0.1/localhost is aborted and fails the test."""
    page = guarded_context(viewport={"width": 1500, "height": 1100}, accept_downloads=True).new_page()
    page.set_default_timeout(60_000)
    return page
