"""Personas and a populated ledger for the web tests.

Three people: the *owner* and a *member* of the studio's workspace, and an *outsider* who has
a workspace of their own and must see nothing of the studio's."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings

from ownup.web.accounts.models import Membership, Role, Workspace
from ownup.web.clients.models import Client as ClientCompany
from ownup.web.clients.models import Contact, Project
from ownup.web.ledger.models import Deliverable

from .helpers import (
    REPO,
    Inbox,
    Studio,
    empty_rq_queue,
    free_port,
    make_user,
    require_postgres,
    require_redis,
    run_tasks,
)


@pytest.fixture(scope="session", autouse=True)
def _servers_for_backend() -> None:
    """The scale-out run needs its servers; say so plainly instead of failing obscurely."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        require_postgres()
    if settings.OWNUP_TASK_BACKEND == "rq":
        require_redis()


@pytest.fixture(autouse=True)
def _clean_queue():  # type: ignore[no-untyped-def]
    """Each test starts with an empty RQ queue and leaves none of its jobs in Redis, scheduled
    ones included (the database queue is emptied with the database)."""
    if settings.OWNUP_TASK_BACKEND != "rq":
        yield
        return
    empty_rq_queue()
    yield
    empty_rq_queue()


@pytest.fixture
def tasks():  # type: ignore[no-untyped-def]
    return run_tasks


@pytest.fixture
def studio(transactional_db) -> Studio:  # type: ignore[no-untyped-def]
    owner = make_user("lise@studio.test", "Lise Moreau")
    member = make_user("paul@studio.test", "Paul Girard")
    outsider = make_user("eve@elsewhere.test", "Eve Outsider")
    workspace = Workspace.objects.create(name="Atelier Lise")
    other = Workspace.objects.create(name="Elsewhere")
    Membership.objects.create(workspace=workspace, user=owner, role=Role.OWNER)
    Membership.objects.create(workspace=workspace, user=member, role=Role.MEMBER)
    Membership.objects.create(workspace=other, user=outsider, role=Role.OWNER)
    company = ClientCompany.objects.create(workspace=workspace, company="Domaine des Tilleuls")
    contact = Contact.objects.create(
        workspace=workspace,
        client=company,
        name="Claire Martin",
        email="claire@tilleuls.test",
        language="fr",
    )
    project = Project.objects.create(workspace=workspace, client=company, name="Salon 2026")
    deliverable = Deliverable.objects.create(
        workspace=workspace, project=project, title="Brochure A5"
    )
    return Studio(owner, member, outsider, workspace, other, company, contact, project, deliverable)


@pytest.fixture
def smtp_server():  # type: ignore[no-untyped-def]
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    inbox.port = free_port()  # type: ignore[attr-defined]
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)  # type: ignore[attr-defined]
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def smtp(smtp_server, settings):  # type: ignore[no-untyped-def]
    """Mail goes out by SMTP to the local test server."""
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": smtp_server.port, "timeout": 10},
        }
    }
    settings.OWNUP_MAIL_DELIVERY = "smtp"
    return smtp_server


@pytest.fixture(autouse=True)
def _fast_passwords(settings) -> None:  # type: ignore[no-untyped-def]
    """Hashing cost is a production concern; tests create many users."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(studio):  # type: ignore[no-untyped-def]
    """The studio with a full ledger: two versions, the first approved by the client, a
    comparison, a refused and a released gate check, an outbox message, all tasks run."""
    from ownup.web.ledger import services
    from ownup.web.ledger.models import ApprovalRequest, Outcome
    from ownup.web.ledger.uploads import check_path
    from ownup.web.mail.models import OutboxMessage

    from .helpers import pdf_file

    v1 = services.add_version(
        studio.deliverable, check_path(pdf_file("v3"), "v1.pdf"), studio.owner
    )
    v2 = services.add_version(
        studio.deliverable, check_path(pdf_file("final"), "v2.pdf"), studio.owner
    )
    (request,) = services.send_for_approval(v1, [studio.contact], studio.owner, "Merci !")
    decision = services.record_decision(
        request, Outcome.APPROVED, "Claire Martin", "", "192.0.2.7", "pytest-agent"
    )
    pending = ApprovalRequest.objects.create(
        workspace=studio.workspace,
        version=v2,
        contact=studio.contact,
        token_hash=ApprovalRequest.new_token()[1],
        created_by=studio.owner,
        expires_at=ApprovalRequest.default_expiry(),
    )
    comparison = services.start_comparison(v1, v2, user=studio.owner)
    refused = services.check_release(
        studio.deliverable, check_path(pdf_file("final"), "final.pdf"), studio.owner
    )
    released = services.check_release(
        studio.deliverable, check_path(pdf_file("v3"), "print.pdf"), studio.owner, "Printer"
    )
    run_tasks()
    studio.extra.update(
        v1=v1,
        v2=v2,
        request=request,
        pending=pending,
        decision=decision,
        comparison=comparison,
        refused=refused.check,
        refused_comparison=refused.comparison,
        released=released.check,
        message=OutboxMessage.objects.filter(workspace=studio.workspace).first(),
    )
    return studio


@pytest.fixture
def app_env(tmp_path):  # type: ignore[no-untyped-def]
    """A separate database and data folder that real worker processes share with the test."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ownup.web.settings",
        "OWNUP_DATA_DIR": str(tmp_path / "data"),
        "OWNUP_TASK_BACKEND": settings.OWNUP_TASK_BACKEND,
        "OWNUP_STALE_JOB_SECONDS": "3",
        "OWNUP_SWEEP_SECONDS": "1",
        "OWNUP_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(REPO),
    }
    env.pop("DATABASE_URL", None)
    database = None
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        require_postgres()
        import psycopg

        database = f"ownup_recovery_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{database}"')
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{database}"
    if settings.OWNUP_TASK_BACKEND == "rq":
        require_redis()
        env["REDIS_URL"] = "redis://127.0.0.1:6379/14"
        import redis

        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    subprocess.run(
        [sys.executable, "-m", "ownup.web", "migrate", "-v0"],
        env=env,
        check=True,
        cwd=REPO,
        timeout=300,
    )
    yield env
    if database:
        import psycopg

        with psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
