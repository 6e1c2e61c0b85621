"""The sweep: abandoned work is run again, a queue backlog is left alone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from ownup.web.core.jobs import sweep
from ownup.web.ledger import services
from ownup.web.ledger.models import Comparison, JobStatus
from ownup.web.ledger.tasks import run_comparison

from .helpers import empty_rq_queue, run_tasks, upload

pytestmark = pytest.mark.django_db(transaction=True)


def test_sweep_reruns_abandoned_work_but_not_a_backlog(studio, settings) -> None:  # type: ignore[no-untyped-def]
    settings.OWNUP_STALE_JOB_SECONDS = 60
    settings.OWNUP_LOST_JOB_SECONDS = 600
    v1, v2 = upload(studio, "v3", "a.pdf"), upload(studio, "final", "b.pdf")
    run_tasks()
    waiting = services.start_comparison(v1, v2, user=studio.owner)
    Comparison.objects.filter(pk=waiting.pk).update(
        created_at=timezone.now() - timedelta(seconds=120)
    )
    assert sweep()["comparisons"] == 0  # two minutes in the queue is a backlog, not a loss

    # A worker died while running it: its heartbeat stopped two minutes ago.
    Comparison.objects.filter(pk=waiting.pk).update(
        status=JobStatus.RUNNING,
        heartbeat_at=timezone.now() - timedelta(seconds=120),
        attempts=1,
    )
    assert sweep()["comparisons"] == 1
    assert sweep()["comparisons"] == 0  # claimed once
    run_tasks()  # runs the original job and the re-enqueued one: the result is written once
    waiting.refresh_from_db()
    assert waiting.status == JobStatus.DONE and waiting.change_count >= 2


def test_a_duplicate_run_leaves_a_live_job_alone(studio) -> None:  # type: ignore[no-untyped-def]
    v1, v2 = upload(studio, "v3", "a.pdf"), upload(studio, "final", "b.pdf")
    comparison = services.start_comparison(v1, v2, user=studio.owner)
    Comparison.objects.filter(pk=comparison.pk).update(
        status=JobStatus.RUNNING, heartbeat_at=timezone.now(), attempts=1
    )
    assert run_comparison.call(comparison.pk).startswith("skipped")
    comparison.refresh_from_db()
    assert comparison.attempts == 1 and comparison.result is None


@pytest.mark.skipif(
    settings.OWNUP_TASK_BACKEND != "rq",
    reason="the Redis queue is used only with OWNUP_TASK_BACKEND=rq",
)
def test_each_test_leaves_no_job_in_redis_scheduled_ones_included(studio) -> None:  # type: ignore[no-untyped-def]
    """Redis outlives the test database: a job a test scheduled for later must not survive it."""
    import django_rq

    from ownup.web.incidents.tasks import send_incident_alarms

    queue = django_rq.get_queue("default")
    later = send_incident_alarms.using(run_after=timezone.now() + timedelta(hours=3)).enqueue()
    now = send_incident_alarms.enqueue()
    assert queue.scheduled_job_registry.count == 1 and queue.count == 1
    empty_rq_queue()
    assert queue.scheduled_job_registry.count == 0 and queue.count == 0
    for result in (later, now):
        assert not queue.connection.exists(f"rq:job:{result.id}")
