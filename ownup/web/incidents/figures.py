"""Numbers computed from the workspace's own data: the track record before the call and the
dashboard's figures and charts. The arithmetic is the playbook's; this only gathers records."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ownup.playbook import dashboard as pd
from ownup.playbook.contacts import waiting_state
from ownup.playbook.disclosure import countdown
from ownup.playbook.text import format_duration
from ownup.playbook.track_record import Period, TrackRecord
from ownup.web.incidents.charts import Bar, bar_chart
from ownup.web.incidents.models import ContactLogEntry, Incident, IncidentPreferences, PostMortem
from ownup.web.ledger.models import Decision, GateOutcome, Outcome, ReleaseCheck

MONTHS = 12


def track_record(workspace, now=None) -> TrackRecord:
    """Incidents against deliveries this calendar year. A delivery is a version the client
    approved as it is (the gate only ever releases such a file, so releases are included),
    or a release through the gate, whichever count is higher."""
    now = timezone.localtime(now or timezone.now())
    start = now.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    incidents = Incident.objects.filter(workspace=workspace, discovered_at__gte=start).count()
    approved = (
        Decision.objects.filter(
            version__workspace=workspace, outcome=Outcome.APPROVED, decided_at__gte=start
        )
        .values("version")
        .distinct()
        .count()
    )
    released = ReleaseCheck.objects.filter(
        workspace=workspace, outcome=GateOutcome.RELEASED, released_at__gte=start
    ).count()
    return TrackRecord(incidents, max(approved, released), Period.YEAR)


def figures_for(workspace) -> list[pd.IncidentFigures]:
    causes = dict(PostMortem.objects.filter(workspace=workspace).values_list("incident_id", "whys"))
    costs = {
        pm.incident_id: (pm.cost_money, pm.cost_hours)
        for pm in PostMortem.objects.filter(workspace=workspace)
    }
    records = []
    for incident in Incident.objects.filter(workspace=workspace):
        whys = causes.get(incident.pk) or []
        money, hours = costs.get(incident.pk, (Decimal(0), Decimal(0)))
        records.append(
            pd.IncidentFigures(
                detected_at=timezone.localtime(incident.discovered_at),
                informed_at=incident.informed_at and timezone.localtime(incident.informed_at),
                resolved_at=incident.remedy_delivered_at
                and timezone.localtime(incident.remedy_delivered_at),
                closed_at=incident.closed_at,
                cost_money=Decimal(money),
                cost_hours=Decimal(hours),
                root_cause=whys[-1] if whys else "",
            )
        )
    return records


def _month_label(key: str) -> str:
    return key[5:] + "/" + key[2:4]


def _hours_text(value: float | None) -> str:
    return "–" if value is None else (f"{value:g}")


def dashboard_context(workspace, lang: str) -> dict:
    now = timezone.now()
    today = timezone.localdate()
    records = figures_for(workspace)
    open_incidents = list(
        Incident.objects.filter(workspace=workspace, status="open").select_related(
            "client", "contact"
        )
    )
    open_rows = [
        {
            "incident": i,
            "countdown": countdown(i.disclosure_deadline, now, i.informed_at)
            if i.disclosure_deadline
            else None,
        }
        for i in open_incidents
    ]
    # Overdue and closest deadlines first; informed or not yet assessed last.
    open_rows.sort(
        key=lambda r: (
            r["countdown"] is None or r["countdown"].done,
            r["countdown"].remaining if r["countdown"] else timedelta(0),
        )
    )
    steps = IncidentPreferences.for_workspace(workspace).steps()
    waiting = []
    for entry in ContactLogEntry.objects.filter(
        workspace=workspace, direction="in", answered_at=None
    ).select_related("client", "contact"):
        state = waiting_state(entry.as_playbook(), now, steps)
        if state is not None:
            waiting.append({"entry": entry, "state": state, "banner": state.banner(lang)})
    waiting.sort(key=lambda w: -w["state"].waited)

    per_month = pd.incidents_per_month(records, today, MONTHS)
    inform = pd.time_to_inform_per_month(records, today, MONTHS)
    resolve = pd.time_to_resolve_per_month(records, today, MONTHS)
    costs = pd.cost_per_month(records, today, MONTHS)
    totals = pd.totals(records)
    charts = [
        mark_safe(
            bar_chart(
                [Bar(_month_label(k), float(v), str(v)) for k, v in per_month],
                _("Incidents per month"),
            )
        ),
        mark_safe(
            bar_chart(
                [Bar(_month_label(k), v, _hours_text(v)) for k, v in inform],
                _("Median time to inform the client (hours)"),
                " h",
            )
        ),
        mark_safe(
            bar_chart(
                [Bar(_month_label(k), v, _hours_text(v)) for k, v in resolve],
                _("Median time to resolve (hours)"),
                " h",
            )
        ),
        mark_safe(
            bar_chart(
                [Bar(_month_label(k), float(m), f"{m:.0f}") for k, m, _h in costs],
                _("Cost of errors per month (€)"),
                " €",
            )
        ),
    ]
    chart_titles = [
        _("Incidents per month"),
        _("Median time to inform the client (hours)"),
        _("Median time to resolve (hours)"),
        _("Cost of errors per month (€)"),
    ]
    return {
        "open_rows": open_rows,
        "waiting": waiting,
        "charts": list(zip(chart_titles, charts, strict=True)),
        "totals": totals,
        "inform_text": format_duration(timedelta(hours=totals.median_hours_to_inform), lang)
        if totals.median_hours_to_inform is not None
        else "–",
        "resolve_text": format_duration(timedelta(hours=totals.median_hours_to_resolve), lang)
        if totals.median_hours_to_resolve is not None
        else "–",
        "recurring": pd.recurring_root_causes(records),
        "closed": Incident.objects.filter(workspace=workspace, status="closed")[:10],
        "record": track_record(workspace),
        "record_text": track_record(workspace).text(lang),
    }
