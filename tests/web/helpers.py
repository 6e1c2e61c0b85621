"""Helpers shared by the web tests: personas, files, the task runner, the SMTP inbox, and
the rule for servers that are missing (skip locally with the reason; fail under CI=true)."""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from ownup.web.accounts.models import User, Workspace
from ownup.web.clients.models import Client as ClientCompany
from ownup.web.clients.models import Contact, Project
from ownup.web.ledger import services
from ownup.web.ledger.demo.brochure import brochure_pdf
from ownup.web.ledger.models import Deliverable
from ownup.web.ledger.uploads import check_path

PASSWORD = "correct horse battery staple 42"
REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("OWNUP_CHROMIUM", "/usr/bin/chromium")


def on_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.5):
            return True
    except OSError:
        return False


def require(available: bool, what: str) -> None:
    if available:
        return
    message = f"{what} is not available on this machine"
    if on_ci():
        pytest.fail(f"{message} (CI=true: refusing to skip)", pytrace=False)
    pytest.skip(message)


def require_chromium() -> str:
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    require(bool(path), f"Chromium ({CHROMIUM})")
    return path  # type: ignore[return-value]


def require_postgres() -> None:
    require(port_open("127.0.0.1", 5432), "PostgreSQL at 127.0.0.1:5432")


def require_redis() -> None:
    require(port_open("127.0.0.1", 6379), "Redis at 127.0.0.1:6379")


def run_tasks() -> None:
    """Run everything queued, in this process, with the configured backend's own worker."""
    if settings.OWNUP_TASK_BACKEND == "db":
        from django_tasks_db.management.commands.db_worker import Worker

        Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="pytest",
            excluded_queue_names=[],
        ).run()
    elif settings.OWNUP_TASK_BACKEND == "rq":
        import django_rq
        from django_tasks_rq import Job
        from rq import SimpleWorker

        queue = django_rq.get_queue("default", job_class=Job)
        SimpleWorker([queue], connection=queue.connection, job_class=Job).work(
            burst=True, logging_level="WARNING"
        )


def empty_rq_queue() -> None:
    """Leave nothing of ours in Redis, which outlives the test database: the waiting jobs, and
    every registry (scheduled and deferred jobs would otherwise run in a later test, or
    linger after the run; started, finished, failed and canceled ones hold job hashes)."""
    import django_rq

    queue = django_rq.get_queue("default")
    queue.empty()
    for registry in (
        queue.scheduled_job_registry,
        queue.deferred_job_registry,
        queue.started_job_registry,
        queue.finished_job_registry,
        queue.failed_job_registry,
        queue.canceled_job_registry,
    ):
        for job_id in registry.get_job_ids(cleanup=False):
            registry.remove(job_id, delete_job=True)


def pdf_file(state: str = "v3", name: str | None = None) -> Path:
    path = Path(tempfile.mkstemp(prefix="ownup-test-", suffix=".pdf")[1])
    path.write_bytes(brochure_pdf(state))
    return path


def make_user(email_address: str, name: str, language: str = "en") -> User:
    return User.objects.create_user(email_address, PASSWORD, display_name=name, language=language)


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@dataclass
class Studio:
    owner: User
    member: User
    outsider: User
    workspace: Workspace
    other_workspace: Workspace
    company: ClientCompany
    contact: Contact
    project: Project
    deliverable: Deliverable
    extra: dict = field(default_factory=dict)

    def client_for(self, persona: str) -> Client:
        return signed_in(getattr(self, persona))


def upload(studio: Studio, state: str, name: str) -> object:
    return services.add_version(studio.deliverable, check_path(pdf_file(state), name), studio.owner)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """What a real SMTP server (aiosmtpd) on a free local port received."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 10.0) -> list[email.message.EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]


def text_of(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""
