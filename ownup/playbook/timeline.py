"""The incident's timeline: stages stamped as things happen, and the two durations that matter
most to the client: time to inform and time to resolve."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from .text import pick


class Stage(StrEnum):
    DETECTED = "detected"
    CLIENT_INFORMED = "client_informed"
    REMEDY_AGREED = "remedy_agreed"
    REMEDY_DELIVERED = "remedy_delivered"
    CLOSED = "closed"

    def label(self, lang: str = "en") -> str:
        return {
            Stage.DETECTED: pick(lang, "Detected", "Détectée"),
            Stage.CLIENT_INFORMED: pick(lang, "Client informed", "Client informé"),
            Stage.REMEDY_AGREED: pick(lang, "Remedy agreed", "Solution convenue"),
            Stage.REMEDY_DELIVERED: pick(lang, "Remedy delivered", "Solution livrée"),
            Stage.CLOSED: pick(lang, "Closed", "Clôturée"),
        }[self]


STAGES: tuple[Stage, ...] = tuple(Stage)


@dataclass(frozen=True)
class Timeline:
    stamps: Mapping[Stage, datetime] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.stamps and Stage.DETECTED not in self.stamps:
            raise ValueError("a timeline starts with the detection")
        previous: datetime | None = None
        for stage in STAGES:
            at = self.stamps.get(stage)
            if at is None:
                continue
            if previous is not None and at < previous:
                raise ValueError(f"stage {stage.value!r} cannot come before the previous stage")
            previous = at

    def with_stage(self, stage: Stage, at: datetime) -> Timeline:
        stamps = dict(self.stamps)
        stamps[stage] = at
        return Timeline(stamps)

    @property
    def current(self) -> Stage | None:
        reached = [s for s in STAGES if s in self.stamps]
        return reached[-1] if reached else None

    @property
    def next_stage(self) -> Stage | None:
        for stage in STAGES:
            if stage not in self.stamps:
                return stage
        return None

    def _between(self, start: Stage, end: Stage) -> timedelta | None:
        if start in self.stamps and end in self.stamps:
            return self.stamps[end] - self.stamps[start]
        return None

    @property
    def time_to_inform(self) -> timedelta | None:
        return self._between(Stage.DETECTED, Stage.CLIENT_INFORMED)

    @property
    def time_to_resolve(self) -> timedelta | None:
        """From detection to the remedy in the client's hands."""
        return self._between(Stage.DETECTED, Stage.REMEDY_DELIVERED)

    def steps(self) -> list[tuple[Stage, datetime | None]]:
        return [(s, self.stamps.get(s)) for s in STAGES]
