from datetime import date, datetime, timedelta
from decimal import Decimal

from ownup.playbook.dashboard import (
    IncidentFigures,
    cost_per_month,
    incidents_per_month,
    last_months,
    recurring_root_causes,
    time_to_inform_per_month,
    time_to_resolve_per_month,
    totals,
)

TODAY = date(2026, 3, 15)


def rec(y, m, d, inform_h=None, resolve_h=None, cost=0, hours=0, cause="", closed=True):
    at = datetime(y, m, d, 9)
    return IncidentFigures(
        detected_at=at,
        informed_at=at + timedelta(hours=inform_h) if inform_h is not None else None,
        resolved_at=at + timedelta(hours=resolve_h) if resolve_h is not None else None,
        closed_at=at + timedelta(days=5) if closed else None,
        cost_money=Decimal(cost),
        cost_hours=Decimal(hours),
        root_cause=cause,
    )


RECORDS = [
    rec(2026, 3, 2, 1, 48, 450, 6, "No approval after the last change"),
    rec(2026, 3, 10, 3, 24, 50, 2, "no approval after the last change!", closed=False),
    rec(2026, 1, 20, 5, None, 0, 1, "Wrong font embedded"),
    rec(2025, 1, 5, 2, 2, 10, 1, "old"),  # outside the 12-month window
]


def test_last_months_cross_the_year():
    assert last_months(TODAY, 4) == ["2025-12", "2026-01", "2026-02", "2026-03"]


def test_incidents_per_month():
    series = dict(incidents_per_month(RECORDS, TODAY))
    assert len(series) == 12
    assert series["2026-03"] == 2 and series["2026-01"] == 1 and series["2026-02"] == 0
    assert "2025-01" not in series


def test_median_times_per_month():
    inform = dict(time_to_inform_per_month(RECORDS, TODAY))
    assert inform["2026-03"] == 2.0 and inform["2026-01"] == 5.0 and inform["2026-02"] is None
    resolve = dict(time_to_resolve_per_month(RECORDS, TODAY))
    assert resolve["2026-03"] == 36.0 and resolve["2026-01"] is None


def test_cost_per_month():
    costs = {k: (m, h) for k, m, h in cost_per_month(RECORDS, TODAY)}
    assert costs["2026-03"] == (Decimal(500), Decimal(8))


def test_recurring_root_causes_group_wordings():
    assert recurring_root_causes(RECORDS) == [("No approval after the last change", 2)]
    assert len(recurring_root_causes(RECORDS, minimum=1)) == 3


def test_totals():
    t = totals(RECORDS)
    assert t.count == 4 and t.open_count == 1
    assert t.median_hours_to_inform == 2.5
    assert t.cost_money == Decimal(510)
