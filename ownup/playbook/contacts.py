"""The client contact log's waiting logic. Every incoming call, email or message waits for an
answer; while it waits, alarms escalate at fixed steps (1 h, 3 h, 6 h, 24 h by default). An
outgoing contact to the same client (a call logged, an email sent) after it answers it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .text import format_duration, normalise_lang, pick

DEFAULT_ESCALATION_STEPS: tuple[timedelta, ...] = (
    timedelta(hours=1),
    timedelta(hours=3),
    timedelta(hours=6),
    timedelta(hours=24),
)


class Direction(StrEnum):
    INCOMING = "in"
    OUTGOING = "out"

    def label(self, lang: str = "en") -> str:
        if self is Direction.INCOMING:
            return pick(lang, "from the client", "du client")
        return pick(lang, "to the client", "au client")


class Channel(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MESSAGE = "message"
    MEETING = "meeting"

    def label(self, lang: str = "en") -> str:
        return {
            Channel.CALL: pick(lang, "call", "appel"),
            Channel.EMAIL: pick(lang, "email", "e-mail"),
            Channel.MESSAGE: pick(lang, "message", "message"),
            Channel.MEETING: pick(lang, "meeting", "rendez-vous"),
        }[self]


@dataclass(frozen=True)
class ContactEntry:
    client_key: Any
    person: str
    channel: Channel
    direction: Direction
    at: datetime
    summary: str = ""
    answered_at: datetime | None = None
    key: Any = None

    @property
    def waits(self) -> bool:
        return self.direction is Direction.INCOMING and self.answered_at is None


def validate_steps(steps: Iterable[timedelta]) -> tuple[timedelta, ...]:
    steps = tuple(steps)
    if not steps:
        raise ValueError("at least one escalation step is needed")
    if any(s <= timedelta(0) for s in steps):
        raise ValueError("escalation steps must be positive")
    if list(steps) != sorted(set(steps)):
        raise ValueError("escalation steps must be strictly increasing")
    return steps


def parse_steps(text: str) -> tuple[timedelta, ...]:
    """ "1,3,6,24" (hours) -> the escalation steps. Raises ValueError naming the problem."""
    try:
        hours = [float(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise ValueError(
            f"escalation steps must be hours separated by commas, got {text!r}"
        ) from None
    return validate_steps(timedelta(hours=h) for h in hours)


def escalation_level(
    waited: timedelta, steps: tuple[timedelta, ...] = DEFAULT_ESCALATION_STEPS
) -> int:
    """0 before the first step, then 1, 2, ... len(steps)."""
    return sum(1 for step in steps if waited >= step)


@dataclass(frozen=True)
class Waiting:
    entry: ContactEntry
    waited: timedelta
    level: int
    next_step_at: datetime | None

    def banner(self, lang: str = "en") -> str:
        return waiting_banner(self.entry.person, self.entry.channel, self.waited, lang)


def waiting_state(
    entry: ContactEntry, now: datetime, steps: tuple[timedelta, ...] = DEFAULT_ESCALATION_STEPS
) -> Waiting | None:
    if not entry.waits:
        return None
    waited = now - entry.at
    level = escalation_level(waited, steps)
    next_step_at = entry.at + steps[level] if level < len(steps) else None
    return Waiting(entry, waited, level, next_step_at)


def short_name(person: str) -> str:
    """ "Claire Martin" -> "C. Martin"; a single name stays as it is."""
    parts = person.split()
    if len(parts) < 2:
        return person.strip()
    first = parts[0]
    initials = "-".join(p[:1] + "." for p in first.split("-") if p)
    return f"{initials} {' '.join(parts[1:])}"


def waiting_banner(person: str, channel: Channel, waited: timedelta, lang: str = "en") -> str:
    """ "C. Martin called 3 h ago — not answered yet" / « C. Martin a appelé il y a 3 h — ... »."""
    lang = normalise_lang(lang)
    who = short_name(person)
    # Whole hours once past the first: "3 h ago" reads faster than "3 h 5 min ago".
    if waited >= timedelta(hours=1):
        waited = timedelta(hours=int(waited.total_seconds() // 3600))
    ago = format_duration(waited, lang)
    if lang == "fr":
        verb = {
            Channel.CALL: "a appelé",
            Channel.EMAIL: "a écrit un e-mail",
            Channel.MESSAGE: "a laissé un message",
            Channel.MEETING: "est passé",
        }[channel]
        return f"{who} {verb} il y a {ago} — pas encore de réponse"
    verb = {
        Channel.CALL: "called",
        Channel.EMAIL: "emailed",
        Channel.MESSAGE: "left a message",
        Channel.MEETING: "came by",
    }[channel]
    return f"{who} {verb} {ago} ago — not answered yet"


def answered_by(entries: Iterable[ContactEntry], answer: ContactEntry) -> list[ContactEntry]:
    """The waiting incoming contacts that an outgoing `answer` clears: same client, earlier."""
    if answer.direction is not Direction.OUTGOING:
        return []
    return [
        e for e in entries if e.waits and e.client_key == answer.client_key and e.at <= answer.at
    ]


def escalations_due(
    entry: ContactEntry,
    now: datetime,
    already_notified_level: int,
    steps: tuple[timedelta, ...] = DEFAULT_ESCALATION_STEPS,
) -> int | None:
    """The level to notify now, or None: only when a new step has been reached since the last
    notification (several steps crossed at once give one notification at the highest)."""
    state = waiting_state(entry, now, steps)
    if state is None or state.level <= already_notified_level:
        return None
    return state.level


def waiting_list(
    entries: Iterable[ContactEntry],
    now: datetime,
    steps: tuple[timedelta, ...] = DEFAULT_ESCALATION_STEPS,
) -> list[Waiting]:
    """Every contact still waiting, longest wait first."""
    states = [s for e in entries if (s := waiting_state(e, now, steps)) is not None]
    return sorted(states, key=lambda s: -s.waited)
