"""The whole proof-ledger story in a real Chromium against a real server (gunicorn and the
background worker), with mail going through a real local SMTP server.

A designer signs up, adds a client and a project, uploads version 1 and sends it for
approval; the client opens the emailed link in a separate browser, pins a comment and
approves; the designer gives a changed final file to the release gate, which refuses it and
lists the change; the designer requests approval of that file, the client approves it, and the
gate releases it with a certificate."""

from __future__ import annotations

import hashlib
import io
import re
import time

import pypdf
import pytest

from ownup.web.ledger.demo.brochure import brochure_pdf

from .browser import Server, csp_violations, launch_chromium, shot
from .helpers import text_of

pytestmark = pytest.mark.browser

DESIGNER = {
    "name": "Lise Moreau",
    "email": "lise@atelier.test",
    "password": "un mot de passe solide 2026",
}


def _link(inbox, count: int) -> str:  # type: ignore[no-untyped-def]
    """The link of the count-th approval email to arrive."""
    deadline = time.monotonic() + 30
    while True:
        approvals = [m for m in inbox.messages if "/review/" in text_of(m)]
        if len(approvals) >= count or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert len(approvals) >= count, [m["Subject"] for m in inbox.messages]
    return re.search(r"http://\S+/review/[\w\-]+/", text_of(approvals[count - 1])).group(0)


def _wait_text(page, text: str, timeout: float = 60_000) -> None:  # type: ignore[no-untyped-def]
    page.get_by_text(text, exact=False).first.wait_for(timeout=timeout)


def test_proof_ledger_story_in_the_browser(app_env, smtp_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect, sync_playwright

    approved_file = tmp_path / "brochure-v1.pdf"
    approved_file.write_bytes(brochure_pdf("v3"))
    final_file = tmp_path / "brochure-final.pdf"
    final_file.write_bytes(brochure_pdf("final"))
    env = {**app_env, "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(smtp_server.port)}
    server = Server(env, tmp_path / "server.log")
    server.start()
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            designer = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
            blocked = csp_violations(designer)
            page = designer.new_page()
            page.set_default_timeout(30_000)

            # Sign up.
            page.goto(server.url + "/accounts/signup/")
            page.get_by_label("Your name").fill(DESIGNER["name"])
            page.get_by_label("Email").fill(DESIGNER["email"])
            page.get_by_label("Password").fill(DESIGNER["password"])
            page.get_by_label("Studio or business name").fill("Atelier Lise Moreau")
            page.get_by_role("button", name="Create my account").click()
            expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
            shot(page, "e2e-01-dashboard")

            # A client with its contact, then a project and a deliverable.
            page.get_by_role("link", name="New client").first.click()
            page.get_by_label("Company").fill("Domaine des Tilleuls")
            page.get_by_label("Name").fill("Claire Martin")
            page.get_by_label("Email").fill("claire@tilleuls.test")
            page.get_by_label("Preferred language").select_option("fr")
            page.get_by_role("button", name="Save").click()
            page.get_by_role("link", name="New project").click()
            page.get_by_label("Name").fill("Rencontres d'automne")
            page.get_by_role("button", name="Create").click()
            page.get_by_label("Deliverable").fill("Brochure A5")
            page.get_by_role("button", name="Create").click()
            expect(page.get_by_role("heading", name="Brochure A5")).to_be_visible()

            # Version 1.
            page.get_by_label("File (PDF, PNG, JPEG or TIFF)").set_input_files(str(approved_file))
            page.get_by_role("button", name="Upload", exact=True).click()
            expect(page.get_by_role("heading", name="Version 1")).to_be_visible()
            page.locator("#page-2 img").wait_for(timeout=60_000)  # previews drawn by the worker
            shot(page, "e2e-02-version-1")

            # Send it for approval; the email arrives at the SMTP server.
            page.get_by_label("Claire Martin").check()
            page.get_by_label("Message").fill("Voici le BAT de la brochure.")
            page.get_by_role("button", name="Send the approval link").click()
            expect(page.get_by_text("Approval link sent to Claire Martin")).to_be_visible()
            link = _link(smtp_server, 1)
            assert link.startswith(server.url)

            # The client, in a separate browser context, with no account.
            client_context = browser.new_context(
                locale="fr-FR",
                viewport={"width": 390, "height": 844},
                user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) ClientPhone",
            )
            blocked += csp_violations(client_context)
            client = client_context.new_page()
            client.set_default_timeout(30_000)
            client.goto(link)
            expect(client.get_by_role("heading", name="Votre décision")).to_be_visible()
            client.locator("[data-page='1']").click(position={"x": 120, "y": 200})
            client.get_by_label("Commentaire", exact=True).fill(
                "Le logo pourrait être un peu plus grand."
            )
            client.get_by_role("button", name="Épingler le commentaire").click()
            expect(client.locator(".pin")).to_have_count(1)
            shot(client, "e2e-03-client-review-phone")
            client.get_by_label("Bon à tirer", exact=True).check()
            client.get_by_label("Votre nom", exact=True).fill("Claire Martin")
            client.get_by_role("button", name="Envoyer ma décision").click()
            expect(client.get_by_text("Merci, votre décision est enregistrée")).to_be_visible()
            shot(client, "e2e-04-client-decided")

            # A changed final file: the gate refuses it and lists the change.
            page.goto(page.url)
            page.get_by_role("link", name="Brochure A5").first.click()
            page.get_by_label("The final file you are about to send").set_input_files(
                str(final_file)
            )
            page.get_by_label("Sent to (printer, delivery…)").fill("Imprimerie Durand")
            page.get_by_role("button", name="Check and release").click()
            expect(
                page.get_by_role("heading", name="Refused: do not send this file")
            ).to_be_visible()
            page.locator("ol.changes").wait_for(timeout=90_000)  # the worker compares
            expect(page.locator("ol.changes")).to_contain_text("02 41 88 74 35")
            expect(page.locator(".pair .box").first).to_be_visible()
            shot(page, "e2e-05-gate-refused")
            page.get_by_role("button", name="Overlay").click()
            expect(page.locator(".overlay").first).to_be_visible()
            expect(page.locator(".side").first).to_be_hidden()
            page.locator(".overlay [data-fade]").first.fill("100")
            opacity = page.locator(".overlay img.top").first.evaluate("e => e.style.opacity")
            assert opacity == "1"  # the slider shows the new version fully
            shot(page, "e2e-05b-overlay")

            # One click: the refused file becomes version 2; send it for approval.
            page.get_by_role("button", name="Request approval of this file").click()
            expect(page.get_by_role("heading", name="Version 2")).to_be_visible()
            page.locator("#page-2 img").wait_for(timeout=60_000)  # its previews are drawn
            page.get_by_label("Claire Martin").check()
            page.get_by_role("button", name="Send the approval link").click()
            expect(page.get_by_text("Approval link sent to Claire Martin")).to_be_visible()
            second_link = _link(smtp_server, 2)
            assert second_link != link
            client.goto(second_link)
            client.get_by_label("Bon à tirer", exact=True).check()
            client.get_by_label("Votre nom", exact=True).fill("Claire Martin")
            client.get_by_role("button", name="Envoyer ma décision").click()
            expect(client.get_by_text("Merci, votre décision est enregistrée")).to_be_visible()

            # The same final file now passes the gate; the certificate names it and its hash.
            page.get_by_role("link", name="Brochure A5").first.click()
            page.get_by_label("The final file you are about to send").set_input_files(
                str(final_file)
            )
            page.get_by_role("button", name="Check and release").click()
            expect(page.get_by_role("heading", name="Passed: released")).to_be_visible()
            expect(
                page.get_by_text("Identical to version 2, approved by Claire Martin")
            ).to_be_visible()
            shot(page, "e2e-06-gate-passed")
            with page.expect_download() as download_info:
                page.get_by_role("link", name="Download the release certificate (PDF)").click()
            certificate = download_info.value.path().read_bytes()
            text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(certificate)).pages)
            assert hashlib.sha256(final_file.read_bytes()).hexdigest() in text.replace("\n", "")
            assert "Claire Martin" in text and "brochure-final.pdf" in text
            page.get_by_role("link", name="Printable certificate").click()
            expect(page.get_by_role("button", name="Print")).to_be_visible()
            page.go_back()

            # The audit trail tells the whole story.
            page.get_by_role("link", name="Brochure A5").first.click()
            page.get_by_role("link", name="Audit trail").first.click()
            for event in [
                "Version uploaded",
                "Approval link sent",
                "Approval link opened",
                "Comment pinned",
                "Decision recorded",
                "Release refused by the gate",
                "Comparison run",
                "Released",
            ]:
                expect(
                    page.locator(".timeline").get_by_text(event, exact=True).first
                ).to_be_visible()
            shot(page, "e2e-07-audit-trail")

            # The outbox shows each email as sent; answers to the client's go to the designer.
            page.goto(server.url + "/mail/outbox/")
            expect(page.get_by_text(f"replies to {DESIGNER['email']}").first).to_be_visible()
            page.locator(".rows a").first.click()
            expect(page.locator("iframe.outbox-html")).to_be_visible()
            # Nothing on any page was blocked by the Content Security Policy.
            assert blocked == []
            browser.close()
    except BaseException:
        print(server.log.read_text()[-6000:])  # shown by pytest with the failure
        raise
    finally:
        server.stop()
