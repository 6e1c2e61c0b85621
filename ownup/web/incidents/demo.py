"""The incident part of the demo: the PRODUCT.md story at its start. 300 brochures were printed
from a file changed after the client's approval, six days before her event; the next day the
client calls. The newcomer walks the playbook from there: the call waits for an answer, the
incident is open, its consequences are drafted but not yet assessed."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ownup.web.incidents import services
from ownup.web.incidents.models import Incident, OriginChoice, RemedyOption


@transaction.atomic
def load_incident_demo(demo) -> Incident | None:  # type: ignore[no-untyped-def]
    """Add the story's incident to the ledger demo (once)."""
    if Incident.objects.filter(workspace=demo.workspace).exists():
        return None
    now = timezone.now()
    printed_at = now - timedelta(days=1, hours=2)
    event = timezone.localtime(now + timedelta(days=5)).replace(
        hour=18, minute=30, second=0, microsecond=0
    )
    call = services.log_contact(
        demo.workspace,
        demo.user,
        client=demo.client,
        contact=demo.contact,
        channel="call",
        direction="in",
        at=now - timedelta(minutes=50),
        summary="Les brochures livrées ne correspondent pas au BAT validé : les horaires "
        "du salon ne sont plus les mêmes.",
    )
    incident = services.open_incident(
        demo.workspace,
        demo.user,
        title="300 brochures imprimées avec une erreur",
        what_happened="les 300 brochures imprimées diffèrent du BAT que vous avez validé : "
        "l'horaire d'ouverture a changé en page 1",
        origin=OriginChoice.CLIENT_CONTACT,
        contact_entry=call,
        client=demo.client,
        contact=demo.contact,
        project=demo.project,
        deliverable=demo.deliverable,
        release_check=demo.refused_check,
        discovered_at=call.at,
        discovered_by="client",
        reached_client=True,
        client_knows=True,
        causes=(
            f"Le {timezone.localtime(printed_at):%d/%m}, après votre validation, j'ai retouché "
            "un bloc de texte pour l'équilibrer.\n"
            "J'ai envoyé ce fichier à l'imprimeur sans vous le soumettre à nouveau."
        ),
        date_at_stake=event,
        date_at_stake_label="votre salon",
        # The consequences as the designer first sees them; the newcomer reviews and assesses.
        affects_public=True,
        deadline_rating=3,
        deadline_note="les brochures ne peuvent pas être distribuées au salon en l'état",
        image_rating=2,
        image_note="les visiteurs du salon verraient un horaire faux",
        economic_rating=1,
        economic_note="300 brochures à remplacer",
    )
    options = [
        ("reprint", "Réimpression à mes frais", 48, 450, 0, 100),
        ("sticker", "Autocollant correctif posé par moi", 24, 60, 0, 85),
        ("erratum", "Encart d'erratum glissé par le client", 24, 40, 2, 60),
    ]
    for kind, title, hours, cost, effort, harm in options:
        RemedyOption.objects.create(
            workspace=demo.workspace,
            incident=incident,
            kind=kind,
            title=title,
            hours_to_deliver=hours,
            cost=cost,
            client_effort=effort,
            harm_undone=harm,
        )
    return incident
