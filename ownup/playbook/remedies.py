"""Remedy options and their ranking. The problem is the professional's to solve, so the ranking
puts first what is fast and asks little of the client; what it costs the professional comes last.

Ranking keys, compared in this order (the first one that differs decides, and is the reason
shown for putting one option ahead of the next):
1. ready before the date at stake (when there is one);
2. effort asked of the client: none < low < high;
3. time to deliver: shorter first;
4. share of the harm undone: more first;
5. cost to the professional: cheaper first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any

from .reasons import Reason
from .text import format_duration, format_money, pick


class Effort(IntEnum):
    NONE = 0
    LOW = 1
    HIGH = 2

    @classmethod
    def parse(cls, value: str | int | Effort) -> Effort:
        if isinstance(value, Effort):
            return value
        if isinstance(value, int):
            return cls(value)
        return cls[value.strip().upper()]

    def label(self, lang: str = "en") -> str:
        return {
            Effort.NONE: pick(lang, "none", "aucun"),
            Effort.LOW: pick(lang, "low", "faible"),
            Effort.HIGH: pick(lang, "high", "important"),
        }[self]


class RemedyKind(StrEnum):
    REPRINT = "reprint"
    STICKER = "sticker"
    ERRATUM = "erratum"
    DIGITAL_CORRECTION = "digital_correction"
    REDELIVERY = "redelivery"
    OTHER = "other"

    def label(self, lang: str = "en") -> str:
        return {
            RemedyKind.REPRINT: pick(lang, "Reprint at my cost", "Réimpression à mes frais"),
            RemedyKind.STICKER: pick(lang, "Corrective sticker", "Autocollant correctif"),
            RemedyKind.ERRATUM: pick(lang, "Erratum insert", "Encart d'erratum"),
            RemedyKind.DIGITAL_CORRECTION: pick(lang, "Digital correction", "Correction numérique"),
            RemedyKind.REDELIVERY: pick(lang, "Corrected delivery", "Nouvelle livraison corrigée"),
            RemedyKind.OTHER: pick(lang, "Other", "Autre"),
        }[self]


@dataclass(frozen=True)
class RemedyOption:
    title: str
    time_to_deliver: timedelta
    cost: Decimal
    client_effort: Effort
    #: Share of the harm this option undoes, 0 to 100.
    harm_undone: int
    kind: RemedyKind = RemedyKind.OTHER
    currency: str = "EUR"
    #: Identifier the caller uses to find the option again (a database id, for instance).
    key: Any = None

    def __post_init__(self) -> None:
        if not 0 <= self.harm_undone <= 100:
            raise ValueError("the share of harm undone is a percentage from 0 to 100")
        if self.time_to_deliver < timedelta(0):
            raise ValueError("time to deliver cannot be negative")
        if self.cost < 0:
            raise ValueError("cost cannot be negative")


@dataclass(frozen=True)
class RankedRemedy:
    rank: int
    option: RemedyOption
    #: Ready before the date at stake; None when there is no date at stake.
    in_time: bool | None
    reasons: tuple[Reason, ...]

    def explain(self, lang: str = "en") -> list[str]:
        return [r.text(lang) for r in self.reasons]


_EFFORT_PHRASE = {
    Effort.NONE: ("asks nothing of the client", "ne demande rien au client"),
    Effort.LOW: ("asks little of the client", "demande peu au client"),
    Effort.HIGH: ("asks a lot of the client", "demande beaucoup au client"),
}


def _render(code: str, p: Mapping[str, Any], lang: str) -> str:
    if code == "summary":
        o: RemedyOption = p["option"]
        timing = ""
        if p["in_time"] is True:
            timing = pick(lang, ", before the date at stake", ", avant la date en jeu")
        elif p["in_time"] is False:
            timing = pick(lang, ", after the date at stake", ", après la date en jeu")
        return pick(
            lang,
            f"Ready in {format_duration(o.time_to_deliver, lang)}{timing}; "
            f"{_EFFORT_PHRASE[o.client_effort][0]}; undoes {o.harm_undone}% of the "
            f"harm; costs you {format_money(o.cost, o.currency, lang)}.",
            f"Prête en {format_duration(o.time_to_deliver, lang)}{timing} ; "
            f"{_EFFORT_PHRASE[o.client_effort][1]} ; répare {o.harm_undone} % du préjudice ; "
            f"vous coûte {format_money(o.cost, o.currency, lang)}.",
        )
    other = p.get("other", "")
    texts = {
        "ahead_in_time": (
            f"Ahead of “{other}”: it arrives before the date at stake.",
            f"Devant « {other} » : elle arrive avant la date en jeu.",
        ),
        "ahead_effort": (
            f"Ahead of “{other}”: it asks less of the client.",
            f"Devant « {other} » : elle demande moins d'effort au client.",
        ),
        "ahead_speed": (
            f"Ahead of “{other}”: it is faster.",
            f"Devant « {other} » : elle est plus rapide.",
        ),
        "ahead_harm": (
            f"Ahead of “{other}”: it undoes more of the harm.",
            f"Devant « {other} » : elle répare une plus grande part du préjudice.",
        ),
        "ahead_cost": (
            f"Ahead of “{other}”: it costs you less.",
            f"Devant « {other} » : elle vous coûte moins.",
        ),
        "tie": (
            f"Equal to “{other}” on every criterion.",
            f"À égalité avec « {other} » sur tous les critères.",
        ),
    }
    en, fr = texts[code]
    return pick(lang, en, fr)


_CODES = (
    "summary", "ahead_in_time", "ahead_effort", "ahead_speed", "ahead_harm", "ahead_cost", "tie"
)  # fmt: skip
_TEMPLATES = {c: (lambda p, lang, c=c: _render(c, p, lang)) for c in _CODES}


def _in_time(option: RemedyOption, now: datetime, date_at_stake: datetime | None) -> bool | None:
    if date_at_stake is None:
        return None
    return now + option.time_to_deliver <= date_at_stake


def _key(option: RemedyOption, in_time: bool | None) -> tuple:
    return (
        0 if in_time in (True, None) else 1,
        int(option.client_effort),
        option.time_to_deliver,
        -option.harm_undone,
        option.cost,
    )


_DECIDING = ("ahead_in_time", "ahead_effort", "ahead_speed", "ahead_harm", "ahead_cost")


def rank_remedies(
    options: list[RemedyOption], now: datetime, date_at_stake: datetime | None = None
) -> list[RankedRemedy]:
    """Options best first, each with a summary and the reason it comes before the next one."""
    timed = [(o, _in_time(o, now, date_at_stake)) for o in options]
    timed.sort(key=lambda pair: _key(*pair))
    ranked: list[RankedRemedy] = []
    for index, (option, in_time) in enumerate(timed):
        reasons = [Reason("summary", {"option": option, "in_time": in_time}, _TEMPLATES)]
        if index + 1 < len(timed):
            nxt, nxt_in_time = timed[index + 1]
            mine, theirs = _key(option, in_time), _key(nxt, nxt_in_time)
            code = next(
                (c for c, a, b in zip(_DECIDING, mine, theirs, strict=True) if a != b), "tie"
            )
            reasons.append(Reason(code, {"other": nxt.title}, _TEMPLATES))
        ranked.append(RankedRemedy(index + 1, option, in_time, tuple(reasons)))
    return ranked
