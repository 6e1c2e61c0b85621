"""Every email the application sends, kept so it can be read in the app and audited."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ownup.web.accounts.models import Workspace


class MailStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    NOT_SENT = "not_sent", _("Not sent (no SMTP server configured)")
    FAILED = "failed", _("Failed")


class OutboxMessage(models.Model):
    workspace = models.ForeignKey(
        Workspace, null=True, blank=True, on_delete=models.CASCADE, related_name="outbox"
    )
    kind = models.CharField(max_length=60)
    to = models.CharField(max_length=254)
    # Where the recipient's answer goes: the person who sent it, when a client is writing back
    # to a professional (the From address is the application's own, which nobody reads).
    reply_to = models.CharField(max_length=254, blank=True)
    language = models.CharField(max_length=8)
    subject = models.CharField(max_length=300)
    text_body = models.TextField()
    html_body = models.TextField()
    status = models.CharField(max_length=10, choices=MailStatus.choices, default=MailStatus.QUEUED)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.subject} → {self.to}"
