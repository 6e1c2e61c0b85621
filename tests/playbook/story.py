"""The PRODUCT.md story as a playbook record, shared by the playbook tests."""

from datetime import datetime

from ownup.playbook.composer import MessageContext

DISCOVERED = datetime(2026, 9, 7, 9, 30)
EVENT = datetime(2026, 9, 12, 10, 0)


def story_context(lang: str = "en") -> MessageContext:
    if lang == "fr":
        return MessageContext(
            lang="fr",
            recipient_name="Claire Martin",
            sender_name="Léa Moreau",
            subject_item="la brochure de votre salon",
            problem="les 300 brochures imprimées diffèrent du BAT que vous avez validé : "
            "les horaires d'ouverture de la page 4 sont faux",
            impacts=("ces brochures ne peuvent pas être distribuées en l'état",),
            causes=(
                "après votre validation, j'ai modifié un bloc de texte pour l'équilibrer",
                "j'ai envoyé ce fichier à l'imprimeur sans vous le soumettre à nouveau",
            ),
            remedy="je fais réimprimer les 300 brochures corrigées",
            remedy_ready_at=datetime(2026, 9, 10, 17, 0),
            follow_up_at=datetime(2026, 9, 8, 10, 0),
            date_at_stake=EVENT,
            date_at_stake_label="votre salon",
        )
    return MessageContext(
        lang="en",
        recipient_name="Claire Martin",
        sender_name="Léa Moreau",
        subject_item="the brochure for your trade fair",
        problem="the 300 printed brochures differ from the proof you approved: the opening "
        "hours on page 4 are wrong",
        impacts=("these brochures cannot be handed out as they are",),
        causes=(
            "after your approval, I adjusted a text block to balance it",
            "I sent that file to the printer without asking you to approve it again",
        ),
        remedy="I am having the 300 corrected brochures reprinted",
        remedy_ready_at=datetime(2026, 9, 10, 17, 0),
        follow_up_at=datetime(2026, 9, 8, 10, 0),
        date_at_stake=EVENT,
        date_at_stake_label="your trade fair",
    )
