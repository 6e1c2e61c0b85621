"""Build the demo workspace: a designer, a client, a brochure with three versions (the third
approved) and the final file that differs from it, already refused once by the release gate."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from ownup.web.accounts.models import Membership, Role, User, Workspace
from ownup.web.clients.models import Client, Contact, Project
from ownup.web.ledger import services
from ownup.web.ledger.demo.brochure import brochure_pdf
from ownup.web.ledger.models import Deliverable, Outcome, ReleaseCheck
from ownup.web.ledger.uploads import CheckedFile, check_path

DEMO_EMAIL = "lise@demo.ownup.test"
DEMO_PASSWORD = "ownup-demo-2026"


@dataclass
class Demo:
    """What the ledger demo created; other apps' demo loaders build on it."""

    user: User
    workspace: Workspace
    client: Client
    contact: Contact
    project: Project
    deliverable: Deliverable
    refused_check: ReleaseCheck | None
    final_file: Path


def final_file_path() -> Path:
    return Path(settings.DATA_DIR) / "demo" / "brochure-final.pdf"


def _checked(state: str, name: str) -> CheckedFile:
    with tempfile.NamedTemporaryFile(prefix="ownup-demo-", suffix=".pdf", delete=False) as handle:
        handle.write(brochure_pdf(state))
    return check_path(Path(handle.name), name)


def load_demo() -> Demo | None:
    """Create the demo once; returns None when it already exists."""
    if User.objects.filter(email=DEMO_EMAIL).exists():
        return None
    final = final_file_path()
    final.parent.mkdir(parents=True, exist_ok=True)
    final.write_bytes(brochure_pdf("final"))
    with transaction.atomic():
        user = User.objects.create_user(
            DEMO_EMAIL, DEMO_PASSWORD, display_name="Lise Moreau", language="fr"
        )
        workspace = Workspace.objects.create(name="Atelier Lise Moreau")
        Membership.objects.create(workspace=workspace, user=user, role=Role.OWNER)
        client = Client.objects.create(
            workspace=workspace,
            company="Domaine des Tilleuls",
            notes="Salon annuel des producteurs, 14 novembre.",
        )
        contact = Contact.objects.create(
            workspace=workspace,
            client=client,
            name="Claire Martin",
            email="claire.martin@domaine-des-tilleuls.test",
            phone="02 41 88 47 35",
            language="fr",
        )
        project = Project.objects.create(
            workspace=workspace,
            client=client,
            name="Rencontres d'automne 2026",
            description="Brochure A5, 2 pages, 300 exemplaires.",
        )
        deliverable = Deliverable.objects.create(
            workspace=workspace, project=project, title="Brochure A5"
        )
        decisions = [
            (Outcome.CHANGES_REQUIRED, "Début à 18 h 30, et ajoutez les fromages, merci."),
            (Outcome.APPROVED_WITH_CHANGES, "Le bandeau en bleu plutôt que vert."),
            (Outcome.APPROVED, "Bon à tirer."),
        ]
        for number, (state, (outcome, note)) in enumerate(
            zip(("v1", "v2", "v3"), decisions, strict=True), start=1
        ):
            version = services.add_version(
                deliverable, _checked(state, f"brochure-v{number}.pdf"), user
            )
            (request,) = services.send_for_approval(
                version, [contact], user, "Voici la nouvelle épreuve."
            )
            services.record_decision(
                request,
                outcome,
                contact.name,
                note,
                "203.0.113.24",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15",
            )
        result = services.check_release(
            deliverable, _checked("final", "brochure-final.pdf"), user, "Imprimerie Durand"
        )
    demo = Demo(user, workspace, client, contact, project, deliverable, result.check, final)
    _extend(demo)
    return demo


def _extend(demo: Demo) -> None:
    """Let the incidents app add its part of the demo, when it is installed."""
    from importlib.util import find_spec

    if find_spec("ownup.web.incidents") and find_spec("ownup.web.incidents.demo"):
        from ownup.web.incidents.demo import load_incident_demo  # type: ignore[import-not-found]

        load_incident_demo(demo)
