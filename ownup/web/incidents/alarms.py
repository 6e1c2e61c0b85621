"""Reminders that must reach the user even when no page is open: a client contact still
waiting (escalating at each step), a disclosure deadline passed, a follow-up task due.
Run by the ``incident_alarms`` command (and its background task); each alarm is sent once per
level, so running it often is safe."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from ownup.playbook.contacts import escalations_due, waiting_state
from ownup.playbook.text import format_duration, normalise_lang
from ownup.web.accounts.models import Membership, Role, User, Workspace
from ownup.web.incidents.models import (
    ContactLogEntry,
    EventKind,
    FollowUpTask,
    Incident,
    IncidentPreferences,
)
from ownup.web.incidents.services import add_event


def _recipients(workspace: Workspace, preferred: User | None) -> list[User]:
    """The person concerned when known and still a member, else the workspace's owners."""
    members = Membership.objects.filter(workspace=workspace).select_related("user")
    if preferred is not None and members.filter(user=preferred).exists():
        return [preferred]
    return [m.user for m in members.filter(role=Role.OWNER)]


def _send(kind: str, user: User, context: dict, workspace: Workspace) -> None:
    from ownup.web.mail.service import send_templated_mail

    send_templated_mail(
        kind,
        to=user.email,
        language=normalise_lang(user.language),
        context={"user": user, **context},
        workspace=workspace,
    )


def contact_escalations(now: datetime) -> int:
    sent = 0
    waiting = ContactLogEntry.objects.filter(direction="in", answered_at=None).select_related(
        "client", "contact", "workspace", "logged_by", "incident"
    )
    steps_by_workspace: dict[int, tuple] = {}
    for entry in waiting:
        steps = steps_by_workspace.setdefault(
            entry.workspace_id, IncidentPreferences.for_workspace(entry.workspace).steps()
        )
        level = escalations_due(entry.as_playbook(), now, entry.alarm_level_notified, steps)
        if level is None:
            continue
        with transaction.atomic():
            # Claim the level first so two runs never send the same alarm twice.
            claimed = ContactLogEntry.objects.filter(
                pk=entry.pk, alarm_level_notified=entry.alarm_level_notified, answered_at=None
            ).update(alarm_level_notified=level)
            if not claimed:
                continue
            state = waiting_state(entry.as_playbook(), now, steps)
            for user in _recipients(entry.workspace, entry.logged_by):
                lang = normalise_lang(user.language)
                _send(
                    "incident_contact_waiting",
                    user,
                    {
                        "entry": entry,
                        "banner": state.banner(lang) if state else entry.who,
                        "level": level,
                        "levels": len(steps),
                    },
                    entry.workspace,
                )
                sent += 1
    return sent


def overdue_disclosures(now: datetime) -> int:
    sent = 0
    overdue = Incident.objects.filter(
        status="open",
        informed_at=None,
        overdue_reminded_at=None,
        disclosure_deadline__lt=now,
    ).select_related("workspace", "created_by", "contact")
    for incident in overdue:
        with transaction.atomic():
            claimed = Incident.objects.filter(pk=incident.pk, overdue_reminded_at=None).update(
                overdue_reminded_at=now
            )
            if not claimed:
                continue
            for user in _recipients(incident.workspace, incident.created_by):
                late = format_duration(now - incident.disclosure_deadline, user.language)
                _send(
                    "incident_disclosure_overdue",
                    user,
                    {"incident": incident, "late": late},
                    incident.workspace,
                )
                sent += 1
            add_event(incident, EventKind.REMINDER, "disclosure overdue")
    return sent


def due_tasks(now: datetime) -> int:
    sent = 0
    today = timezone.localdate(now)
    tasks = FollowUpTask.objects.filter(done_at=None, reminded_at=None, due__lte=today)
    for task in tasks.select_related("incident", "owner", "workspace"):
        with transaction.atomic():
            if not FollowUpTask.objects.filter(pk=task.pk, reminded_at=None).update(
                reminded_at=now
            ):
                continue
            for user in _recipients(task.workspace, task.owner):
                _send("incident_task_due", user, {"task": task}, task.workspace)
                sent += 1
    return sent


def run_alarms(now: datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return {
        "contact_escalations": contact_escalations(now),
        "overdue_disclosures": overdue_disclosures(now),
        "due_tasks": due_tasks(now),
    }
