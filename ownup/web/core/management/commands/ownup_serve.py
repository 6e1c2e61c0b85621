"""Serve the application with gunicorn and run the background worker beside it.

Both are child processes; Ctrl-C or SIGTERM stops both, and if either dies the other is
stopped too, so `make run` never leaves a web server without its worker or the reverse."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run gunicorn and the ownup worker together (what `make run` uses)."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--bind", default=os.environ.get("OWNUP_BIND", "127.0.0.1:8000"))
        parser.add_argument(
            "--web-workers", type=int, default=int(os.environ.get("OWNUP_WEB_WORKERS", "2"))
        )

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        python = sys.executable
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ownup.web.settings"}
        web = subprocess.Popen(
            [
                python,
                "-m",
                "gunicorn",
                "ownup.web.wsgi:application",
                "--bind",
                options["bind"],
                "--workers",
                str(options["web_workers"]),
                "--threads",
                "4",
                "--timeout",
                "120",
                "--graceful-timeout",
                "10",
                "--access-logfile",
                "-",
                "--log-level",
                "warning",
            ],
            env=env,
        )
        worker = subprocess.Popen([python, "-m", "ownup.web", "ownup_worker"], env=env)
        children = [web, worker]
        stopping = False

        def stop(signum: int, frame: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping and all(child.poll() is None for child in children):
                time.sleep(0.3)
        finally:
            for child in children:
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 15
            for child in children:
                remaining = max(0.1, deadline - time.monotonic())
                try:
                    child.wait(timeout=remaining)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()
        failed = [c.args[2] for c in children if c.returncode not in (0, -signal.SIGTERM, None)]
        if failed and not stopping:
            self.stderr.write(f"stopped because a process exited: {failed}")
            sys.exit(1)
