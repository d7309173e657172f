"""Fixtures for real-browser tests: `app_url` (one server per session) and `page` (fails on egress)."""

from __future__ import annotations

import pytest

from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, is_local, running_app


@pytest.fixture(scope="session")
def app_url():
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
def page(browser):
    """A fresh page; any request to a host other than 127.0.0.1/localhost is aborted and fails the test."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
    external: list[str] = []
    errors: list[str] = []

    def guard(route):
        if is_local(route.request.url):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_default_timeout(60_000)
    yield page
    context.close()
    assert not external, f"requests left the machine: {external[:10]}"
    assert not errors, f"uncaught JavaScript errors: {errors[:5]}"
