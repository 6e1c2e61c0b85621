"""A real ownup server (gunicorn + worker, `ownup_serve`) and a real Chromium for the
browser tests. Screenshots go to test-artifacts/ for people to look at."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .helpers import REPO, free_port, require_chromium

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


class Server:
    def __init__(self, env: dict, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **env,
            "OWNUP_BASE_URL": self.url,
            "OWNUP_BIND": f"127.0.0.1:{self.port}",
            "OWNUP_WEB_WORKERS": "2",
            "OWNUP_SWEEP_SECONDS": "5",
            "OWNUP_STALE_JOB_SECONDS": "120",
            "OWNUP_LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
        }
        self.log = log
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("ab") as output:  # the server writes to its own copy of it
            self.process = subprocess.Popen(
                [sys.executable, "-m", "ownup.web", "ownup_serve"],
                env=self.env,
                cwd=REPO,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the server did not start:\n" + self.log.read_text()[-3000:])

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()


def launch_chromium(playwright):  # type: ignore[no-untyped-def]
    return playwright.chromium.launch(
        executable_path=require_chromium(), args=CHROMIUM_ARGS, headless=True
    )


def shot(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@contextmanager
def playwright_for_orm_tests() -> Iterator:
    """Playwright's sync API, for a test that also uses the ORM between browser steps.

    Inside it an event loop runs in this thread, so Django keeps the database connections it
    opens there apart from the thread's own (per context, not per thread): pytest-django never
    sees them, and one left open stops the test database from being dropped at the end of the
    run. They are closed on the way out."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        try:
            yield playwright
        finally:
            connections.close_all()


def csp_violations(context) -> list[str]:  # type: ignore[no-untyped-def]
    """Collects what Chromium reports blocked by the Content Security Policy in any page of this
    browser context; a browser test asserts the list stays empty."""
    reported: list[str] = []

    def on_console(message) -> None:  # type: ignore[no-untyped-def]
        if "Content Security Policy" in message.text:
            reported.append(f"{message.page.url if message.page else '?'}: {message.text}")

    context.on("console", on_console)
    return reported
