from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ownup.web.core.permissions import current_workspace, workspace_required
from ownup.web.ledger.models import ApprovalRequest, Deliverable, GateOutcome, ReleaseCheck


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "core/welcome.html")
    return dashboard(request)


@workspace_required
def dashboard(request: HttpRequest) -> HttpResponse:
    workspace = current_workspace(request)
    waiting = [
        r
        for r in ApprovalRequest.objects.filter(workspace=workspace, revoked_at__isnull=True)
        .select_related("version__deliverable", "contact")
        .prefetch_related("decisions")[:50]
        if r.state == "pending"
    ]
    return render(
        request,
        "core/dashboard.html",
        {
            "deliverables": Deliverable.objects.filter(workspace=workspace)
            .select_related("project__client")
            .prefetch_related("versions")[:20],
            "waiting": waiting,
            "recent_checks": ReleaseCheck.objects.filter(workspace=workspace).select_related(
                "deliverable"
            )[:8],
            "GateOutcome": GateOutcome,
        },
    )


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
