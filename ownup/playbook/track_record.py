"""The user's own track record, for perspective before the call: errors happen to the best."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .text import normalise_lang


class Period(StrEnum):
    YEAR = "year"
    MONTH = "month"
    ALL = "all"


_PERIOD = {
    "en": {Period.YEAR: " this year", Period.MONTH: " this month", Period.ALL: ""},
    "fr": {Period.YEAR: " cette année", Period.MONTH: " ce mois-ci", Period.ALL: ""},
}


@dataclass(frozen=True)
class TrackRecord:
    incidents: int
    deliveries: int
    period: Period = Period.YEAR

    def __post_init__(self) -> None:
        if self.incidents < 0 or self.deliveries < 0:
            raise ValueError("counts cannot be negative")

    @property
    def clean_share(self) -> float | None:
        """Share of deliveries that went out without incident (None with no delivery)."""
        if self.deliveries == 0:
            return None
        return max(0.0, 1 - self.incidents / self.deliveries)

    def text(self, lang: str = "en") -> str:
        lang = normalise_lang(lang)
        when = _PERIOD[lang][self.period]
        i, d = self.incidents, self.deliveries
        if lang == "fr":
            inc = "Aucun incident" if i == 0 else f"{i} incident" + ("s" if i > 1 else "")
            dlv = f"{d} livraison" + ("s" if d > 1 else "")
            return f"{inc} sur {dlv}{when}"
        inc = "No incidents" if i == 0 else f"{i} incident" + ("s" if i != 1 else "")
        dlv = f"{d} deliver" + ("y" if d == 1 else "ies")
        return f"{inc} in {dlv}{when}"

    def perspective(self, lang: str = "en") -> str:
        """ "96% of your deliveries went out without a problem." (empty with no delivery)."""
        share = self.clean_share
        if share is None:
            return ""
        percent = int(share * 100)  # rounded down: never flatter
        if normalise_lang(lang) == "fr":
            return f"{percent} % de vos livraisons sont parties sans problème."
        return f"{percent}% of your deliveries went out without a problem."


def track_record_text(
    incidents: int, deliveries: int, lang: str = "en", period: Period = Period.YEAR
) -> str:
    return TrackRecord(incidents, deliveries, period).text(lang)
