from django.core.management.base import BaseCommand

from ownup.web.ledger.demo.loader import DEMO_EMAIL, DEMO_PASSWORD, final_file_path, load_demo


class Command(BaseCommand):
    help = "Create the demo workspace (once): a designer, a client, a brochure and its proofs."

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        demo = load_demo()
        state = "created" if demo else "already there"
        self.stdout.write(f"Demo workspace {state}.")
        self.stdout.write(f"  sign in as   {DEMO_EMAIL}")
        self.stdout.write(f"  password     {DEMO_PASSWORD}")
        self.stdout.write(f"  final file   {final_file_path()}  (give it to the release gate)")
