"""Actions on the ledger that touch several records at once, each in one transaction."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ownup.web.accounts.models import Role, User
from ownup.web.clients.models import Contact
from ownup.web.core.jobs import enqueue_on_commit
from ownup.web.ledger.models import (
    ApprovalRequest,
    AuditEvent,
    Comment,
    Comparison,
    Decision,
    Deliverable,
    EventKind,
    GateOutcome,
    Outcome,
    ReleaseCheck,
    Version,
)
from ownup.web.ledger.uploads import CheckedFile
from ownup.web.mail.service import send_templated_mail


def record_event(
    deliverable: Deliverable,
    kind: str,
    actor: str,
    version: Version | None = None,
    detail: str = "",
    **data: object,
) -> AuditEvent:
    return AuditEvent.objects.create(
        workspace_id=deliverable.workspace_id,
        deliverable=deliverable,
        kind=kind,
        actor=actor[:200],
        version=version,
        detail=detail[:500],
        data=data,
    )


def _store_new_file(instance: Version | ReleaseCheck, checked: CheckedFile) -> None:
    with open(checked.path, "rb") as handle:
        instance.file.save(checked.original_name, File(handle), save=False)


def add_version(
    deliverable: Deliverable, checked: CheckedFile, user: User | None, note: str = ""
) -> Version:
    """Store an upload as the deliverable's next version and queue its page previews."""
    stored_name = None
    try:
        with transaction.atomic():
            # Lock the deliverable so two uploads at once cannot take the same number.
            Deliverable.objects.select_for_update().filter(pk=deliverable.pk).first()
            last = deliverable.versions.order_by("-number").first()
            version = Version(
                workspace_id=deliverable.workspace_id,
                deliverable=deliverable,
                number=(last.number + 1) if last else 1,
                original_name=checked.original_name,
                kind=checked.kind,
                sha256=checked.sha256,
                size_bytes=checked.size_bytes,
                page_count=checked.page_count,
                note=note,
                uploaded_by=user,
            )
            _store_new_file(version, checked)
            stored_name = version.file.name
            version.save()
            record_event(
                deliverable,
                EventKind.UPLOADED,
                user.name if user else "ownup",
                version=version,
                detail=f"{checked.original_name} · SHA-256 {checked.sha256[:16]}…",
                sha256=checked.sha256,
                pages=checked.page_count,
            )
            from ownup.web.ledger.tasks import render_previews

            enqueue_on_commit(render_previews, version.pk)
    except BaseException:
        # Nothing half-stored: the file goes if its record could not be written.
        if stored_name:
            from django.core.files.storage import default_storage

            default_storage.delete(stored_name)
        raise
    finally:
        checked.discard()
    return version


def approval_link(token: str) -> str:
    return settings.OWNUP_BASE_URL + reverse("ledger:client_review", args=[token])


def send_for_approval(
    version: Version, contacts: list[Contact], user: User, message: str = ""
) -> list[ApprovalRequest]:
    """One link per contact, each bound to this exact version; the emails go once committed."""
    deliverable = version.deliverable
    created = []
    with transaction.atomic():
        for contact in contacts:
            token, token_hash = ApprovalRequest.new_token()
            request = ApprovalRequest.objects.create(
                workspace_id=version.workspace_id,
                version=version,
                contact=contact,
                token_hash=token_hash,
                message=message,
                created_by=user,
                expires_at=ApprovalRequest.default_expiry(),
            )
            send_templated_mail(
                "approval_request",
                contact.email,
                contact.language,
                {
                    "contact_name": contact.name,
                    "sender": user.name,
                    "workspace": deliverable.workspace.name,
                    "deliverable": deliverable.title,
                    "version": version.number,
                    "pages": version.page_count,
                    "message": message,
                    "link": approval_link(token),
                    "expires_at": request.expires_at,
                },
                workspace=deliverable.workspace,
                reply_to=user.email,
            )
            record_event(
                deliverable,
                EventKind.LINK_SENT,
                user.name,
                version=version,
                detail=f"{contact.name} <{contact.email}>",
                contact_id=contact.pk,
            )
            created.append(request)
    return created


def approval_link_for_reminder(request: ApprovalRequest) -> str:
    token, token_hash = ApprovalRequest.new_token()
    ApprovalRequest.objects.filter(pk=request.pk).update(reminder_token_hash=token_hash)
    return approval_link(token)


def revoke(request: ApprovalRequest, user: User) -> None:
    with transaction.atomic():
        request.revoked_at = timezone.now()
        request.save(update_fields=["revoked_at"])
        record_event(
            request.version.deliverable,
            EventKind.LINK_REVOKED,
            user.name,
            version=request.version,
            detail=request.contact.name,
        )


def note_opened(request: ApprovalRequest, ip: str | None, user_agent: str) -> None:
    """Record the first opening of a link, then at most one opening an hour."""
    now = timezone.now()
    last = (
        AuditEvent.objects.filter(
            deliverable_id=request.version.deliverable_id,
            kind=EventKind.LINK_OPENED,
            data__request_id=request.pk,
        )
        .order_by("-at")
        .first()
    )
    if last is not None and (now - last.at).total_seconds() < 3600:
        return
    with transaction.atomic():
        if request.first_opened_at is None:
            request.first_opened_at = now
            request.save(update_fields=["first_opened_at"])
        record_event(
            request.version.deliverable,
            EventKind.LINK_OPENED,
            request.contact.name,
            version=request.version,
            detail=f"{ip or '?'} · {user_agent[:120]}",
            request_id=request.pk,
        )


def add_comment(
    request: ApprovalRequest, page: int, x: float, y: float, text: str, author: str
) -> Comment:
    with transaction.atomic():
        comment = Comment.objects.create(
            approval_request=request,
            version=request.version,
            page_number=page,
            x=x,
            y=y,
            text=text,
            author_name=author[:160],
        )
        record_event(
            request.version.deliverable,
            EventKind.COMMENTED,
            author,
            version=request.version,
            detail=f"p. {page}: {text[:300]}",
            comment_id=comment.pk,
            page=page,
            text=text[:300],
        )
    return comment


def _people_to_tell(request: ApprovalRequest) -> list[User]:
    if request.created_by is not None:
        return [request.created_by]
    return list(
        User.objects.filter(
            memberships__workspace_id=request.workspace_id, memberships__role=Role.OWNER
        )
    )


def record_decision(
    request: ApprovalRequest,
    outcome: str,
    signer_name: str,
    note: str,
    ip: str | None,
    user_agent: str,
) -> Decision:
    version = request.version
    with transaction.atomic():
        locked = ApprovalRequest.objects.select_for_update().get(pk=request.pk)
        if not locked.accepts_decision:
            raise ValueError("this link no longer accepts a decision")
        decision = Decision.objects.create(
            approval_request=locked,
            version=version,
            outcome=outcome,
            signer_name=signer_name,
            note=note,
            ip=ip,
            user_agent=user_agent[:500],
            version_sha256=version.sha256,
        )
        record_event(
            version.deliverable,
            EventKind.DECIDED,
            signer_name,
            version=version,
            detail=f"{decision.get_outcome_display()} · SHA-256 {version.sha256[:16]}…",
            outcome=outcome,
            sha256=version.sha256,
            ip=ip,
            user_agent=user_agent[:200],
        )
        for person in _people_to_tell(request):
            send_templated_mail(
                "decision_received",
                person.email,
                person.language,
                {
                    "user_name": person.name,
                    "signer": signer_name,
                    "outcome": outcome,
                    "note": note,
                    "deliverable": version.deliverable.title,
                    "version": version.number,
                    "link": settings.OWNUP_BASE_URL + version.deliverable.get_absolute_url(),
                },
                workspace=version.deliverable.workspace,
            )
    return decision


def start_comparison(
    old: Version,
    new: Version | None = None,
    release_check: ReleaseCheck | None = None,
    user: User | None = None,
) -> Comparison:
    """Create the comparison record and queue the engine run."""
    from ownup.web.ledger.tasks import run_comparison

    with transaction.atomic():
        comparison = Comparison.objects.create(
            workspace_id=old.workspace_id,
            deliverable_id=old.deliverable_id,
            old_version=old,
            new_version=new,
            release_check=release_check,
            created_by=user,
        )
        enqueue_on_commit(run_comparison, comparison.pk)
    return comparison


@dataclass
class GateResult:
    check: ReleaseCheck
    comparison: Comparison | None


def check_release(
    deliverable: Deliverable, checked: CheckedFile, user: User, destination: str = ""
) -> GateResult:
    """The release gate. Identical bytes to an approved version: released, with a certificate.
    Anything else: refused, compared with the last approved version, never released."""
    from django.core.files.storage import default_storage

    stored_name = None
    try:
        with transaction.atomic():
            check = ReleaseCheck(
                workspace_id=deliverable.workspace_id,
                deliverable=deliverable,
                original_name=checked.original_name,
                kind=checked.kind,
                sha256=checked.sha256,
                size_bytes=checked.size_bytes,
                page_count=checked.page_count,
                destination=destination,
                checked_by=user,
            )
            _store_new_file(check, checked)
            stored_name = check.file.name
            match = next(
                (
                    v
                    for v in deliverable.versions.filter(sha256=checked.sha256).order_by("-number")
                    if v.is_approved
                ),
                None,
            )
            comparison = None
            if match is not None:
                check.outcome = GateOutcome.RELEASED
                check.matched_version = match
                check.matched_decision = match.latest_decision()
                check.released_at = timezone.now()
                check.certificate_number = _certificate_number()
                check.save()
                decision = check.matched_decision
                record_event(
                    deliverable,
                    EventKind.RELEASED,
                    user.name,
                    version=match,
                    detail=_("%(file)s identical to version %(n)s, approved by %(signer)s")
                    % {
                        "file": checked.original_name,
                        "n": match.number,
                        "signer": decision.signer_name if decision else "?",
                    },
                    sha256=checked.sha256,
                    file=checked.original_name,
                    number=match.number,
                    signer=decision.signer_name if decision else "?",
                    certificate=check.certificate_number,
                    destination=destination,
                )
            else:
                reference = deliverable.last_approved_version()
                check.reference_version = reference
                check.outcome = (
                    GateOutcome.REFUSED if reference is not None else GateOutcome.NO_APPROVAL
                )
                check.save()
                record_event(
                    deliverable,
                    EventKind.GATE_REFUSED,
                    user.name,
                    version=reference,
                    detail=_("%(file)s (SHA-256 %(sha)s…) matches no approved version")
                    % {"file": checked.original_name, "sha": checked.sha256[:16]},
                    sha256=checked.sha256,
                    file=checked.original_name,
                    check_id=check.pk,
                )
                if reference is not None:
                    from ownup.web.ledger.tasks import render_check_previews

                    enqueue_on_commit(render_check_previews, check.pk)
                    comparison = start_comparison(reference, release_check=check, user=user)
    except BaseException:
        if stored_name:
            default_storage.delete(stored_name)
        raise
    finally:
        checked.discard()
    return GateResult(check=check, comparison=comparison)


def _certificate_number() -> str:
    return timezone.now().strftime("REL-%Y%m%d-") + secrets.token_hex(4).upper()


def version_from_release_check(check: ReleaseCheck, user: User) -> Version:
    """The one click after a refusal: the refused file becomes a new version to approve."""
    if check.approval_version is not None:
        return check.approval_version
    import tempfile
    from pathlib import Path

    from ownup.web.ledger.storage import local_path

    with local_path(check.file) as source:
        handle, name = tempfile.mkstemp(prefix="ownup-gate-")
        Path(name).write_bytes(Path(source).read_bytes())
    import os

    os.close(handle)
    checked = CheckedFile(
        path=Path(name),
        original_name=check.original_name,
        kind=check.kind,
        sha256=check.sha256,
        size_bytes=check.size_bytes,
        page_count=check.page_count,
    )
    version = add_version(
        check.deliverable, checked, user, note=_("File refused by the release gate")
    )
    ReleaseCheck.objects.filter(pk=check.pk).update(approval_version=version)
    return version


__all__ = [
    "Outcome",
    "add_comment",
    "add_version",
    "check_release",
    "note_opened",
    "record_decision",
    "record_event",
    "revoke",
    "send_for_approval",
    "start_comparison",
    "version_from_release_check",
]
