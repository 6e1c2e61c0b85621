"""How background work is queued, and how abandoned work is found and run again.

Tasks are plain ``django.tasks`` tasks, so the queue is a setting (database worker, Redis-backed
RQ, or inline). Two rules keep the ledger consistent whatever the backend:

- a task is enqueued only once the transaction that created its record has committed, so a
  worker never looks for a row that does not exist yet;
- a task writes its result in one transaction at its very end, and beats a heartbeat while it
  works; :func:`sweep` re-enqueues work whose heartbeat stopped (its worker was killed), so a
  killed comparison leaves no half-written record and is simply done again.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.tasks import Task
from django.utils import timezone

logger = logging.getLogger(__name__)


def enqueue_on_commit(task: Task, *args: Any, **kwargs: Any) -> None:
    transaction.on_commit(lambda: task.enqueue(*args, **kwargs))


def sweep() -> dict[str, int]:
    """Re-enqueue abandoned jobs, send due reminders and run the incidents' alarms pass;
    returns what it did, by kind."""
    from ownup.web.incidents.alarms import run_alarms
    from ownup.web.ledger.models import (
        Comparison,
        JobStatus,
        PreviewStatus,
        ReleaseCheck,
        Version,
    )
    from ownup.web.ledger.reminders import send_due_reminders
    from ownup.web.ledger.tasks import render_check_previews, render_previews, run_comparison

    now = timezone.now()
    stale_before = now - timedelta(seconds=settings.OWNUP_STALE_JOB_SECONDS)
    # A job still waiting in the queue is usually just behind others; only one waiting far
    # longer than that is taken as lost by the queue, so a backlog is not enqueued twice.
    lost_before = now - timedelta(seconds=settings.OWNUP_LOST_JOB_SECONDS)
    done = {"comparisons": 0, "previews": 0, "reminders": 0, "alarms": 0}

    abandoned = Comparison.objects.filter(
        Q(status=JobStatus.RUNNING, heartbeat_at__lt=stale_before)
        | Q(status=JobStatus.QUEUED, created_at__lt=lost_before, heartbeat_at__isnull=True)
        | Q(status=JobStatus.QUEUED, heartbeat_at__lt=lost_before)
    )
    for comparison in abandoned:
        # Claim it by moving the heartbeat, so two sweeps do not both re-enqueue it.
        claimed = Comparison.objects.filter(
            pk=comparison.pk, heartbeat_at=comparison.heartbeat_at, status=comparison.status
        ).update(status=JobStatus.QUEUED, heartbeat_at=timezone.now(), progress=0.0)
        if claimed:
            logger.warning(
                "comparison %s was abandoned by its worker; running it again", comparison.pk
            )
            run_comparison.enqueue(comparison.pk)
            done["comparisons"] += 1

    for model, task, created_field, extra in (
        (Version, render_previews, "uploaded_at", Q()),
        (ReleaseCheck, render_check_previews, "created_at", Q(comparison__isnull=False)),
    ):
        stuck = model.objects.filter(extra).filter(
            Q(previews_status=PreviewStatus.RUNNING, previews_heartbeat__lt=stale_before)
            | Q(previews_status=PreviewStatus.PENDING, **{f"{created_field}__lt": lost_before})
            & (Q(previews_heartbeat__isnull=True) | Q(previews_heartbeat__lt=lost_before))
        )
        for item in stuck:
            claimed = model.objects.filter(
                pk=item.pk, previews_heartbeat=item.previews_heartbeat
            ).update(previews_status=PreviewStatus.PENDING, previews_heartbeat=timezone.now())
            if claimed:
                task.enqueue(item.pk)
                done["previews"] += 1

    done["reminders"] = send_due_reminders()
    # The incidents' alarms are normally run by deferred tasks queued for the moment each falls
    # due; a queue that lost one (Redis flushed, a task record pruned, a backend that cannot
    # defer) would silence it. The pass claims each alarm before sending it, so running it here
    # as well never sends one twice.
    done["alarms"] = sum(run_alarms(now).values())
    return done
