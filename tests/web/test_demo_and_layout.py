"""The demo a newcomer gets from `make run`, and every main page looked at in a real browser,
in English and French, on a laptop and on a phone: nothing may overflow sideways.

Screenshots are kept under test-artifacts/layout/ for people to review."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ownup.web.ledger.demo.loader import DEMO_EMAIL, DEMO_PASSWORD

from .browser import Server, csp_violations, launch_chromium, shot
from .helpers import REPO

pytestmark = pytest.mark.browser

VIEWPORTS = {"laptop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def test_demo_gate_stops_the_changed_file_and_pages_fit_every_screen(app_env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect, sync_playwright

    loaded = subprocess.run(
        [sys.executable, "-m", "ownup.web", "load_demo"],
        env=app_env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert DEMO_EMAIL in loaded.stdout and DEMO_PASSWORD in loaded.stdout
    server = Server(app_env, tmp_path / "server.log")
    server.start()
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            context = browser.new_context(locale="en-GB", viewport=VIEWPORTS["laptop"])
            blocked = csp_violations(context)
            page = context.new_page()
            page.goto(server.url + "/accounts/login/")
            page.get_by_label("Email").fill(DEMO_EMAIL)
            page.get_by_label("Password").fill(DEMO_PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            # What a newcomer does first: open the refused file on the dashboard.
            page.get_by_role("link", name="brochure-final.pdf").first.click()
            expect(
                page.get_by_role("heading", name="Refused: do not send this file")
            ).to_be_visible()
            page.locator("ol.changes").wait_for(timeout=60_000)
            expect(page.locator("ol.changes")).to_contain_text("02 41 88 74 35")
            check_url = page.url
            page.get_by_role("link", name="Brochure A5").first.click()
            deliverable_url = page.url
            page.get_by_role("link", name="Version 3", exact=True).click()
            version_url = page.url
            pages = {
                "dashboard": server.url + "/",
                "clients": server.url + "/clients/",
                "deliverable": deliverable_url,
                "version": version_url,
                "gate-refused": check_url,
                "timeline": deliverable_url + "timeline/",
                "outbox": server.url + "/mail/outbox/",
            }
            for language in ("en", "fr"):
                page.goto(server.url + "/")
                page.locator(f".langswitch button[value='{language}']").click()
                for device, viewport in VIEWPORTS.items():
                    page.set_viewport_size(viewport)
                    for name, url in pages.items():
                        page.goto(url)
                        page.wait_for_load_state("networkidle")
                        overflow = page.evaluate(
                            "document.documentElement.scrollWidth - window.innerWidth"
                        )
                        assert overflow <= 1, (language, device, name, overflow)
                        assert page.locator("html").get_attribute("lang") == language
                        shot(page, f"layout/{language}-{device}-{name}")
            assert blocked == []  # nothing was refused by the Content Security Policy
            browser.close()
    except BaseException:
        print(server.log.read_text()[-6000:])  # shown by pytest with the failure
        raise
    finally:
        server.stop()
