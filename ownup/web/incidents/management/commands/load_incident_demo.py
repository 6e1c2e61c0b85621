from django.core.management.base import BaseCommand, CommandError

from ownup.web.incidents.demo import load_incident_demo


class Command(BaseCommand):
    help = "Add the PRODUCT.md story's incident to the demo workspace (once)."

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        from ownup.web.accounts.models import User
        from ownup.web.ledger.demo.loader import DEMO_EMAIL, Demo, final_file_path
        from ownup.web.ledger.models import GateOutcome, ReleaseCheck

        user = User.objects.filter(email=DEMO_EMAIL).first()
        if user is None:
            raise CommandError("no demo workspace yet: run `load_demo` first")
        workspace = user.workspaces.first()
        deliverable = workspace.deliverables.select_related("project__client").first()
        if deliverable is None:
            raise CommandError("the demo workspace has no deliverable")
        client = deliverable.project.client
        demo = Demo(
            user=user,
            workspace=workspace,
            client=client,
            contact=client.contacts.first(),
            project=deliverable.project,
            deliverable=deliverable,
            refused_check=ReleaseCheck.objects.filter(
                deliverable=deliverable, outcome=GateOutcome.REFUSED
            ).first(),
            final_file=final_file_path(),
        )
        incident = load_incident_demo(demo)
        self.stdout.write(
            f"Demo incident created: /incidents/{incident.pk}/"
            if incident
            else "Demo incident already there."
        )
