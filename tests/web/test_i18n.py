"""French and English are both first-class: the catalogue is complete and compiled, and pages
follow the browser's language or the one chosen."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from .helpers import REPO, require

PO = REPO / "ownup/web/locale/fr/LC_MESSAGES/django.po"
MO = PO.with_suffix(".mo")


def _entries(text: str) -> list[tuple[str, list[str]]]:
    entries = []
    for block in text.split("\n\n"):
        if "msgid" not in block or block.startswith("#~"):
            continue
        msgid = "".join(re.findall(r'^msgid "(.*)"$', block, re.M))
        continued = re.search(r'^msgid ""\n((?:".*"\n?)+)', block, re.M)
        if continued:
            msgid = "".join(re.findall(r'"(.*)"', continued.group(1)))
        strings = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', block, re.M)
        values = ["".join(re.findall(r'"(.*)"', s)) for s in strings]
        entries.append((msgid, values))
    return entries


def test_every_string_has_a_french_translation() -> None:
    text = PO.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    untranslated = [msgid for msgid, values in _entries(text) if msgid and not all(values)]
    assert untranslated == []
    assert len(_entries(text)) > 300


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    require(bool(msgfmt), "GNU gettext (msgfmt)")
    out = tmp_path / "django.mo"
    subprocess.run([msgfmt, "--check", "-o", str(out), str(PO)], check=True)
    assert out.read_bytes() == MO.read_bytes(), "run `make messages` and commit the .mo"


@pytest.mark.django_db
def test_language_follows_the_browser_and_can_be_switched() -> None:
    client = Client()
    english = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Sign in" in english and 'lang="en"' in english
    french = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert "Se connecter" in french.content.decode() and 'lang="fr"' in french.content.decode()
    switched = client.post("/i18n/setlang/", {"language": "fr", "next": "/accounts/login/"})
    assert switched.status_code == 302
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Mot de passe oublié" in page
