"""The facts of an incident: what happened, when and by whom it was discovered, whether it
reached the client and whether the client already knows. Plain data, no behaviour beyond
validation and labels."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .text import pick


class Discoverer(StrEnum):
    ME = "me"
    MY_TEAM = "my_team"
    CLIENT = "client"
    THIRD_PARTY = "third_party"

    def label(self, lang: str = "en") -> str:
        return {
            Discoverer.ME: pick(lang, "me", "moi"),
            Discoverer.MY_TEAM: pick(lang, "my team", "mon équipe"),
            Discoverer.CLIENT: pick(lang, "the client", "le client"),
            Discoverer.THIRD_PARTY: pick(lang, "a third party", "un tiers"),
        }[self]

    @property
    def is_outside(self) -> bool:
        """Found by someone outside my side: the client hears of it from them, not from me."""
        return self in (Discoverer.CLIENT, Discoverer.THIRD_PARTY)


class Origin(StrEnum):
    """Where the incident record was opened from."""

    SCRATCH = "scratch"
    RELEASE_GATE = "release_gate"
    COMPARISON = "comparison"
    CLIENT_CONTACT = "client_contact"

    def label(self, lang: str = "en") -> str:
        return {
            Origin.SCRATCH: pick(lang, "opened from scratch", "ouvert de zéro"),
            Origin.RELEASE_GATE: pick(
                lang, "opened from a refused release", "ouvert depuis une sortie refusée"
            ),
            Origin.COMPARISON: pick(
                lang, "opened from a comparison", "ouvert depuis une comparaison"
            ),
            Origin.CLIENT_CONTACT: pick(
                lang, "opened from a client contact", "ouvert depuis un contact client"
            ),
        }[self]


@dataclass(frozen=True)
class IncidentFacts:
    what_happened: str
    discovered_at: datetime
    discovered_by: Discoverer = Discoverer.ME
    reached_client: bool = False
    client_knows: bool = False
    #: What led to the error, as facts in the first person ("I changed the text block after
    #: your approval"), one per item. Used by the messages and the post-mortem.
    causes: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not self.what_happened.strip():
            raise ValueError("what happened must not be empty")
        if self.discovered_by is Discoverer.CLIENT and not self.client_knows:
            # The client found it: by definition they know.
            object.__setattr__(self, "client_knows", True)
        if self.client_knows and not self.reached_client:
            object.__setattr__(self, "reached_client", True)


def facts_from_changes(changes: list[str], lang: str = "en") -> str:
    """Turn a comparison's list of readable changes into the "what happened" text."""
    items = [c.strip() for c in changes if c and c.strip()]
    if not items:
        raise ValueError("a comparison with no change gives no facts")
    head = pick(
        lang,
        f"The file differs from the approved version in {len(items)} place"
        + ("s" if len(items) > 1 else "")
        + ":",
        f"Le fichier diffère de la version approuvée en {len(items)} endroit"
        + ("s" if len(items) > 1 else "")
        + " :",
    )
    return head + "\n" + "\n".join(f"- {item}" for item in items)
