"""Incidents: the record of an error that reached (or may reach) a client, and everything done
about it. Domain rules live in ``ownup.playbook``; these models store the record and turn it
into the playbook's plain objects (``facts()``, ``consequences()``...)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ownup.playbook import consequences as pc
from ownup.playbook import contacts as pcontacts
from ownup.playbook.disclosure import Advice, DisclosurePolicy
from ownup.playbook.incident import Discoverer, IncidentFacts, Origin
from ownup.playbook.remedies import Effort, RemedyKind
from ownup.playbook.remedies import RemedyOption as PlaybookRemedy
from ownup.playbook.timeline import Stage, Timeline
from ownup.web.accounts.models import Workspace
from ownup.web.clients.models import Client, Contact, Project

RATING_CHOICES = [
    (pc.Rating.NONE.value, _("none")),
    (pc.Rating.LOW.value, _("low")),
    (pc.Rating.MEDIUM.value, _("medium")),
    (pc.Rating.HIGH.value, _("high")),
]
SEVERITY_CHOICES = [
    (pc.Severity.MINOR.value, _("minor")),
    (pc.Severity.MODERATE.value, _("moderate")),
    (pc.Severity.MAJOR.value, _("major")),
    (pc.Severity.CRITICAL.value, _("critical")),
]


class DiscovererChoice(models.TextChoices):
    ME = Discoverer.ME.value, _("me")
    MY_TEAM = Discoverer.MY_TEAM.value, _("my team")
    CLIENT = Discoverer.CLIENT.value, _("the client")
    THIRD_PARTY = Discoverer.THIRD_PARTY.value, _("a third party")


class OriginChoice(models.TextChoices):
    SCRATCH = Origin.SCRATCH.value, _("opened from scratch")
    RELEASE_GATE = Origin.RELEASE_GATE.value, _("opened from a refused release")
    COMPARISON = Origin.COMPARISON.value, _("opened from a comparison")
    CLIENT_CONTACT = Origin.CLIENT_CONTACT.value, _("opened from a client contact")


class AdviceChoice(models.TextChoices):
    TELL_NOW = Advice.TELL_NOW.value, _("Tell now")
    TELL_BY = Advice.TELL_BY.value, _("Tell by a time, with your solution")


class EffortChoice(models.IntegerChoices):
    NONE = Effort.NONE.value, _("none")
    LOW = Effort.LOW.value, _("low")
    HIGH = Effort.HIGH.value, _("high")


class RemedyKindChoice(models.TextChoices):
    REPRINT = RemedyKind.REPRINT.value, _("Reprint at my cost")
    STICKER = RemedyKind.STICKER.value, _("Corrective sticker")
    ERRATUM = RemedyKind.ERRATUM.value, _("Erratum insert")
    DIGITAL_CORRECTION = RemedyKind.DIGITAL_CORRECTION.value, _("Digital correction")
    REDELIVERY = RemedyKind.REDELIVERY.value, _("Corrected delivery")
    OTHER = RemedyKind.OTHER.value, _("Other")


class Status(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


DIMENSIONS = [d.value for d in pc.Dimension]


class IncidentPreferences(models.Model):
    """Per-workspace limits: how long before telling the client, when waiting contacts alarm."""

    workspace = models.OneToOneField(
        Workspace, on_delete=models.CASCADE, related_name="incident_preferences"
    )
    disclosure_limit_hours = models.PositiveIntegerField(
        _("never tell the client later than (hours)"), default=24
    )
    escalation_hours = models.CharField(
        _("alarm steps for a waiting contact (hours, comma-separated)"),
        max_length=60,
        default="1,3,6,24",
    )

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> IncidentPreferences:
        found = cls.objects.filter(workspace=workspace).first()
        return found or cls(workspace=workspace)

    def policy(self) -> DisclosurePolicy:
        return DisclosurePolicy(max_delay=timedelta(hours=max(1, self.disclosure_limit_hours)))

    def steps(self) -> tuple[timedelta, ...]:
        try:
            return pcontacts.parse_steps(self.escalation_hours)
        except ValueError:
            return pcontacts.DEFAULT_ESCALATION_STEPS


class Incident(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="incidents")
    title = models.CharField(_("title"), max_length=200)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    origin = models.CharField(
        max_length=20, choices=OriginChoice.choices, default=OriginChoice.SCRATCH
    )
    client = models.ForeignKey(
        Client, null=True, blank=True, on_delete=models.SET_NULL, related_name="incidents",
        verbose_name=_("client"),
    )  # fmt: skip
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="incidents",
        verbose_name=_("client contact to inform"),
    )  # fmt: skip
    project = models.ForeignKey(
        Project, null=True, blank=True, on_delete=models.SET_NULL, related_name="incidents",
        verbose_name=_("project"),
    )  # fmt: skip
    deliverable = models.ForeignKey(
        "ledger.Deliverable", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="incidents", verbose_name=_("deliverable"),
    )  # fmt: skip
    release_check = models.ForeignKey(
        "ledger.ReleaseCheck", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    comparison = models.ForeignKey(
        "ledger.Comparison", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    # Facts
    what_happened = models.TextField(_("what happened"))
    discovered_at = models.DateTimeField(_("discovered at"), default=timezone.now)
    discovered_by = models.CharField(
        _("discovered by"), max_length=16, choices=DiscovererChoice.choices,
        default=DiscovererChoice.ME,
    )  # fmt: skip
    reached_client = models.BooleanField(_("it has reached the client"), default=False)
    client_knows = models.BooleanField(_("the client already knows"), default=False)
    causes = models.TextField(
        _("what led to it (facts, first person, one per line)"), blank=True,
        help_text=_("For example: “After the approval, I adjusted a text block.”"),
    )  # fmt: skip

    # Consequences
    affects_client = models.BooleanField(_("the client"), default=True)
    affects_public = models.BooleanField(_("the client's customers or public"), default=False)
    affects_third_parties = models.BooleanField(_("third parties"), default=False)
    economic_rating = models.PositiveSmallIntegerField(choices=RATING_CHOICES, default=0)
    economic_note = models.CharField(max_length=300, blank=True)
    organisational_rating = models.PositiveSmallIntegerField(choices=RATING_CHOICES, default=0)
    organisational_note = models.CharField(max_length=300, blank=True)
    financial_rating = models.PositiveSmallIntegerField(choices=RATING_CHOICES, default=0)
    financial_note = models.CharField(max_length=300, blank=True)
    deadline_rating = models.PositiveSmallIntegerField(choices=RATING_CHOICES, default=0)
    deadline_note = models.CharField(max_length=300, blank=True)
    image_rating = models.PositiveSmallIntegerField(choices=RATING_CHOICES, default=0)
    image_note = models.CharField(max_length=300, blank=True)
    date_at_stake = models.DateTimeField(_("date at stake"), null=True, blank=True)
    date_at_stake_label = models.CharField(
        _("what happens on that date"), max_length=120, blank=True,
        help_text=_("For example: “your trade fair”."),
    )  # fmt: skip
    harm_grows_hourly = models.BooleanField(
        _("the harm grows with every hour left untold"), default=False
    )
    consequences_assessed_at = models.DateTimeField(null=True, blank=True)
    severity = models.PositiveSmallIntegerField(choices=SEVERITY_CHOICES, null=True, blank=True)

    # Disclosure: advised once the consequences are assessed; the deadline then stays put so
    # the countdown does not move under the user's feet.
    advice = models.CharField(max_length=10, choices=AdviceChoice.choices, blank=True)
    disclosure_deadline = models.DateTimeField(null=True, blank=True)
    overdue_reminded_at = models.DateTimeField(null=True, blank=True)

    # Remedy
    chosen_remedy = models.ForeignKey(
        "RemedyOption", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    # Messages (editable drafts) and what was done with them
    message_language = models.CharField(max_length=8, choices=settings.LANGUAGES, blank=True)
    call_script = models.TextField(_("call script"), blank=True)
    email_subject = models.CharField(_("subject"), max_length=300, blank=True)
    email_body = models.TextField(_("email"), blank=True)
    email_sent_at = models.DateTimeField(null=True, blank=True)
    call_done_at = models.DateTimeField(null=True, blank=True)
    calm_seen_at = models.DateTimeField(null=True, blank=True)

    # Timeline stamps (detected = discovered_at)
    informed_at = models.DateTimeField(null=True, blank=True)
    remedy_agreed_at = models.DateTimeField(null=True, blank=True)
    remedy_delivered_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-discovered_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("incidents:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN

    def cause_list(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.causes.splitlines() if line.strip(" -•\t")]

    def facts(self) -> IncidentFacts:
        return IncidentFacts(
            what_happened=self.what_happened or "-",
            discovered_at=self.discovered_at,
            discovered_by=Discoverer(self.discovered_by),
            reached_client=self.reached_client,
            client_knows=self.client_knows,
            causes=tuple(self.cause_list()),
        )

    def consequences(self) -> pc.Consequences:
        affected = {pc.Affected.CLIENT} if self.affects_client else set()
        if self.affects_public:
            affected.add(pc.Affected.CLIENT_PUBLIC)
        if self.affects_third_parties:
            affected.add(pc.Affected.THIRD_PARTIES)
        impacts = {
            pc.Dimension(d): pc.Impact(
                pc.Rating(getattr(self, f"{d}_rating")), getattr(self, f"{d}_note")
            )
            for d in DIMENSIONS
        }
        return pc.Consequences(
            affected=frozenset(affected),
            impacts=impacts,
            date_at_stake=self.date_at_stake,
            date_at_stake_label=self.date_at_stake_label,
            harm_grows_hourly=self.harm_grows_hourly,
        )

    def impacts_for_display(self) -> list[dict]:
        return [
            {
                "dimension": d,
                "rating": getattr(self, f"{d}_rating"),
                "rating_label": getattr(self, f"get_{d}_rating_display")(),
                "note": getattr(self, f"{d}_note"),
            }
            for d in DIMENSIONS
        ]

    def timeline(self) -> Timeline:
        stamps: dict[Stage, datetime] = {Stage.DETECTED: self.discovered_at}
        for stage, value in (
            (Stage.CLIENT_INFORMED, self.informed_at),
            (Stage.REMEDY_AGREED, self.remedy_agreed_at),
            (Stage.REMEDY_DELIVERED, self.remedy_delivered_at),
            (Stage.CLOSED, self.closed_at),
        ):
            if value is not None:
                stamps[stage] = value
        try:
            return Timeline(stamps)
        except ValueError:
            # Stamps entered out of order by hand: keep what is consistent from the start.
            kept: dict[Stage, datetime] = {}
            for stage, at in stamps.items():
                if all(at >= earlier for earlier in kept.values()):
                    kept[stage] = at
            return Timeline(kept)


class RemedyOption(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="remedies")
    kind = models.CharField(
        _("kind"), max_length=20, choices=RemedyKindChoice.choices, default=RemedyKindChoice.OTHER
    )
    title = models.CharField(_("option"), max_length=200)
    hours_to_deliver = models.DecimalField(
        _("time to deliver (hours)"), max_digits=7, decimal_places=1
    )
    cost = models.DecimalField(_("cost to you (€)"), max_digits=10, decimal_places=2)
    client_effort = models.PositiveSmallIntegerField(
        _("effort asked of the client"), choices=EffortChoice.choices, default=EffortChoice.NONE
    )
    harm_undone = models.PositiveSmallIntegerField(_("share of the harm undone (%)"), default=100)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.title

    def as_playbook(self) -> PlaybookRemedy:
        return PlaybookRemedy(
            title=self.title,
            time_to_deliver=timedelta(hours=float(self.hours_to_deliver)),
            cost=Decimal(self.cost),
            client_effort=Effort(self.client_effort),
            harm_undone=min(100, self.harm_undone),
            kind=RemedyKind(self.kind),
            key=self.pk,
        )


class EventKind(models.TextChoices):
    DETECTED = "detected", _("Detected")
    ASSESSED = "assessed", _("Consequences assessed")
    REMEDY_CHOSEN = "remedy_chosen", _("Remedy chosen")
    CALL_DONE = "call_done", _("Call made")
    EMAIL_SENT = "email_sent", _("Email sent")
    CLIENT_INFORMED = "client_informed", _("Client informed")
    REMEDY_AGREED = "remedy_agreed", _("Remedy agreed")
    REMEDY_DELIVERED = "remedy_delivered", _("Remedy delivered")
    CONTACT = "contact", _("Client contact")
    REMINDER = "reminder", _("Reminder sent")
    CLOSED = "closed", _("Closed")


class IncidentEvent(models.Model):
    """One line of the incident's timeline, appended as things happen."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    at = models.DateTimeField(default=timezone.now)
    detail = models.CharField(max_length=500, blank=True)
    actor = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["at", "id"]


class Direction(models.TextChoices):
    INCOMING = pcontacts.Direction.INCOMING.value, _("from the client")
    OUTGOING = pcontacts.Direction.OUTGOING.value, _("to the client")


class Channel(models.TextChoices):
    CALL = pcontacts.Channel.CALL.value, _("call")
    EMAIL = pcontacts.Channel.EMAIL.value, _("email")
    MESSAGE = pcontacts.Channel.MESSAGE.value, _("message")
    MEETING = pcontacts.Channel.MEETING.value, _("meeting")


class ContactLogEntry(models.Model):
    """A call, email or message from or to a client. An incoming one waits for an answer."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="contact_log", verbose_name=_("client")
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("person"),
    )  # fmt: skip
    person_name = models.CharField(_("who"), max_length=160, blank=True)
    channel = models.CharField(_("by"), max_length=10, choices=Channel.choices)
    direction = models.CharField(_("direction"), max_length=4, choices=Direction.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    summary = models.TextField(_("what was said"), blank=True)
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts",
        verbose_name=_("incident"),
    )  # fmt: skip
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="answers"
    )
    alarm_level_notified = models.PositiveSmallIntegerField(default=0)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "contact log entries"

    def __str__(self) -> str:
        return f"{self.who} ({self.channel}, {self.direction}) {self.at:%Y-%m-%d %H:%M}"

    @property
    def who(self) -> str:
        return self.person_name or (self.contact.name if self.contact else str(self.client))

    @property
    def waits(self) -> bool:
        return self.direction == Direction.INCOMING and self.answered_at is None

    def as_playbook(self) -> pcontacts.ContactEntry:
        return pcontacts.ContactEntry(
            client_key=self.client_id,
            person=self.who,
            channel=pcontacts.Channel(self.channel),
            direction=pcontacts.Direction(self.direction),
            at=self.at,
            summary=self.summary,
            answered_at=self.answered_at,
            key=self.pk,
        )


class TaskKindChoice(models.TextChoices):
    CORRECTIVE = "corrective", _("corrective")
    PREVENTIVE = "preventive", _("preventive")


class FollowUpTask(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("task"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=12, choices=TaskKindChoice.choices, default=TaskKindChoice.CORRECTIVE
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="incident_tasks", verbose_name=_("owner"),
    )  # fmt: skip
    due = models.DateField(_("due date"))
    done_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["done_at", "due", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def owner_name(self) -> str:
        return self.owner.name if self.owner else "—"


class PostMortem(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.OneToOneField(Incident, on_delete=models.CASCADE, related_name="postmortem")
    summary = models.TextField(_("summary"), blank=True)
    whys = models.JSONField(default=list)
    contributing_factors = models.TextField(
        _("contributing factors (explanations, one per line)"), blank=True
    )
    prevention_actions = models.TextField(_("prevention actions (one per line)"), blank=True)
    cost_money = models.DecimalField(_("cost (€)"), max_digits=10, decimal_places=2, default=0)
    cost_hours = models.DecimalField(
        _("time spent (hours)"), max_digits=7, decimal_places=1, default=0
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    @property
    def root_cause(self) -> str:
        return self.whys[-1] if self.whys else ""

    def factor_list(self) -> list[str]:
        return [
            x.strip(" -•\t") for x in self.contributing_factors.splitlines() if x.strip(" -•\t")
        ]

    def action_list(self) -> list[str]:
        return [x.strip(" -•\t") for x in self.prevention_actions.splitlines() if x.strip(" -•\t")]
