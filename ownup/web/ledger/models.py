"""The proof ledger: deliverables, their immutable versions, approvals bound to one exact file,
comparisons, the release gate and the append-only audit trail."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ownup.web.accounts.models import Workspace
from ownup.web.clients.models import Contact, Project


class FileKind(models.TextChoices):
    PDF = "pdf", "PDF"
    PNG = "png", "PNG"
    JPEG = "jpeg", "JPEG"
    TIFF = "tiff", "TIFF"


class Deliverable(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="deliverables")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="deliverables")
    title = models.CharField(_("title"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("ledger:deliverable", args=[self.pk])

    def latest_version(self) -> Version | None:
        return self.versions.order_by("-number").first()

    def last_approved_version(self) -> Version | None:
        """The newest version with a positive decision: the reference the gate compares with."""
        for version in self.versions.order_by("-number"):
            decision = version.latest_decision()
            if decision and decision.outcome in Outcome.positive():
                return version
        return None


def version_upload_path(version: Version, filename: str) -> str:
    extension = {"pdf": "pdf", "png": "png", "jpeg": "jpg", "tiff": "tif"}[version.kind]
    return (
        f"ws{version.workspace_id}/deliverable{version.deliverable_id}/"
        f"v{version.number}-{version.sha256[:12]}.{extension}"
    )


class PreviewStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    RUNNING = "running", _("Rendering")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class HasPreviews(models.Model):
    """A stored file whose pages are drawn as pictures in the background."""

    previews_status = models.CharField(
        max_length=10, choices=PreviewStatus.choices, default=PreviewStatus.PENDING
    )
    previews_done = models.PositiveIntegerField(default=0)
    previews_heartbeat = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    def preview_pages(self) -> list[PagePreview]:
        return list(self.previews.order_by("page_number"))


class Version(HasPreviews):
    """One uploaded file. Never overwritten: the file, its hash and its pages are set once."""

    IMMUTABLE_FIELDS = ("file", "sha256", "size_bytes", "page_count", "kind", "number")

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="versions")
    deliverable = models.ForeignKey(Deliverable, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    file = models.FileField(upload_to=version_upload_path, max_length=300)
    original_name = models.CharField(max_length=255)
    kind = models.CharField(max_length=8, choices=FileKind.choices)
    sha256 = models.CharField(max_length=64, db_index=True)
    size_bytes = models.BigIntegerField()
    page_count = models.PositiveIntegerField()
    note = models.CharField(_("note"), max_length=500, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["deliverable", "number"]
        constraints = [
            models.UniqueConstraint(fields=["deliverable", "number"], name="version_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.deliverable} v{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("ledger:version", args=[self.pk])

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            stored = Version.objects.filter(pk=self.pk).values(*self.IMMUTABLE_FIELDS).first()
            if stored is not None:
                for field in self.IMMUTABLE_FIELDS:
                    current = getattr(self, field)
                    current = current.name if field == "file" else current
                    if stored[field] != current:
                        raise ValueError(f"version {self.pk}: {field} is immutable")
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def latest_decision(self) -> Decision | None:
        return self.decisions.order_by("-decided_at", "-id").first()

    @property
    def is_approved(self) -> bool:
        """Only a plain "approved" lets this exact file out; "approved with changes" means the
        corrected file, which will differ, has to come back through the gate."""
        decision = self.latest_decision()
        return decision is not None and decision.outcome == Outcome.APPROVED

    @property
    def status_label(self) -> str:
        decision = self.latest_decision()
        if decision is not None:
            return str(decision.get_outcome_display())
        if self.approval_requests.filter(revoked_at__isnull=True).exists():
            return str(_("Awaiting approval"))
        return str(_("Not sent"))


class PagePreview(models.Model):
    """One page drawn as a picture, of a version or of a file given to the release gate."""

    version = models.ForeignKey(
        Version, null=True, blank=True, on_delete=models.CASCADE, related_name="previews"
    )
    release_check = models.ForeignKey(
        "ReleaseCheck", null=True, blank=True, on_delete=models.CASCADE, related_name="previews"
    )
    page_number = models.PositiveIntegerField()
    image = models.FileField(max_length=300)
    width_px = models.PositiveIntegerField()
    height_px = models.PositiveIntegerField()
    width_pt = models.FloatField()
    height_pt = models.FloatField()

    class Meta:
        ordering = ["page_number"]
        constraints = [
            models.UniqueConstraint(fields=["version", "page_number"], name="one_preview_per_page"),
            models.UniqueConstraint(
                fields=["release_check", "page_number"], name="one_check_preview_per_page"
            ),
        ]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApprovalRequest(models.Model):
    """A link sent to one contact to decide on one version. Only the token's hash is stored."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="approval_requests")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="approval_requests")
    token_hash = models.CharField(max_length=64, unique=True)
    # The reminder carries a second link (the first token was never stored, only its hash).
    reminder_token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    message = models.TextField(_("message"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    first_opened_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    expiry_warned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.version} → {self.contact}"

    @classmethod
    def new_token(cls) -> tuple[str, str]:
        """A fresh link token (shown once, in the email) and the hash that is stored."""
        token = secrets.token_urlsafe(32)
        return token, hash_token(token)

    @classmethod
    def default_expiry(cls) -> timezone.datetime:
        return timezone.now() + timedelta(days=settings.OWNUP_APPROVAL_LINK_DAYS)

    @classmethod
    def find_by_token(cls, token: str) -> ApprovalRequest | None:
        """Look up by hash, then compare in constant time so timing says nothing about it."""
        if not token or len(token) > 100:
            return None
        digest = hash_token(token)
        found = (
            cls.objects.filter(models.Q(token_hash=digest) | models.Q(reminder_token_hash=digest))
            .select_related("version")
            .first()
        )
        if found is None:
            return None
        matches = hmac.compare_digest(found.token_hash, digest) or hmac.compare_digest(
            found.reminder_token_hash or "", digest
        )
        return found if matches else None

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at

    def decision(self) -> Decision | None:
        return self.decisions.order_by("-decided_at").first()

    @property
    def state(self) -> str:
        if self.decision() is not None:
            return "decided"
        if self.is_revoked:
            return "revoked"
        if self.is_expired:
            return "expired"
        return "pending"

    def state_label(self) -> str:
        return {
            "decided": _("Decided"),
            "revoked": _("Revoked"),
            "expired": _("Expired"),
            "pending": _("Waiting"),
        }[self.state]

    @property
    def accepts_decision(self) -> bool:
        return self.state == "pending"


class Comment(models.Model):
    """A note the client pinned on a page, at a point given as fractions of the page size."""

    approval_request = models.ForeignKey(
        ApprovalRequest, on_delete=models.CASCADE, related_name="comments"
    )
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="comments")
    page_number = models.PositiveIntegerField()
    x = models.FloatField()
    y = models.FloatField()
    text = models.TextField(_("comment"), max_length=4000)
    author_name = models.CharField(max_length=160)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["page_number", "created_at"]


class Outcome(models.TextChoices):
    APPROVED = "approved", _("Approved")
    APPROVED_WITH_CHANGES = "approved_with_changes", _("Approved with changes")
    CHANGES_REQUIRED = "changes_required", _("Changes required")

    @classmethod
    def positive(cls) -> set[str]:
        return {cls.APPROVED, cls.APPROVED_WITH_CHANGES}


class Decision(models.Model):
    """A client's decision, bound to the version's SHA-256 at the moment it was taken."""

    approval_request = models.ForeignKey(
        ApprovalRequest, on_delete=models.PROTECT, related_name="decisions"
    )
    version = models.ForeignKey(Version, on_delete=models.PROTECT, related_name="decisions")
    outcome = models.CharField(max_length=32, choices=Outcome.choices)
    signer_name = models.CharField(_("your name"), max_length=160)
    note = models.TextField(_("note"), blank=True, max_length=4000)
    decided_at = models.DateTimeField(default=timezone.now)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=500, blank=True)
    version_sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["-decided_at"]

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("a decision is recorded once and never changed")
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


def comparison_output_path(comparison: Comparison, filename: str) -> str:
    return f"ws{comparison.workspace_id}/comparisons/{comparison.pk}/{filename}"


class Comparison(models.Model):
    """The engine run between an old version and a new version or a file given to the gate.

    The result (JSON, report, annotated PDF) is written in one transaction when the engine has
    finished, so a worker that dies mid-way leaves the record queued/running with no result, and
    the sweep runs it again."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    deliverable = models.ForeignKey(
        Deliverable, on_delete=models.CASCADE, related_name="comparisons"
    )
    old_version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="+")
    new_version = models.ForeignKey(
        Version, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    release_check = models.OneToOneField(
        "ReleaseCheck", null=True, blank=True, on_delete=models.CASCADE, related_name="comparison"
    )
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    progress = models.FloatField(default=0.0)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    result = models.JSONField(null=True, blank=True)
    identical = models.BooleanField(null=True)
    change_count = models.PositiveIntegerField(null=True)
    report_html = models.FileField(upload_to=comparison_output_path, blank=True, max_length=300)
    annotated_pdf = models.FileField(upload_to=comparison_output_path, blank=True, max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def get_absolute_url(self) -> str:
        return reverse("ledger:comparison", args=[self.pk])

    @property
    def new_label(self) -> str:
        if self.new_version is not None:
            return str(_("version %(n)s") % {"n": self.new_version.number})
        if self.release_check is not None:
            return self.release_check.original_name
        return "?"

    @property
    def old_label(self) -> str:
        return str(_("version %(n)s") % {"n": self.old_version.number})

    @property
    def is_finished(self) -> bool:
        return self.status in {JobStatus.DONE, JobStatus.FAILED}

    def changes(self) -> list[dict]:
        return list((self.result or {}).get("changes", []))

    def result_language(self) -> str | None:
        """The language the engine wrote the change summaries in (None for older results)."""
        return (self.result or {}).get("lang")

    def page_pairs(self) -> list[dict]:
        return list((self.result or {}).get("pages", []))


def release_upload_path(check: ReleaseCheck, filename: str) -> str:
    extension = {"pdf": "pdf", "png": "png", "jpeg": "jpg", "tiff": "tif"}[check.kind]
    folder = f"ws{check.workspace_id}/deliverable{check.deliverable_id}"
    return f"{folder}/gate-{check.sha256[:16]}.{extension}"


class GateOutcome(models.TextChoices):
    RELEASED = "released", _("Released")
    REFUSED = "refused", _("Refused")
    NO_APPROVAL = "no_approval", _("Refused: nothing approved yet")


class ReleaseCheck(HasPreviews):
    """The file the user wants to send to print or delivery, and what the gate said about it.

    A check that passes is the release itself: it is recorded with the approval it rests on and
    can be downloaded as a release certificate."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    deliverable = models.ForeignKey(
        Deliverable, on_delete=models.CASCADE, related_name="release_checks"
    )
    file = models.FileField(upload_to=release_upload_path, max_length=300)
    original_name = models.CharField(max_length=255)
    kind = models.CharField(max_length=8, choices=FileKind.choices)
    sha256 = models.CharField(max_length=64, db_index=True)
    size_bytes = models.BigIntegerField()
    page_count = models.PositiveIntegerField()
    destination = models.CharField(_("sent to"), max_length=200, blank=True)
    outcome = models.CharField(
        max_length=16, choices=GateOutcome.choices, default=GateOutcome.REFUSED
    )
    matched_version = models.ForeignKey(
        Version, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    matched_decision = models.ForeignKey(
        Decision, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reference_version = models.ForeignKey(
        Version, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approval_version = models.ForeignKey(
        Version,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="the version created from this file to request its approval",
    )
    certificate_number = models.CharField(max_length=40, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    released_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def get_absolute_url(self) -> str:
        return reverse("ledger:release_check", args=[self.pk])

    @property
    def is_released(self) -> bool:
        return self.outcome == GateOutcome.RELEASED


class EventKind(models.TextChoices):
    UPLOADED = "uploaded", _("Version uploaded")
    LINK_SENT = "link_sent", _("Approval link sent")
    LINK_OPENED = "link_opened", _("Approval link opened")
    LINK_REVOKED = "link_revoked", _("Approval link revoked")
    COMMENTED = "commented", _("Comment pinned")
    DECIDED = "decided", _("Decision recorded")
    COMPARED = "compared", _("Comparison run")
    GATE_REFUSED = "gate_refused", _("Release refused by the gate")
    RELEASED = "released", _("Released")
    REMINDED = "reminded", _("Reminder sent")
    EXPIRY_WARNED = "expiry_warned", _("Link about to expire")


class AuditEvent(models.Model):
    """One line of a deliverable's history. Append-only: never updated, never deleted alone."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    deliverable = models.ForeignKey(
        Deliverable, on_delete=models.CASCADE, related_name="audit_events"
    )
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    at = models.DateTimeField(default=timezone.now)
    actor = models.CharField(max_length=200)
    version = models.ForeignKey(
        Version, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    detail = models.CharField(max_length=500, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("the audit trail is append-only")
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def delete(self, *args: object, **kwargs: object):  # type: ignore[override]
        raise ValueError("the audit trail is append-only")

    def describe(self) -> str:
        """The detail line in the reader's language, rebuilt from the recorded facts."""
        from django.utils.translation import gettext, ngettext

        data = self.data or {}
        sha = str(data.get("sha256", ""))[:16]
        if self.kind == EventKind.DECIDED and "outcome" in data:
            return f"{Outcome(data['outcome']).label} · SHA-256 {sha}…"
        if self.kind == EventKind.COMPARED and data.get("changes") is not None:
            count = int(data["changes"])
            changes = ngettext("%(n)s change", "%(n)s changes", count) % {"n": count}
            old = gettext("version %(n)s") % {"n": data.get("old_label", "?")}
            return f"{old} ↔ {data.get('new_label', '?')}: {changes}"
        if self.kind == EventKind.GATE_REFUSED and "file" in data:
            return gettext("%(file)s (SHA-256 %(sha)s…) matches no approved version") % {
                "file": data["file"],
                "sha": sha,
            }
        if self.kind == EventKind.RELEASED and "file" in data:
            return gettext("%(file)s identical to version %(n)s, approved by %(signer)s") % {
                "file": data["file"],
                "n": data.get("number"),
                "signer": data.get("signer"),
            }
        if self.kind == EventKind.COMMENTED and "page" in data:
            return gettext("page %(page)s: %(text)s") % {
                "page": data["page"],
                "text": data.get("text", ""),
            }
        return self.detail
