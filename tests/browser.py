"""Headless Debian Chromium through Playwright; never a downloaded browser.

One browser per test session, shared by every folder's browser tests (fixtures are re-exported
by tests/conftest.py): two Playwright instances cannot run in one process.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is needed for browser tests: `make browser` installs it")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in the test thread from here on; the ORM calls the
    # tests make are synchronous and safe. Subprocesses must not inherit this (see test_production_settings).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def page(browser, live_server) -> Iterator[object]:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1024, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def sign_in_as(page, client, user, live_server) -> None:
    """Reuse a real server-side session rather than driving the sign-in form in every test."""
    from tests.conftest import sign_in

    sign_in(client, user)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                               "url": live_server.url}])


def assert_accessible(page, label: str) -> None:
    """axe-core, WCAG 2.2 AA tags, zero violations; and nothing wider than a 320 px screen."""
    from axe_playwright_python.sync_playwright import Axe

    # A click that navigates returns once the new page is committed, before its stylesheet has applied;
    # axe must judge the page as people see it (unstyled header links fail the target-size rule).
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, f"{label}:\n{results.generate_report()}"
    size = page.viewport_size
    page.set_viewport_size({"width": 320, "height": 800})
    overflow = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size(size)
    assert overflow <= 320, f"{label} scrolls sideways at 320 px ({overflow} px wide)"
