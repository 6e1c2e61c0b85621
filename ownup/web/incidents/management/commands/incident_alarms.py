import time

from django.core.management.base import BaseCommand

from ownup.web.incidents.alarms import run_alarms


class Command(BaseCommand):
    help = (
        "Send due alarms: client contacts still waiting (escalating), overdue disclosures, "
        "follow-up tasks due. Safe to run as often as wanted; --every N keeps running."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=int, default=0, help="run again every N seconds (0: once)"
        )

    def handle(self, *args, every: int = 0, **options):
        while True:
            done = run_alarms()
            self.stdout.write(", ".join(f"{k}: {v}" for k, v in done.items()))
            if every <= 0:
                return
            time.sleep(every)
