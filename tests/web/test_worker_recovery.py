"""A worker killed in the middle of a comparison leaves no half-written record, and the
comparison is done again by the next worker. Real processes, killed with SIGKILL, on the
configured database and queue (SQLite + database queue, or PostgreSQL + RQ)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from .helpers import REPO

SETUP_SCRIPT = r"""
import io, sys
import django
django.setup()
from reportlab.pdfgen import canvas
from ownup.web.accounts.models import Membership, User, Workspace
from ownup.web.clients.models import Client, Project
from ownup.web.ledger import services
from ownup.web.ledger.models import Deliverable
from ownup.web.ledger.uploads import check_path
from pathlib import Path

def catalogue(path, changed_pages):
    pdf = canvas.Canvas(str(path))
    # Long enough (about 4 s of work) for the test to catch the comparison under way.
    for page in range(1, 241):
        pdf.setFont("Helvetica", 11)
        for line in range(40):
            price = 10 + page + line
            if page in changed_pages and line == 7:
                price += 1
            text = f"Item {page}-{line}  reference {page * 97 + line}  price {price} EUR"
            pdf.drawString(60, 780 - line * 18, text)
        pdf.showPage()
    pdf.save()

folder = Path(sys.argv[1])
catalogue(folder / "old.pdf", set())
catalogue(folder / "new.pdf", {10, 120, 230})
user = User.objects.create_user("w@t.test", "x", display_name="W")
ws = Workspace.objects.create(name="W")
Membership.objects.create(workspace=ws, user=user, role="owner")
client = Client.objects.create(workspace=ws, company="C")
project = Project.objects.create(workspace=ws, client=client, name="P")
deliverable = Deliverable.objects.create(workspace=ws, project=project, title="Catalogue")
old = services.add_version(deliverable, check_path(folder / "old.pdf", "old.pdf"), user)
new = services.add_version(deliverable, check_path(folder / "new.pdf", "new.pdf"), user)
comparison = services.start_comparison(old, new, user=user)
print(comparison.pk)
"""

QUERY_SCRIPT = r"""
import json, sys
import django
django.setup()
from ownup.web.ledger.models import AuditEvent, Comparison
c = Comparison.objects.get(pk=int(sys.argv[1]))
print(json.dumps({
    "status": c.status, "progress": c.progress, "attempts": c.attempts,
    "has_result": c.result is not None, "report": bool(c.report_html),
    "annotated": bool(c.annotated_pdf), "changes": c.change_count,
    "compared_events": AuditEvent.objects.filter(kind="compared").count(),
}))
"""


def _state(env: dict, comparison_id: int) -> dict:
    import json

    out = subprocess.run(
        [sys.executable, "-c", QUERY_SCRIPT, str(comparison_id)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _start_worker(env: dict, log: Path) -> subprocess.Popen:
    with log.open("ab") as output:  # the worker writes to its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "ownup.web", "ownup_worker"],
            env=env,
            cwd=REPO,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _kill_hard(process: subprocess.Popen) -> None:
    """SIGKILL the worker and every process it forked (an RQ work horse runs the job in a
    child that moved to its own session, so killing the group alone would spare it)."""
    import psutil

    family = [process.pid]
    with contextlib.suppress(psutil.NoSuchProcess):
        family += [child.pid for child in psutil.Process(process.pid).children(recursive=True)]
    for pid in family:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    process.wait(timeout=30)


def _wait(predicate, timeout: float, what: str, env: dict, cid: int) -> dict:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    state = _state(env, cid)
    while not predicate(state):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}: {state}")
        time.sleep(0.2)
        state = _state(env, cid)
    return state


def test_a_killed_worker_leaves_no_half_result_and_the_job_is_done_again(  # type: ignore[no-untyped-def]
    app_env, tmp_path
) -> None:
    setup = subprocess.run(
        [sys.executable, "-c", SETUP_SCRIPT, str(tmp_path)],
        env=app_env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert setup.returncode == 0, setup.stderr
    comparison_id = int(setup.stdout.strip().splitlines()[-1])
    log = tmp_path / "worker.log"

    first = _start_worker(app_env, log)
    try:
        running = _wait(
            lambda s: s["status"] == "running" and 0 < s["progress"] < 1,
            120,
            "the comparison to be under way",
            app_env,
            comparison_id,
        )
    finally:
        _kill_hard(first)
    assert running["attempts"] == 1

    after_kill = _state(app_env, comparison_id)
    assert after_kill["status"] == "running"
    assert not after_kill["has_result"]
    assert not after_kill["report"] and not after_kill["annotated"]
    assert after_kill["changes"] is None
    assert after_kill["compared_events"] == 0

    second = _start_worker(app_env, log)
    try:
        done = _wait(
            lambda s: s["status"] in {"done", "failed"},
            240,
            "the comparison to be done again",
            app_env,
            comparison_id,
        )
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        try:
            second.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(second.pid, signal.SIGKILL)
            second.wait()
    assert done["status"] == "done", log.read_text()[-3000:]
    assert done["attempts"] == 2
    assert done["has_result"] and done["report"] and done["annotated"]
    assert done["changes"] >= 3
    assert done["compared_events"] == 1
