"""Anticipating the consequences: who is affected, the impact on each dimension and the date at
stake; and from them a severity whose reasons are shown.

The severity rules, in the order they apply (each one that fires is listed as a reason):
1. the base level follows the strongest impact: none/low -> minor, medium -> moderate,
   high -> major;
2. two or more dimensions rated high -> critical;
3. the client's own customers or public, or third parties, are affected -> one level up
   (the error leaves the client's hands and becomes visible);
4. the date at stake is within `close_date_window` (7 days by default) -> one level up
   (little time to repair before it matters).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from .reasons import Reason
from .text import format_datetime, format_duration, pick


class Affected(StrEnum):
    CLIENT = "client"
    CLIENT_PUBLIC = "client_public"
    THIRD_PARTIES = "third_parties"

    def label(self, lang: str = "en") -> str:
        return {
            Affected.CLIENT: pick(lang, "the client", "le client"),
            Affected.CLIENT_PUBLIC: pick(
                lang, "the client's customers or public", "les clients ou le public du client"
            ),
            Affected.THIRD_PARTIES: pick(lang, "third parties", "des tiers"),
        }[self]


class Dimension(StrEnum):
    ECONOMIC = "economic"
    ORGANISATIONAL = "organisational"
    FINANCIAL = "financial"
    DEADLINE = "deadline"
    IMAGE = "image"

    def label(self, lang: str = "en") -> str:
        return {
            Dimension.ECONOMIC: pick(lang, "economic", "économique"),
            Dimension.ORGANISATIONAL: pick(lang, "organisational", "organisationnel"),
            Dimension.FINANCIAL: pick(lang, "financial", "financier"),
            Dimension.DEADLINE: pick(lang, "deadline", "délai"),
            Dimension.IMAGE: pick(lang, "image", "image"),
        }[self]


class Rating(IntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @classmethod
    def parse(cls, value: str | int | Rating) -> Rating:
        if isinstance(value, Rating):
            return value
        if isinstance(value, int):
            return cls(value)
        return cls[value.strip().upper()]

    def label(self, lang: str = "en") -> str:
        return {
            Rating.NONE: pick(lang, "none", "aucun"),
            Rating.LOW: pick(lang, "low", "faible"),
            Rating.MEDIUM: pick(lang, "medium", "moyen"),
            Rating.HIGH: pick(lang, "high", "fort"),
        }[self]


class Severity(IntEnum):
    MINOR = 1
    MODERATE = 2
    MAJOR = 3
    CRITICAL = 4

    def label(self, lang: str = "en") -> str:
        return {
            Severity.MINOR: pick(lang, "minor", "mineure"),
            Severity.MODERATE: pick(lang, "moderate", "modérée"),
            Severity.MAJOR: pick(lang, "major", "majeure"),
            Severity.CRITICAL: pick(lang, "critical", "critique"),
        }[self]


@dataclass(frozen=True)
class Impact:
    rating: Rating = Rating.NONE
    note: str = ""


@dataclass(frozen=True)
class Consequences:
    affected: frozenset[Affected] = frozenset({Affected.CLIENT})
    impacts: Mapping[Dimension, Impact] = field(default_factory=dict)
    date_at_stake: datetime | None = None
    #: What happens on that date ("the client's event", "the filing deadline").
    date_at_stake_label: str = ""
    #: Does the harm grow with every hour left untold (e.g. copies being handed out)?
    harm_grows_hourly: bool = False

    def impact(self, dimension: Dimension) -> Impact:
        return self.impacts.get(dimension, Impact())

    @property
    def strongest(self) -> Rating:
        return max((i.rating for i in self.impacts.values()), default=Rating.NONE)

    def notable_impacts(self, minimum: Rating = Rating.MEDIUM) -> list[tuple[Dimension, Impact]]:
        """Impacts at or above `minimum`, strongest first, in the dimensions' declared order."""
        found = [(d, self.impact(d)) for d in Dimension if self.impact(d).rating >= minimum]
        return sorted(found, key=lambda pair: -pair[1].rating)


def _render(code: str, p: Mapping[str, Any], lang: str) -> str:
    if code == "strongest_impact":
        dims = ", ".join(Dimension(d).label(lang) for d in p["dimensions"])
        if p["rating"] == Rating.NONE:
            return pick(lang, "No impact rated yet.", "Aucun impact évalué pour l'instant.")
        return pick(
            lang,
            f"Strongest impact: {Rating(p['rating']).label(lang)} ({dims}).",
            f"Impact le plus fort : {Rating(p['rating']).label(lang)} ({dims}).",
        )
    if code == "several_high":
        return pick(
            lang,
            f"{p['count']} dimensions are rated high.",
            f"{p['count']} dimensions sont évaluées à fort.",
        )
    if code == "beyond_client":
        who = pick(lang, " and ", " et ").join(Affected(a).label(lang) for a in p["who"])
        return pick(
            lang,
            f"The error reaches beyond the client: {who} are affected.",
            f"L'erreur dépasse le client : {who} sont touchés.",
        )
    if code == "date_close":
        when = format_datetime(p["date"], lang)
        left = format_duration(p["left"], lang)
        return pick(
            lang,
            f"The date at stake ({when}) is only {left} away.",
            f"La date en jeu ({when}) n'est que dans {left}.",
        )
    if code == "date_passed":
        return pick(
            lang,
            "The date at stake has already passed.",
            "La date en jeu est déjà passée.",
        )
    raise KeyError(code)


_TEMPLATES = {
    code: (lambda p, lang, code=code: _render(code, p, lang))
    for code in ("strongest_impact", "several_high", "beyond_client", "date_close", "date_passed")
}


def _reason(code: str, **params: Any) -> Reason:
    return Reason(code, params, _TEMPLATES)


@dataclass(frozen=True)
class SeverityAssessment:
    level: Severity
    reasons: tuple[Reason, ...]

    def explain(self, lang: str = "en") -> list[str]:
        return [r.text(lang) for r in self.reasons]


def assess_severity(
    consequences: Consequences,
    now: datetime,
    close_date_window: timedelta = timedelta(days=7),
) -> SeverityAssessment:
    reasons: list[Reason] = []
    strongest = consequences.strongest
    base = {
        Rating.NONE: Severity.MINOR,
        Rating.LOW: Severity.MINOR,
        Rating.MEDIUM: Severity.MODERATE,
        Rating.HIGH: Severity.MAJOR,
    }[strongest]
    strongest_dims = [
        d.value for d in Dimension if consequences.impact(d).rating == strongest != Rating.NONE
    ]
    reasons.append(_reason("strongest_impact", rating=int(strongest), dimensions=strongest_dims))
    level = int(base)

    high_count = sum(1 for i in consequences.impacts.values() if i.rating == Rating.HIGH)
    if high_count >= 2:
        level = max(level, int(Severity.CRITICAL))
        reasons.append(_reason("several_high", count=high_count))

    beyond = sorted(a.value for a in consequences.affected if a is not Affected.CLIENT)
    if beyond:
        level += 1
        reasons.append(_reason("beyond_client", who=beyond))

    if consequences.date_at_stake is not None:
        left = consequences.date_at_stake - now
        if left <= timedelta(0):
            reasons.append(_reason("date_passed"))
        elif left <= close_date_window:
            level += 1
            reasons.append(_reason("date_close", date=consequences.date_at_stake, left=left))

    return SeverityAssessment(Severity(min(level, int(Severity.CRITICAL))), tuple(reasons))
