"""One place to send an email: render its templates in the recipient's language, keep it in the
outbox, and deliver it in the background.

Each email ``kind`` has three templates under ``mail/templates/mail/<kind>/``: ``subject.txt``,
``body.txt`` and ``body.html``, written with Django's i18n so one set serves French and English.
Other apps call :func:`send_templated_mail` (for example the incidents app to send an apology).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ownup.web.accounts.models import Workspace
from ownup.web.mail.models import MailStatus, OutboxMessage


def render_mail(kind: str, language: str, context: dict[str, Any]) -> tuple[str, str, str]:
    """Subject, text body and HTML body of one email, in ``language``."""
    context = {"base_url": settings.OWNUP_BASE_URL, **context}
    with translation.override(language):
        subject = render_to_string(f"mail/{kind}/subject.txt", context)
        text = render_to_string(f"mail/{kind}/body.txt", context)
        html = render_to_string(f"mail/{kind}/body.html", context)
    return " ".join(subject.split()), text.strip() + "\n", html


def send_templated_mail(
    kind: str,
    to: str,
    language: str,
    context: dict[str, Any],
    workspace: Workspace | None = None,
    reply_to: str = "",
) -> OutboxMessage:
    """Record the email in the outbox and deliver it once the current transaction commits.

    ``reply_to`` is the address the recipient's answer should reach (the sending user's, for
    mail to a client); without it an answer would go to DEFAULT_FROM_EMAIL."""
    subject, text, html = render_mail(kind, language, context)
    message = OutboxMessage.objects.create(
        workspace=workspace,
        kind=kind,
        to=to,
        reply_to=reply_to,
        language=language,
        subject=subject,
        text_body=text,
        html_body=html,
    )
    from ownup.web.core.jobs import enqueue_on_commit
    from ownup.web.mail.tasks import deliver_mail

    enqueue_on_commit(deliver_mail, message.pk)
    return message


def deliver(message: OutboxMessage) -> None:
    """Send one outbox message by SMTP, or mark it as kept when no SMTP server is configured."""
    if message.status == MailStatus.SENT:
        return
    if settings.OWNUP_MAIL_DELIVERY != "smtp":
        message.status = MailStatus.NOT_SENT
        message.save(update_fields=["status"])
        return
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text_body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        reply_to=[message.reply_to] if message.reply_to else None,
    )
    email.attach_alternative(message.html_body, "text/html")
    try:
        email.send(fail_silently=False)
    except OSError as error:  # SMTP errors are OSError subclasses
        message.status = MailStatus.FAILED
        message.error = f"{type(error).__name__}: {error}"[:2000]
        message.save(update_fields=["status", "error"])
        return
    with transaction.atomic():
        message.status = MailStatus.SENT
        message.sent_at = timezone.now()
        message.error = ""
        message.save(update_fields=["status", "sent_at", "error"])
