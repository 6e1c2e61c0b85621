"""The incidents tests build on the web suite's personas (``tests/web/conftest.py``: an owner
and a member of the studio's workspace, an outsider with a workspace of their own) and add an
incident taken from the PRODUCT.md story."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from ownup.web.incidents import services


def _drop_scheduled_rq_jobs() -> None:
    import django_rq

    registry = django_rq.get_queue("default").scheduled_job_registry
    for job_id in registry.get_job_ids():
        registry.remove(job_id, delete_job=True)


@pytest.fixture(autouse=True)
def _no_deferred_alarm_runs_left():  # type: ignore[no-untyped-def]
    """Incoming contacts and deadlines queue deferred alarm passes; with RQ they wait in Redis,
    which outlives the test database: drop them before and after each test."""
    if settings.OWNUP_TASK_BACKEND != "rq":
        yield
        return
    _drop_scheduled_rq_jobs()
    yield
    _drop_scheduled_rq_jobs()


@pytest.fixture
def incident(studio):  # type: ignore[no-untyped-def]
    return services.open_incident(
        studio.workspace,
        studio.owner,
        title="Brochures differ from the approved proof",
        what_happened="the 300 printed brochures differ from the proof you approved: the "
        "opening hours on page 4 are wrong",
        client=studio.company,
        contact=studio.contact,
        deliverable=studio.deliverable,
        project=studio.project,
        discovered_at=timezone.now() - timedelta(hours=1),
        causes="After your approval, I adjusted a text block to balance it.\n"
        "I sent that file to the printer without asking you to approve it again.",
    )
