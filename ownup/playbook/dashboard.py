"""Figures across incidents, for the dashboard: incidents per month, time to inform, time to
resolve, cost, and root causes that come back. Pure functions over plain records."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from statistics import median


@dataclass(frozen=True)
class IncidentFigures:
    detected_at: datetime
    informed_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    cost_money: Decimal = Decimal(0)
    cost_hours: Decimal = Decimal(0)
    root_cause: str = ""


def month_key(moment: date | datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


def last_months(today: date, count: int = 12) -> list[str]:
    """The `count` month keys ending with today's month, oldest first."""
    keys = []
    year, month = today.year, today.month
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return keys[::-1]


def incidents_per_month(
    records: Iterable[IncidentFigures], today: date, months: int = 12
) -> list[tuple[str, int]]:
    keys = last_months(today, months)
    counts = Counter(month_key(r.detected_at) for r in records)
    return [(k, counts.get(k, 0)) for k in keys]


def _median_hours(values: list[timedelta]) -> float | None:
    if not values:
        return None
    return round(median(v.total_seconds() for v in values) / 3600, 1)


def _per_month(
    records: Iterable[IncidentFigures], today: date, months: int, attr: str
) -> list[tuple[str, float | None]]:
    keys = last_months(today, months)
    buckets: dict[str, list[timedelta]] = defaultdict(list)
    for r in records:
        end = getattr(r, attr)
        if end is not None:
            buckets[month_key(r.detected_at)].append(end - r.detected_at)
    return [(k, _median_hours(buckets.get(k, []))) for k in keys]


def time_to_inform_per_month(
    records: Iterable[IncidentFigures], today: date, months: int = 12
) -> list[tuple[str, float | None]]:
    """Median hours from detection to the client informed, per month of detection."""
    return _per_month(records, today, months, "informed_at")


def time_to_resolve_per_month(
    records: Iterable[IncidentFigures], today: date, months: int = 12
) -> list[tuple[str, float | None]]:
    """Median hours from detection to the remedy delivered, per month of detection."""
    return _per_month(records, today, months, "resolved_at")


def cost_per_month(
    records: Iterable[IncidentFigures], today: date, months: int = 12
) -> list[tuple[str, Decimal, Decimal]]:
    """(month, money, hours) summed per month of detection."""
    keys = last_months(today, months)
    money: dict[str, Decimal] = defaultdict(Decimal)
    hours: dict[str, Decimal] = defaultdict(Decimal)
    for r in records:
        k = month_key(r.detected_at)
        money[k] += r.cost_money
        hours[k] += r.cost_hours
    return [(k, money[k], hours[k]) for k in keys]


def _normalise_cause(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", text).strip()


def recurring_root_causes(
    records: Iterable[IncidentFigures], minimum: int = 2
) -> list[tuple[str, int]]:
    """Root causes seen at least `minimum` times, most frequent first. Causes are grouped
    ignoring case, accents and punctuation; the first wording met is the one shown."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for r in records:
        if not r.root_cause.strip():
            continue
        key = _normalise_cause(r.root_cause)
        counts[key] += 1
        shown.setdefault(key, r.root_cause.strip())
    return [(shown[k], n) for k, n in counts.most_common() if n >= minimum]


@dataclass(frozen=True)
class Totals:
    count: int
    open_count: int
    median_hours_to_inform: float | None
    median_hours_to_resolve: float | None
    cost_money: Decimal
    cost_hours: Decimal


def totals(records: Iterable[IncidentFigures]) -> Totals:
    records = list(records)
    inform = [r.informed_at - r.detected_at for r in records if r.informed_at]
    resolve = [r.resolved_at - r.detected_at for r in records if r.resolved_at]
    return Totals(
        count=len(records),
        open_count=sum(1 for r in records if r.closed_at is None),
        median_hours_to_inform=_median_hours(inform),
        median_hours_to_resolve=_median_hours(resolve),
        cost_money=sum((r.cost_money for r in records), Decimal(0)),
        cost_hours=sum((r.cost_hours for r in records), Decimal(0)),
    )
