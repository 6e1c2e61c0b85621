"""Run background work: the configured task worker plus a periodic sweep.

The sweep re-enqueues work abandoned by a dead worker, sends due reminders and runs the
incidents' alarms pass (waiting contacts, overdue disclosures, follow-up tasks). It runs once at
start (so a worker restarted after a crash picks up what was lost) and then every
OWNUP_SWEEP_SECONDS, in a thread beside the worker loop."""

from __future__ import annotations

import logging
import threading
import uuid

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connections

logger = logging.getLogger("ownup.worker")


# Finished task records of the database queue are kept this long, then pruned.
PRUNE_EVERY_SECONDS = 6 * 3600
PRUNE_AFTER_DAYS = 14


def _prune_task_records() -> None:
    if settings.OWNUP_TASK_BACKEND == "db":
        from django.core.management import call_command

        call_command("prune_db_task_results", min_age_days=PRUNE_AFTER_DAYS, verbosity=0)


def _sweep_forever(stop: threading.Event, interval: float) -> None:
    import time

    from ownup.web.core.jobs import sweep

    last_prune = 0.0
    while not stop.wait(interval):
        try:
            close_old_connections()
            done = sweep()
            if any(done.values()):
                logger.info("sweep: %s", done)
            if time.monotonic() - last_prune > PRUNE_EVERY_SECONDS:
                last_prune = time.monotonic()
                _prune_task_records()
        except Exception:  # the sweep must never bring the worker down
            logger.exception("sweep failed")
        finally:
            connections.close_all()


class Command(BaseCommand):
    help = "Run the background worker (database queue or RQ, per OWNUP_TASK_BACKEND)."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument(
            "--interval",
            type=float,
            default=0.5,
            help="seconds between polls of the database queue",
        )
        parser.add_argument("--burst", action="store_true", help="run what is queued, then exit")
        parser.add_argument("--no-sweep", action="store_true")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        from ownup.web.core.jobs import sweep

        if not options["no_sweep"]:
            done = sweep()
            self.stdout.write(f"ownup worker: start-up sweep {done}")
        stop = threading.Event()
        if not options["burst"] and not options["no_sweep"]:
            threading.Thread(
                target=_sweep_forever, args=(stop, settings.OWNUP_SWEEP_SECONDS), daemon=True
            ).start()
        try:
            if settings.OWNUP_TASK_BACKEND == "rq":
                self._run_rq(options["burst"])
            elif settings.OWNUP_TASK_BACKEND == "db":
                self._run_db(options["interval"], options["burst"])
            else:
                self.stdout.write("tasks run inline (OWNUP_TASK_BACKEND=immediate): no worker")
        finally:
            stop.set()

    def _run_db(self, interval: float, burst: bool) -> None:
        from django_tasks_db.management.commands.db_worker import Worker

        worker = Worker(
            queue_names=["*"],
            interval=interval,
            batch=burst,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=f"ownup-{uuid.uuid4().hex[:8]}",
            excluded_queue_names=[],
        )
        worker.configure_signals()
        worker.run()

    def _run_rq(self, burst: bool) -> None:
        import django_rq
        from django_tasks_rq import Job

        worker = django_rq.get_worker("default", job_class=Job)
        worker.work(burst=burst, with_scheduler=not burst, logging_level="INFO")
