"""When to tell the client. Hiding is never an option: the only two answers are "tell now" and
"tell by <time>, with your solution", and the second is never later than `max_delay` after the
discovery (24 h by default).

"Tell now" when any of these holds (each is listed as a reason):
- the client already knows (they will hear it from someone else, or already have);
- someone outside (the client or a third party) found it: they will notice before I speak;
- the error has reached the client and they will notice first;
- the harm grows with every hour left untold;
- the date at stake is within `close_date_window` (72 h by default);
- the severity is critical.
Otherwise "tell by": take the time to hold a solution, but no longer than the limit, and no
later than `before_date_margin` ahead of the date at stake.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .consequences import Consequences, Severity
from .incident import IncidentFacts
from .reasons import Reason
from .text import format_datetime, format_duration, pick


class Advice(StrEnum):
    TELL_NOW = "tell_now"
    TELL_BY = "tell_by"


@dataclass(frozen=True)
class DisclosurePolicy:
    #: Never tell later than this after discovery.
    max_delay: timedelta = timedelta(hours=24)
    #: "Tell now" still gets a countdown: the call should happen within this window.
    tell_now_window: timedelta = timedelta(hours=1)
    #: A date at stake closer than this makes it "tell now".
    close_date_window: timedelta = timedelta(hours=72)
    #: A "tell by" deadline leaves at least this margin before the date at stake.
    before_date_margin: timedelta = timedelta(hours=48)

    def __post_init__(self) -> None:
        if self.max_delay <= timedelta(0):
            raise ValueError("the disclosure limit must be positive")
        if self.tell_now_window > self.max_delay:
            raise ValueError("the 'tell now' window cannot exceed the disclosure limit")


NEVER_HIDE = {
    "en": "Hiding it is not an option: the client hears it from you, with your solution.",
    "fr": "Le cacher n'est pas une option : le client l'apprend de vous, avec votre solution.",
}


def _render(code: str, p: Mapping[str, Any], lang: str) -> str:
    texts = {
        "client_knows": (
            "The client already knows: every hour of silence looks like running away.",
            "Le client est déjà au courant : chaque heure de silence ressemble à une fuite.",
        ),
        "found_outside": (
            "Someone outside found it: the client will hear of it before you speak.",
            "Quelqu'un d'extérieur l'a trouvée : le client l'apprendra avant que vous parliez.",
        ),
        "reached_client": (
            "The error has reached the client: they may notice it at any moment.",
            "L'erreur est arrivée chez le client : il peut la remarquer à tout moment.",
        ),
        "harm_grows": (
            "The harm grows with every hour left untold.",
            "Le préjudice grandit à chaque heure passée sans le dire.",
        ),
        "critical": (
            "The severity is critical.",
            "La gravité est critique.",
        ),
        "time_for_solution": (
            "The client does not know yet and nothing grows worse by the hour: take the time to "
            "hold a solution, then tell them.",
            "Le client ne le sait pas encore et rien n'empire d'heure en heure : prenez le temps "
            "d'avoir une solution, puis dites-le.",
        ),
    }
    if code in texts:
        en, fr = texts[code]
        return pick(lang, en, fr)
    if code == "date_close":
        return pick(
            lang,
            f"The date at stake ({format_datetime(p['date'], lang)}) is only "
            f"{format_duration(p['left'], lang)} away.",
            f"La date en jeu ({format_datetime(p['date'], lang)}) n'est que dans "
            f"{format_duration(p['left'], lang)}.",
        )
    if code == "limit":
        return pick(
            lang,
            f"Never later than {format_duration(p['limit'], lang)} after the discovery.",
            f"Jamais plus de {format_duration(p['limit'], lang)} après la découverte.",
        )
    if code == "before_date":
        return pick(
            lang,
            f"Early enough to leave {format_duration(p['margin'], lang)} before the date at stake.",
            f"Assez tôt pour laisser {format_duration(p['margin'], lang)} avant la date en jeu.",
        )
    raise KeyError(code)


_CODES = (
    "client_knows", "found_outside", "reached_client", "harm_grows", "critical",
    "time_for_solution", "date_close", "limit", "before_date",
)  # fmt: skip
_TEMPLATES = {c: (lambda p, lang, c=c: _render(c, p, lang)) for c in _CODES}


def _reason(code: str, **params: Any) -> Reason:
    return Reason(code, params, _TEMPLATES)


@dataclass(frozen=True)
class DisclosureAdvice:
    advice: Advice
    deadline: datetime
    reasons: tuple[Reason, ...]

    def headline(self, lang: str = "en") -> str:
        if self.advice is Advice.TELL_NOW:
            return pick(lang, "Tell the client now.", "Prévenez le client maintenant.")
        when = format_datetime(self.deadline, lang)
        return pick(
            lang,
            f"Tell the client by {when}, with your solution.",
            f"Prévenez le client d'ici {when}, avec votre solution.",
        )

    def explain(self, lang: str = "en") -> list[str]:
        return [r.text(lang) for r in self.reasons]

    def never_hide(self, lang: str = "en") -> str:
        return pick(lang, NEVER_HIDE["en"], NEVER_HIDE["fr"])


def advise(
    facts: IncidentFacts,
    consequences: Consequences,
    severity: Severity,
    now: datetime,
    policy: DisclosurePolicy | None = None,
) -> DisclosureAdvice:
    policy = policy or DisclosurePolicy()
    urgent: list[Reason] = []
    if facts.client_knows:
        urgent.append(_reason("client_knows"))
    elif facts.discovered_by.is_outside:
        urgent.append(_reason("found_outside"))
    elif facts.reached_client:
        urgent.append(_reason("reached_client"))
    if consequences.harm_grows_hourly:
        urgent.append(_reason("harm_grows"))
    if consequences.date_at_stake is not None:
        left = consequences.date_at_stake - now
        if left <= policy.close_date_window:
            urgent.append(_reason("date_close", date=consequences.date_at_stake, left=left))
    if severity is Severity.CRITICAL:
        urgent.append(_reason("critical"))

    limit_deadline = facts.discovered_at + policy.max_delay
    if urgent:
        # Within the hour, and never past the limit; a limit already passed does not shrink
        # the window to nothing (the call still needs a moment to prepare).
        deadline = now + policy.tell_now_window
        if now < limit_deadline < deadline:
            deadline = limit_deadline
        return DisclosureAdvice(Advice.TELL_NOW, deadline, tuple(urgent))

    reasons = [_reason("time_for_solution"), _reason("limit", limit=policy.max_delay)]
    deadline = limit_deadline
    if consequences.date_at_stake is not None:
        before = consequences.date_at_stake - policy.before_date_margin
        if before < deadline:
            deadline = before
            reasons.append(_reason("before_date", margin=policy.before_date_margin))
    # Already past the limit (opened late): the only honest answer left is now.
    if deadline <= now:
        return DisclosureAdvice(
            Advice.TELL_NOW,
            now + policy.tell_now_window,
            (_reason("limit", limit=policy.max_delay),),
        )
    return DisclosureAdvice(Advice.TELL_BY, deadline, tuple(reasons))


@dataclass(frozen=True)
class Countdown:
    deadline: datetime
    remaining: timedelta
    overdue: bool
    done: bool

    def text(self, lang: str = "en") -> str:
        if self.done:
            return pick(lang, "Client informed.", "Client informé.")
        if self.overdue:
            return pick(
                lang,
                f"Overdue by {format_duration(-self.remaining, lang)}",
                f"En retard de {format_duration(-self.remaining, lang)}",
            )
        return pick(
            lang,
            f"{format_duration(self.remaining, lang)} left to tell the client",
            f"Encore {format_duration(self.remaining, lang)} pour prévenir le client",
        )


def countdown(deadline: datetime, now: datetime, informed_at: datetime | None = None) -> Countdown:
    remaining = deadline - now
    done = informed_at is not None
    return Countdown(deadline, remaining, overdue=not done and remaining < timedelta(0), done=done)


def is_overdue(deadline: datetime, now: datetime, informed_at: datetime | None = None) -> bool:
    return countdown(deadline, now, informed_at).overdue
