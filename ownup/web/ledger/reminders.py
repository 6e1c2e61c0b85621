"""Reminders: a link left unanswered too long, and a link about to expire."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ownup.web.ledger.models import ApprovalRequest, EventKind


def _pending() -> list[ApprovalRequest]:
    now = timezone.now()
    candidates = ApprovalRequest.objects.filter(
        revoked_at__isnull=True, expires_at__gt=now, decisions__isnull=True
    ).select_related("version__deliverable__workspace", "contact", "created_by")
    return list(candidates)


def send_due_reminders() -> int:
    """Send what is due; returns how many emails were queued. Safe to run as often as wanted."""
    from ownup.web.ledger.services import approval_link_for_reminder
    from ownup.web.mail.service import send_templated_mail

    now = timezone.now()
    remind_before = now - timedelta(hours=settings.OWNUP_REMINDER_AFTER_HOURS)
    warn_after = now + timedelta(hours=settings.OWNUP_EXPIRY_WARNING_HOURS)
    sent = 0
    for request in _pending():
        deliverable = request.version.deliverable
        if request.reminded_at is None and request.created_at <= remind_before:
            with transaction.atomic():
                claimed = ApprovalRequest.objects.filter(
                    pk=request.pk, reminded_at__isnull=True
                ).update(reminded_at=now)
                if not claimed:
                    continue
                send_templated_mail(
                    "approval_reminder",
                    request.contact.email,
                    request.contact.language,
                    {
                        "contact_name": request.contact.name,
                        "deliverable": deliverable.title,
                        "version": request.version.number,
                        "workspace": deliverable.workspace.name,
                        "link": approval_link_for_reminder(request),
                        "expires_at": request.expires_at,
                    },
                    workspace=deliverable.workspace,
                    reply_to=request.created_by.email if request.created_by else "",
                )
                _tell_sender(
                    request, "reminder_sent", EventKind.REMINDED, sent_at=request.created_at
                )
                sent += 1
        if request.expiry_warned_at is None and request.expires_at <= warn_after:
            with transaction.atomic():
                claimed = ApprovalRequest.objects.filter(
                    pk=request.pk, expiry_warned_at__isnull=True
                ).update(expiry_warned_at=now)
                if not claimed:
                    continue
                _tell_sender(
                    request, "link_expiring", EventKind.EXPIRY_WARNED, expires_at=request.expires_at
                )
                sent += 1
    return sent


def _tell_sender(request: ApprovalRequest, kind: str, event: str, **when: object) -> None:
    """Email the people behind an approval request about it, and note it on the audit trail."""
    from ownup.web.ledger.services import _people_to_tell, record_event
    from ownup.web.mail.service import send_templated_mail

    deliverable = request.version.deliverable
    for person in _people_to_tell(request):
        send_templated_mail(
            kind,
            person.email,
            person.language,
            {
                "user_name": person.name,
                "contact_name": request.contact.name,
                "deliverable": deliverable.title,
                "version": request.version.number,
                "link": settings.OWNUP_BASE_URL + deliverable.get_absolute_url(),
                **when,
            },
            workspace=deliverable.workspace,
        )
    record_event(deliverable, event, "ownup", version=request.version, detail=request.contact.name)
