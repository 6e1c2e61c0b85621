"""Mail: every email in both languages, kept in the outbox, delivered through a real SMTP
server when one is configured; reminders for slow approvals and expiring links."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from ownup.web.ledger import services
from ownup.web.ledger.models import ApprovalRequest, AuditEvent, EventKind
from ownup.web.ledger.reminders import send_due_reminders
from ownup.web.mail.models import MailStatus, OutboxMessage
from ownup.web.mail.service import render_mail

from .helpers import run_tasks, text_of, upload

pytestmark = pytest.mark.django_db(transaction=True)

CONTEXTS = {
    "approval_request": {
        "contact_name": "Claire",
        "sender": "Lise",
        "workspace": "Atelier",
        "deliverable": "Brochure",
        "version": 3,
        "pages": 2,
        "message": "",
        "link": "http://x/review/t/",
        "expires_at": timezone.now(),
    },
    "approval_reminder": {
        "contact_name": "Claire",
        "deliverable": "Brochure",
        "version": 3,
        "workspace": "Atelier",
        "link": "http://x/r/",
        "expires_at": timezone.now(),
    },
    "reminder_sent": {
        "user_name": "Lise",
        "contact_name": "Claire",
        "deliverable": "Brochure",
        "version": 3,
        "sent_at": timezone.now(),
        "link": "http://x/d/",
    },
    "link_expiring": {
        "user_name": "Lise",
        "contact_name": "Claire",
        "deliverable": "Brochure",
        "version": 3,
        "expires_at": timezone.now(),
        "link": "http://x/d/",
    },
    "decision_received": {
        "user_name": "Lise",
        "signer": "Claire",
        "outcome": "approved",
        "note": "",
        "deliverable": "Brochure",
        "version": 3,
        "link": "http://x/d/",
    },
    "password_reset": {"link": "http://x/reset/", "user_name": "Lise"},
    "invitation": {"workspace": "Atelier", "inviter": "Lise", "link": "http://x/i/"},
}


@pytest.mark.parametrize("kind", sorted(CONTEXTS))
def test_every_email_exists_in_both_languages(kind: str) -> None:
    english = render_mail(kind, "en", CONTEXTS[kind])
    french = render_mail(kind, "fr", CONTEXTS[kind])
    for subject, text, html in (english, french):
        assert subject and "\n" not in subject
        assert CONTEXTS[kind]["link"] in text and CONTEXTS[kind]["link"] in html
        assert html.lstrip().lower().startswith("<!doctype html>")
    assert english[0] != french[0] and english[1] != french[1]
    assert "Bonjour" in french[1] and "Hello" in english[1]


def test_without_smtp_messages_stay_in_the_outbox_marked_not_sent(world) -> None:  # type: ignore[no-untyped-def]
    messages = OutboxMessage.objects.all()
    assert messages.exists()
    assert set(messages.values_list("status", flat=True)) == {MailStatus.NOT_SENT}
    owner = world.client_for("owner")
    page = owner.get("/mail/outbox/").content.decode()
    assert "Not sent (no SMTP server configured)" in page
    message = messages.filter(kind="approval_request").first()
    detail = owner.get(f"/mail/outbox/{message.pk}/").content.decode()
    assert "claire@tilleuls.test" in detail and "/review/" in detail
    assert message.reply_to == "lise@studio.test"
    assert "replies to lise@studio.test" in page
    assert "Reply-To</dt><dd>lise@studio.test</dd>" in detail


def test_approval_email_arrives_by_smtp_in_the_contacts_language(studio, smtp) -> None:  # type: ignore[no-untyped-def]
    version = upload(studio, "v3", "v1.pdf")
    services.send_for_approval(version, [studio.contact], studio.owner, "Voici le BAT.")
    run_tasks()
    (message,) = smtp.wait_for(1)
    assert message["To"] == "claire@tilleuls.test"
    assert message["Reply-To"] == "lise@studio.test"  # the client answers the sender
    assert message["Subject"] == "Épreuve à approuver : Brochure A5, version 1"
    body = text_of(message)
    assert "Voici le BAT." in body and "/review/" in body
    assert message.get_body(preferencelist=("html",)) is not None
    stored = OutboxMessage.objects.get(kind="approval_request")
    assert stored.status == MailStatus.SENT and stored.sent_at is not None


def test_smtp_failure_is_recorded_not_lost(studio, settings) -> None:  # type: ignore[no-untyped-def]
    from .helpers import free_port

    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 2},
        }
    }
    settings.OWNUP_MAIL_DELIVERY = "smtp"
    version = upload(studio, "v3", "v1.pdf")
    services.send_for_approval(version, [studio.contact], studio.owner)
    run_tasks()
    message = OutboxMessage.objects.get(kind="approval_request")
    assert message.status == MailStatus.FAILED and "Connection" in message.error


def test_reminders_for_a_slow_approval_and_an_expiring_link(studio, smtp, settings) -> None:  # type: ignore[no-untyped-def]
    settings.OWNUP_REMINDER_AFTER_HOURS = 48
    settings.OWNUP_EXPIRY_WARNING_HOURS = 24
    version = upload(studio, "v3", "v1.pdf")
    (request,) = services.send_for_approval(version, [studio.contact], studio.owner)
    run_tasks()
    smtp.messages.clear()
    assert send_due_reminders() == 0  # nothing is due yet

    ApprovalRequest.objects.filter(pk=request.pk).update(
        created_at=timezone.now() - timedelta(hours=49)
    )
    assert send_due_reminders() == 1
    assert send_due_reminders() == 0  # never twice
    run_tasks()
    messages = smtp.wait_for(2)
    to_client = smtp.to("claire@tilleuls.test")
    to_user = smtp.to("lise@studio.test")
    assert len(to_client) == 1 and to_client[0]["Subject"].startswith("Rappel")
    assert len(to_user) == 1 and "has not answered yet" in to_user[0]["Subject"]
    # The client's reminder is answered to the person who asked for approval; the note to
    # that person has nobody else to answer to.
    assert to_client[0]["Reply-To"] == "lise@studio.test"
    assert to_user[0]["Reply-To"] is None
    # The reminder carries its own working link (the first token was never stored).
    import re

    token = re.search(r"/review/([\w\-]+)/", text_of(to_client[0])).group(1)
    assert ApprovalRequest.find_by_token(token) == request

    ApprovalRequest.objects.filter(pk=request.pk).update(
        expires_at=timezone.now() + timedelta(hours=5)
    )
    assert send_due_reminders() == 1
    run_tasks()
    smtp.wait_for(len(messages) + 1)
    expiring = [m for m in smtp.to("lise@studio.test") if "expire" in m["Subject"]]
    assert len(expiring) == 1
    kinds = set(AuditEvent.objects.values_list("kind", flat=True))
    assert {EventKind.REMINDED, EventKind.EXPIRY_WARNED} <= kinds


def test_no_reminder_once_decided(world) -> None:  # type: ignore[no-untyped-def]
    ApprovalRequest.objects.update(created_at=timezone.now() - timedelta(days=5))
    # Only the request without a decision is reminded.
    assert send_due_reminders() == 1
    assert ApprovalRequest.objects.get(pk=world.extra["request"].pk).reminded_at is None
