"""The alarms pass as a background task, and its scheduling.

Each moment an alarm may become due is known in advance: a waiting contact reaches its
escalation steps, a disclosure deadline passes, a follow-up task falls due. At those moments a
deferred run of the alarms pass is queued, so the alarms go out with the ordinary worker and no
scheduler. The pass itself is idempotent (each alarm is claimed once), so an extra run, or the
``incident_alarms`` command run by hand or by cron, never sends anything twice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.tasks import task
from django.utils import timezone

from ownup.web.incidents.alarms import run_alarms

# Run a little after the moment itself, so the step is reached when the pass looks.
MARGIN = timedelta(seconds=30)


@task()
def send_incident_alarms() -> dict[str, int]:
    return run_alarms()


def schedule_alarm_passes(moments: Iterable[datetime]) -> int:
    """Queue a deferred alarms pass at each future moment (once the transaction commits).
    Returns how many were queued; none when the task backend cannot defer."""
    from ownup.web.core.jobs import enqueue_on_commit

    if not send_incident_alarms.get_backend().supports_defer:
        return 0
    now = timezone.now()
    queued = 0
    for moment in sorted(set(moments)):
        if moment > now:
            enqueue_on_commit(send_incident_alarms.using(run_after=moment + MARGIN))
            queued += 1
    return queued
