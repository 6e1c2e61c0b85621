"""Banners on every page: each client contact still waiting for an answer, and each incident
whose disclosure deadline has passed."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ownup.playbook.contacts import waiting_state
from ownup.playbook.text import format_duration, normalise_lang
from ownup.web.core.permissions import current_membership

MAX_BANNERS = 5


def incident_banners(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    membership = current_membership(request)
    if membership is None:
        return {}
    from ownup.web.incidents.models import ContactLogEntry, Incident, IncidentPreferences

    workspace = membership.workspace
    now = timezone.now()
    lang = normalise_lang(get_language())
    steps = IncidentPreferences.for_workspace(workspace).steps()
    banners = []
    waiting = ContactLogEntry.objects.filter(
        workspace=workspace, direction="in", answered_at=None
    ).select_related("contact", "client")
    for entry in waiting.order_by("at")[:MAX_BANNERS]:
        state = waiting_state(entry.as_playbook(), now, steps)
        if state is None:
            continue
        banners.append(
            {
                "kind": "waiting",
                "level": state.level,
                "text": state.banner(lang),
                "url": reverse("incidents:contacts")
                + f"?client={entry.client_id}#entry-{entry.pk}",
                "entry": entry,
            }
        )
    overdue = Incident.objects.filter(
        workspace=workspace, status="open", informed_at=None, disclosure_deadline__lt=now
    )
    for incident in overdue[:MAX_BANNERS]:
        late = format_duration(now - incident.disclosure_deadline, lang)
        banners.append(
            {
                "kind": "overdue",
                "level": 4,
                "text": _("%(title)s: the client should have been told %(late)s ago")
                % {"title": incident.title, "late": late},
                "url": incident.get_absolute_url(),
            }
        )
    return {"incident_banners": banners}
