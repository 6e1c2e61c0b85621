"""The actions that touch several models at once (an email sent is a contact logged, a timeline
event and maybe the client informed), kept in one place so views stay thin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from ownup.playbook import composer
from ownup.playbook.consequences import Severity, assess_severity
from ownup.playbook.contacts import answered_by
from ownup.playbook.disclosure import DisclosureAdvice, advise
from ownup.playbook.incident import facts_from_changes
from ownup.playbook.remedies import RankedRemedy, rank_remedies
from ownup.playbook.text import normalise_lang
from ownup.web.accounts.models import User, Workspace
from ownup.web.incidents.models import (
    Channel,
    ContactLogEntry,
    Direction,
    EventKind,
    Incident,
    IncidentEvent,
    IncidentPreferences,
    OriginChoice,
    PostMortem,
)


def actor_name(user: User | None) -> str:
    return user.name if user is not None and user.is_authenticated else "ownup"


def add_event(
    incident: Incident, kind: str, detail: str = "", user: User | None = None, at=None
) -> IncidentEvent:
    return IncidentEvent.objects.create(
        workspace=incident.workspace,
        incident=incident,
        kind=kind,
        detail=detail[:500],
        actor=actor_name(user),
        at=at or timezone.now(),
    )


def changes_as_facts(changes: list[dict], lang: str, source_lang: str | None = None) -> str:
    """A comparison's change list (the engine's JSON) as readable lines for the facts, in
    ``lang``. Text changes are worded afresh from their old and new words; the engine's summary
    of other changes is kept only when the comparison ran in the same language (``source_lang``),
    otherwise the kind of change stands in for it."""
    from ownup.compare.i18n import tr

    lines = []
    for change in changes:
        page = change.get("new_page") or change.get("old_page") or change.get("page")
        kind = str(change.get("kind") or "")
        old, new = change.get("old_text"), change.get("new_text")
        if kind == "text" and old and new:
            text = tr(lang, "summary.text_changed", old=old, new=new)
        elif kind == "text" and new:
            text = tr(lang, "summary.text_added", new=new)
        elif kind == "text" and old:
            text = tr(lang, "summary.text_removed", old=old)
        elif change.get("summary") and source_lang == lang:
            text = change["summary"]
        else:
            text = tr(lang, f"kind.{kind}") if kind else ""
        text = " ".join(str(text).split())[:300]
        if not text:
            continue
        if page:
            text = f"page {page} : {text}" if lang == "fr" else f"page {page}: {text}"
        lines.append(text)
    return facts_from_changes(lines, lang) if lines else ""


@transaction.atomic
def open_incident(
    workspace: Workspace,
    user: User | None,
    *,
    title: str,
    what_happened: str,
    origin: str = OriginChoice.SCRATCH,
    contact_entry: ContactLogEntry | None = None,
    **fields: object,
) -> Incident:
    incident = Incident.objects.create(
        workspace=workspace,
        created_by=user if user is not None and user.is_authenticated else None,
        title=title,
        what_happened=what_happened,
        origin=origin,
        **fields,
    )
    add_event(incident, EventKind.DETECTED, title, user, at=incident.discovered_at)
    if contact_entry is not None:
        contact_entry.incident = incident
        contact_entry.save(update_fields=["incident"])
        add_event(incident, EventKind.CONTACT, contact_entry.summary or contact_entry.who, user)
    return incident


@dataclass
class Assessment:
    severity: Severity
    severity_reasons: list[str]
    advice: DisclosureAdvice


def assess(incident: Incident, lang: str, now: datetime | None = None) -> Assessment:
    """Severity and disclosure advice for the record as it stands (nothing saved)."""
    now = now or timezone.now()
    prefs = IncidentPreferences.for_workspace(incident.workspace)
    severity = assess_severity(incident.consequences(), now)
    advice = advise(incident.facts(), incident.consequences(), severity.level, now, prefs.policy())
    return Assessment(severity.level, severity.explain(lang), advice)


@transaction.atomic
def record_assessment(incident: Incident, user: User | None, lang: str) -> Assessment:
    """Store severity, advice and the disclosure deadline. A deadline already set only ever
    moves earlier: re-assessing must not buy time."""
    result = assess(incident, lang)
    incident.severity = int(result.severity)
    incident.advice = result.advice.advice.value
    deadline = result.advice.deadline
    if incident.disclosure_deadline is None or deadline < incident.disclosure_deadline:
        incident.disclosure_deadline = deadline
    incident.consequences_assessed_at = timezone.now()
    incident.save()
    if incident.informed_at is None:
        from ownup.web.incidents.tasks import schedule_alarm_passes

        schedule_alarm_passes([incident.disclosure_deadline])
    add_event(incident, EventKind.ASSESSED, result.severity.label(lang), user)
    return result


def ranked_remedies(incident: Incident) -> list[RankedRemedy]:
    options = [r.as_playbook() for r in incident.remedies.all()]
    return rank_remedies(options, timezone.now(), incident.date_at_stake)


@transaction.atomic
def choose_remedy(incident: Incident, remedy_id: int, user: User | None) -> None:
    remedy = incident.remedies.get(pk=remedy_id)
    incident.chosen_remedy = remedy
    incident.save(update_fields=["chosen_remedy"])
    add_event(incident, EventKind.REMEDY_CHOSEN, remedy.title, user)


def message_language(incident: Incident, fallback: str) -> str:
    if incident.contact is not None and incident.contact.language:
        return normalise_lang(incident.contact.language)
    return normalise_lang(fallback)


WORKDAY_START, WORKDAY_END = 9, 18


def working_time(moment: datetime) -> datetime:
    """The moment rounded up to the hour, moved into working hours (9:00 to 18:00, Monday to
    Friday): a promise to a client reads "Thursday at 10:00", not "Wednesday at 5:37"."""
    local = timezone.localtime(moment)
    if local.minute or local.second or local.microsecond:
        local = local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if local.hour >= WORKDAY_END:
        local = (local + timedelta(days=1)).replace(hour=WORKDAY_START)
    elif local.hour < WORKDAY_START:
        local = local.replace(hour=WORKDAY_START)
    while local.weekday() >= 5:
        local = (local + timedelta(days=1)).replace(hour=WORKDAY_START)
    return local


def _follow_up_time(now: datetime, ready: datetime) -> datetime:
    """The next working morning at 10:00, or when the remedy arrives if that is sooner."""
    tomorrow = working_time(timezone.localtime(now) + timedelta(days=1)).replace(hour=10)
    return min(tomorrow, ready)


def message_context(incident: Incident, user: User | None, lang: str) -> composer.MessageContext:
    lang = normalise_lang(lang)
    now = timezone.now()
    remedy = incident.chosen_remedy
    if remedy is not None:
        ready = now + timedelta(hours=float(remedy.hours_to_deliver))
        remedy_text = composer.remedy_phrase(remedy.kind, remedy.title, lang)
    else:
        ready = now + timedelta(hours=24)
        remedy_text = (
            "je vous propose une solution précise d'ici demain"
            if lang == "fr"
            else "I am preparing a precise solution for you"
        )
    ready = working_time(ready)
    if incident.deliverable is not None:
        item = (
            f"« {incident.deliverable.title} »"
            if lang == "fr"
            else f"“{incident.deliverable.title}”"
        )
    else:
        item = f"« {incident.title} »" if lang == "fr" else f"“{incident.title}”"
    impacts = tuple(
        impact.note
        for _dimension, impact in incident.consequences().notable_impacts()
        if impact.note.strip()
    )
    recipient = incident.contact.name if incident.contact else (str(incident.client or ""))
    return composer.MessageContext(
        lang=lang,
        recipient_name=recipient,
        sender_name=actor_name(user),
        subject_item=item,
        problem=incident.what_happened,
        remedy=remedy_text,
        remedy_ready_at=ready,
        follow_up_at=_follow_up_time(now, ready),
        impacts=impacts,
        causes=tuple(incident.cause_list()),
        date_at_stake=timezone.localtime(incident.date_at_stake)
        if incident.date_at_stake
        else None,
        date_at_stake_label=incident.date_at_stake_label,
    )


def call_script_text(points: list[tuple[composer.Section | None, str]]) -> str:
    return "\n".join(f"• {text}" for _section, text in points)


def generate_messages(incident: Incident, user: User | None, lang: str) -> None:
    ctx = message_context(incident, user, lang)
    email = composer.compose_email(ctx)
    incident.message_language = ctx.lang
    incident.email_subject = email.subject
    incident.email_body = email.body
    incident.call_script = call_script_text(composer.compose_call_script(ctx))
    incident.save(update_fields=["message_language", "email_subject", "email_body", "call_script"])


@transaction.atomic
def mark_informed(incident: Incident, user: User | None, how: str, at=None) -> None:
    if incident.informed_at is None:
        incident.informed_at = at or timezone.now()
        incident.save(update_fields=["informed_at"])
        add_event(incident, EventKind.CLIENT_INFORMED, how, user, at=incident.informed_at)


@transaction.atomic
def log_contact(
    workspace: Workspace,
    user: User | None,
    *,
    client,
    channel: str,
    direction: str,
    at: datetime | None = None,
    contact=None,
    person_name: str = "",
    summary: str = "",
    incident: Incident | None = None,
) -> ContactLogEntry:
    """Log a contact. An outgoing one answers every earlier waiting contact of that client."""
    entry = ContactLogEntry.objects.create(
        workspace=workspace,
        client=client,
        contact=contact,
        person_name=person_name or (contact.name if contact else ""),
        channel=channel,
        direction=direction,
        at=at or timezone.now(),
        summary=summary,
        incident=incident,
        logged_by=user if user is not None and user.is_authenticated else None,
    )
    if direction == Direction.INCOMING:
        from ownup.web.incidents.tasks import schedule_alarm_passes

        steps = IncidentPreferences.for_workspace(workspace).steps()
        schedule_alarm_passes(entry.at + step for step in steps)
    if direction == Direction.OUTGOING:
        waiting = ContactLogEntry.objects.filter(
            workspace=workspace, client=client, direction=Direction.INCOMING, answered_at=None
        )
        by_key = {w.pk: w for w in waiting}
        for cleared in answered_by([w.as_playbook() for w in waiting], entry.as_playbook()):
            row = by_key[cleared.key]
            row.answered_at = entry.at
            row.answered_by = entry
            row.save(update_fields=["answered_at", "answered_by"])
    if incident is not None:
        label = f"{entry.get_channel_display()} {entry.get_direction_display()} — {entry.who}"
        add_event(incident, EventKind.CONTACT, f"{label} — {summary}" if summary else label, user)
    return entry


@transaction.atomic
def send_incident_email(incident: Incident, user: User | None, subject: str, body: str):
    """Send the (edited) email to the incident's contact through the mail service, log it as
    a contact, put it on the timeline, and count the client as informed."""
    from ownup.web.mail.service import send_templated_mail

    if incident.contact is None or not incident.contact.email:
        raise ValueError("this incident has no client contact with an email address")
    lang = incident.message_language or message_language(incident, "en")
    message = send_templated_mail(
        "incident_message",
        to=incident.contact.email,
        language=lang,
        context={"subject": subject, "body": body, "sender": actor_name(user)},
        workspace=incident.workspace,
        reply_to=user.email if user is not None else "",
    )
    now = timezone.now()
    incident.email_subject, incident.email_body, incident.email_sent_at = subject, body, now
    incident.save(update_fields=["email_subject", "email_body", "email_sent_at"])
    log_contact(
        incident.workspace,
        user,
        client=incident.contact.client,
        contact=incident.contact,
        channel=Channel.EMAIL,
        direction=Direction.OUTGOING,
        at=now,
        summary=subject,
        incident=None,
    )
    add_event(incident, EventKind.EMAIL_SENT, subject, user, at=now)
    mark_informed(incident, user, subject, at=now)
    return message


@transaction.atomic
def mark_call_done(incident: Incident, user: User | None, summary: str) -> None:
    now = timezone.now()
    incident.call_done_at = now
    incident.save(update_fields=["call_done_at"])
    if incident.client is not None:
        log_contact(
            incident.workspace,
            user,
            client=incident.client,
            contact=incident.contact,
            channel=Channel.CALL,
            direction=Direction.OUTGOING,
            at=now,
            summary=summary,
        )
    add_event(incident, EventKind.CALL_DONE, summary, user, at=now)
    mark_informed(incident, user, summary or "call", at=now)


STAGE_FIELDS = {
    EventKind.REMEDY_AGREED: "remedy_agreed_at",
    EventKind.REMEDY_DELIVERED: "remedy_delivered_at",
}


@transaction.atomic
def mark_stage(incident: Incident, kind: str, user: User | None) -> None:
    field = STAGE_FIELDS[kind]
    if getattr(incident, field) is None:
        now = timezone.now()
        setattr(incident, field, now)
        incident.save(update_fields=[field])
        add_event(incident, kind, "", user, at=now)


@transaction.atomic
def close_incident(incident: Incident, user: User | None, postmortem: PostMortem) -> None:
    postmortem.workspace = incident.workspace
    postmortem.incident = incident
    postmortem.save()
    now = timezone.now()
    incident.status = "closed"
    incident.closed_at = now
    incident.save(update_fields=["status", "closed_at"])
    add_event(incident, EventKind.CLOSED, postmortem.root_cause, user, at=now)
