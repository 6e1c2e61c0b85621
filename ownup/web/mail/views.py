from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ownup.web.core.permissions import current_membership, scoped, workspace_required
from ownup.web.mail.models import OutboxMessage


def _visible(request: HttpRequest):  # type: ignore[no-untyped-def]
    """The workspace's messages, plus the user's own account emails (no workspace)."""
    from django.db.models import Q

    membership = current_membership(request)
    return OutboxMessage.objects.filter(
        Q(workspace=membership.workspace) | Q(workspace__isnull=True, to=request.user.email)
    )


@workspace_required
def outbox(request: HttpRequest) -> HttpResponse:
    return render(request, "mail/outbox.html", {"messages_list": _visible(request)[:200]})


@workspace_required
def outbox_message(request: HttpRequest, message_id: int) -> HttpResponse:
    message = _visible(request).filter(pk=message_id).first()
    if message is None:
        scoped(request, OutboxMessage.objects, pk=-1)  # raises 404
    return render(
        request,
        "mail/outbox_message.html",
        {"message": message, "html_srcdoc": message.html_body},
    )
