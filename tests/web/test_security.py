"""Security settings: headers on every page, HTTPS hardening by one variable, CSRF, admin."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest
from django.test import Client

from .helpers import REPO

pytestmark = pytest.mark.django_db(transaction=True)


def test_security_headers_on_every_page() -> None:
    response = Client().get("/accounts/login/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_content_security_policy_allows_only_our_own_scripts_and_styles(world) -> None:  # type: ignore[no-untyped-def]
    owner = world.client_for("owner")
    for url in ("/accounts/login/", world.deliverable.get_absolute_url(), "/mail/outbox/"):
        response = owner.get(url)
        assert response.status_code == 200
        policy = response["Content-Security-Policy"]
        directives = {d.partition(" ")[0]: d.partition(" ")[2] for d in policy.split("; ")}
        assert directives["script-src"] == "'self'"
        assert directives["style-src"] == "'self'"
        assert directives["object-src"] == "'none'"
        assert "unsafe" not in directives["default-src"]


def test_no_template_carries_inline_script_or_event_handler() -> None:
    """The policy would block them in the browser: inline code must live in static files."""
    import re

    inline_script = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
    handler = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
    offenders = []
    for path in (REPO / "ownup" / "web").rglob("*.html"):
        if "static" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (inline_script, handler):
            offenders += [f"{path.relative_to(REPO)}: {m.group(0)}" for m in pattern.finditer(text)]
    assert offenders == []


def test_https_mode_passes_djangos_deployment_checks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "OWNUP_HTTPS": "1",
        "OWNUP_SECRET_KEY": secrets.token_urlsafe(60),
        "OWNUP_DATA_DIR": str(tmp_path),
        "OWNUP_ALLOWED_HOSTS": "ownup.example.com",
        "DJANGO_SETTINGS_MODULE": "ownup.web.settings",
    }
    # Another test module sets this for its browser; a deployment never has it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "-m", "ownup.web", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, "
            "s.SECURE_SSL_REDIRECT)",
        ],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert shown.stdout.split() == ["True", "True", "31536000", "True"]


def test_forms_refuse_a_post_without_csrf_token(studio) -> None:  # type: ignore[no-untyped-def]
    client = Client(enforce_csrf_checks=True)
    client.force_login(studio.owner)
    response = client.post("/clients/new/", {"client-company": "X"})
    assert response.status_code == 403


def test_admin_is_for_staff_only(studio) -> None:  # type: ignore[no-untyped-def]
    assert studio.client_for("owner").get("/admin/").status_code == 302
    studio.owner.is_staff = studio.owner.is_superuser = True
    studio.owner.save()
    admin = studio.client_for("owner")
    assert admin.get("/admin/").status_code == 200
    assert admin.get("/admin/ledger/auditevent/").status_code == 200
