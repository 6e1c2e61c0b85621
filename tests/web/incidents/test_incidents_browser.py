"""End to end in a real Chromium: from a release the gate refused to a closed incident with its
post-mortem, in English and in French. Mail goes through a real local SMTP server (aiosmtpd).
Screenshots land in test-artifacts/incidents/<lang>/."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from ownup.web.incidents.alarms import run_alarms
from ownup.web.incidents.models import ContactLogEntry, Incident
from ownup.web.ledger import services as ledger
from ownup.web.ledger.models import Outcome
from ownup.web.ledger.uploads import check_path

from ..helpers import pdf_file, require_chromium, run_tasks, text_of, upload

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "incidents"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

WORDS = {
    "en": {
        "banner": "C. Martin called 3 h ago — not answered yet",
        "record": "1 incident in 1 delivery this year",
        "greeting": "Hello Claire Martin,",
        "owning": "It is my error, and I take full responsibility for it.",
        "tell": re.compile(r"Tell the client (now|by)"),
        "bad": " Sorry if you were upset.",
    },
    "fr": {
        "banner": "C. Martin a appelé il y a 3 h — pas encore de réponse",
        "record": "1 incident sur 1 livraison cette année",
        "greeting": "Bonjour Claire Martin,",
        "owning": "C'est mon erreur, et j'en assume l'entière responsabilité.",
        "tell": re.compile(r"Prévenez le client (maintenant|d'ici)"),
        "bad": " Désolée si vous avez été contrariée.",
    },
}


@pytest.fixture
def refused_release(studio, tasks):  # type: ignore[no-untyped-def]
    """Version approved by the client, then a changed final file the gate refuses."""
    version = upload(studio, "v3", "brochure-v3.pdf")
    (request,) = ledger.send_for_approval(version, [studio.contact], studio.owner, "BAT")
    ledger.record_decision(request, Outcome.APPROVED, "Claire Martin", "", "203.0.113.5", "test")
    result = ledger.check_release(
        studio.deliverable,
        check_path(pdf_file("final"), "brochure-final.pdf"),
        studio.owner,
        "Imprimerie Durand",
    )
    tasks()  # the comparison behind the refusal, and the approval emails
    assert not result.check.is_released
    return result.check


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_whole_playbook_in_the_browser(
    lang, studio, refused_release, smtp, live_server, monkeypatch
):
    from playwright.sync_api import expect

    from ..browser import csp_violations, playwright_for_orm_tests

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls between
    # browser steps are safe. Only for this test: subprocesses of other tests must not see it.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    words = WORDS[lang]
    studio.contact.language = lang
    studio.contact.save()
    studio.owner.language = lang  # the alarms reach the user in their own language
    studio.owner.save()
    shots = ARTIFACTS / lang
    shots.mkdir(parents=True, exist_ok=True)
    django_client = Client()
    django_client.force_login(studio.owner)
    session = django_client.cookies["sessionid"].value

    with playwright_for_orm_tests() as p:
        browser = p.chromium.launch(executable_path=require_chromium(), args=CHROMIUM_ARGS)
        context = browser.new_context(
            locale="fr-FR" if lang == "fr" else "en-GB", viewport={"width": 1280, "height": 900}
        )
        context.add_cookies(
            [
                {"name": "sessionid", "value": session, "url": live_server.url},
                {"name": "django_language", "value": lang, "url": live_server.url},
            ]
        )
        blocked = csp_violations(context)
        page = context.new_page()
        page.set_default_timeout(15000)

        def shot(name: str) -> None:
            page.screenshot(path=str(shots / f"{name}.png"), full_page=True)

        # 1. Open the incident from the refused release: the comparison's changes are the facts.
        page.goto(f"{live_server.url}/incidents/new/?release={refused_release.pk}")
        facts = page.locator("#id_what_happened")
        expect(facts).to_have_value(re.compile(r"(differs from the approved|diffère de la)"))
        shot("01-open-from-refused-release")
        page.locator("form.form-grid button[type=submit]").click()
        page.wait_for_url(re.compile(r"/incidents/\d+/consequences/$"))
        incident = Incident.objects.get()
        assert incident.origin == "release_gate" and incident.release_check == refused_release

        # 2. Consequences.
        page.check("#id_affects_public")
        page.check("input[name=deadline_rating][value='3']")
        note = {
            "fr": "les brochures ne peuvent pas être distribuées au salon",
            "en": "the brochures cannot be handed out at the fair",
        }[lang]
        page.fill("#id_deadline_note", note)
        page.check("input[name=image_rating][value='2']")
        event = timezone.localtime() + timedelta(days=5)
        page.fill("#id_date_at_stake", event.strftime("%Y-%m-%dT%H:%M"))
        page.fill("#id_date_at_stake_label", "votre salon" if lang == "fr" else "your fair")
        shot("02-consequences")
        page.locator("form.form-grid button[type=submit]").click()

        # 3. The disclosure advice, with its countdown.
        page.wait_for_url(re.compile(r"/disclosure/$"))
        expect(page.locator(".advice .headline")).to_have_text(words["tell"])
        expect(page.locator(".advice [data-deadline]")).to_be_visible()
        shot("03-disclosure-advice")
        page.locator(f"a[href='/incidents/{incident.pk}/remedies/']").last.click()

        # 4. Remedies: two options, ranked, the effortless one first; choose it.
        def add_option(kind, title, hours, cost, effort, harm):  # type: ignore[no-untyped-def]
            page.select_option("#id_kind", kind)
            page.fill("#id_title", title)
            page.fill("#id_hours_to_deliver", str(hours))
            page.fill("#id_cost", str(cost))
            page.select_option("#id_client_effort", str(effort))
            page.fill("#id_harm_undone", str(harm))
            page.locator("#add-remedy button[type=submit]").click()
            page.wait_for_load_state()

        add_option("sticker", "Stickers", 24, 60, 2, 80)
        add_option("reprint", "Reprint", 48, 450, 0, 100)
        first = page.locator(".remedy-list > li").first
        expect(first).to_contain_text("Reprint")
        shot("04-remedies-ranked")
        first.locator("button[name=choose]").click()

        # 5. The calm screen: breathing guide and the track record.
        page.wait_for_url(re.compile(r"/calm/$"))
        expect(page.locator("#track-record")).to_have_text(words["record"])
        page.locator("[data-start]").click()
        page.wait_for_timeout(2500)
        expect(page.locator(".breath-circle.in")).to_have_count(1)
        shot("05-calm-breathing")
        page.locator("#to-messages").click()

        # 6. The email in the client's language, checked live, then sent by SMTP.
        page.wait_for_url(re.compile(r"/messages/$"))
        body = page.locator("#id_email_body")
        expect(body).to_have_value(re.compile("^" + re.escape(words["greeting"])))
        # The first check loads the language pipeline: give it time once.
        expect(page.locator("#checker")).to_have_attribute("data-state", "clean", timeout=60000)
        shot("06-messages-clean")
        original = body.input_value()
        body.fill(original + words["bad"])
        expect(page.locator("#checker mark[data-label=conditional_apology]")).to_have_count(1)
        shot("07-checker-flags-conditional-apology")
        body.fill(original)
        expect(page.locator("#checker")).to_have_attribute("data-state", "clean")
        page.locator("#send-email").click()
        page.wait_for_url(re.compile(rf"/incidents/{incident.pk}/$"))
        run_tasks()
        (sent,) = smtp.wait_for(1)
        assert sent["To"] == studio.contact.email
        text = text_of(sent)
        assert text.startswith(words["greeting"]) and words["owning"] in text
        incident.refresh_from_db()
        assert incident.informed_at is not None
        shot("08-incident-after-email")

        # 7. The client calls and nobody answers: the banner on every page, and an alarm email.
        page.goto(f"{live_server.url}/incidents/contacts/?client={studio.company.pk}")
        page.select_option("#id_contact", str(studio.contact.pk))
        page.select_option("#id_channel", "call")
        page.select_option("#id_direction", "in")
        called = timezone.localtime() - timedelta(hours=3)
        page.fill("#id_at", called.strftime("%Y-%m-%dT%H:%M"))
        page.fill("#id_summary", "Combien d'exemplaires ?" if lang == "fr" else "How many?")
        page.locator("#log-contact button[type=submit]").click()
        page.goto(f"{live_server.url}/clients/")
        banner = page.locator("[data-banner=waiting]")
        expect(banner).to_contain_text(words["banner"])
        shot("09-waiting-banner")
        assert run_alarms()["contact_escalations"] == 1
        run_tasks()
        alarm = smtp.wait_for(2)[-1]
        assert alarm["To"] == studio.owner.email and words["banner"] in str(alarm["Subject"])

        # 8. Answer it: the banner goes.
        banner.locator("a").click()
        row = page.locator("tr", has=page.locator("form[action*='/answer/']"))
        row.locator("input[name=summary]").fill("Rappelée" if lang == "fr" else "Called back")
        row.locator("button[type=submit]").click()
        expect(page.locator("[data-banner=waiting]")).to_have_count(0)
        assert not ContactLogEntry.objects.filter(direction="in", answered_at=None).exists()
        shot("10-answered")

        # 9. Remedy delivered, then close with a post-mortem; export it.
        page.goto(f"{live_server.url}/incidents/{incident.pk}/")
        page.locator("button[value=remedy_agreed]").click()
        page.locator("button[value=remedy_delivered]").click()
        page.goto(f"{live_server.url}/incidents/{incident.pk}/close/")
        page.fill("#id_why_1", "The print differs from the approved proof.")
        page.fill("#id_why_2", "I changed a text block after the approval.")
        page.fill("#id_why_3", "Nothing stopped a changed file from going to print.")
        page.fill("#id_prevention_actions", "Every print job goes through the release gate.")
        page.fill("#id_cost_money", "450")
        page.fill("#id_cost_hours", "6")
        page.locator("form.form-grid button[type=submit]").click()
        page.wait_for_url(re.compile(rf"/incidents/{incident.pk}/$"))
        pdf = page.request.get(f"{live_server.url}/incidents/{incident.pk}/postmortem.pdf")
        assert pdf.ok and pdf.body().startswith(b"%PDF-")
        incident.refresh_from_db()
        assert incident.status == "closed"
        assert incident.timeline().time_to_inform is not None
        shot("11-closed-with-postmortem")
        page.goto(f"{live_server.url}/incidents/")
        expect(page.locator("svg.chart")).to_have_count(4)
        shot("12-dashboard")
        assert blocked == []  # nothing was refused by the Content Security Policy
        browser.close()
