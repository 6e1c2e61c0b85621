"""The client's side: reached by an emailed link, no account. The token is the only key."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from ownup.web.core.permissions import client_ip
from ownup.web.ledger import services
from ownup.web.ledger.forms import CommentForm, DecisionForm
from ownup.web.ledger.models import ApprovalRequest, PagePreview


def _approval(token: str) -> ApprovalRequest:
    found = ApprovalRequest.find_by_token(token)
    if found is None:
        raise Http404
    return found


def _user_agent(request: HttpRequest) -> str:
    return request.META.get("HTTP_USER_AGENT", "")[:500]


def _render_review(
    request: HttpRequest, approval: ApprovalRequest, token: str, status: int = 200, **forms: object
) -> HttpResponse:
    version = approval.version
    contact = approval.contact
    context = {
        "approval": approval,
        "token": token,
        "version": version,
        "deliverable": version.deliverable,
        "workspace": version.deliverable.workspace,
        "contact": contact,
        "pages": version.preview_pages(),
        "comments": version.comments.filter(approval_request__contact=contact),
        "decision": approval.decision(),
        "decision_form": forms.get("decision_form")
        or DecisionForm(initial={"signer_name": contact.name}),
        "comment_form": forms.get("comment_form") or CommentForm(initial={"author": contact.name}),
    }
    return render(request, "ledger/client_review.html", context, status=status)


@never_cache
def client_review(request: HttpRequest, token: str) -> HttpResponse:
    approval = _approval(token)
    # The page speaks the contact's language unless they switched it themselves.
    if not request.COOKIES.get("django_language"):
        translation.activate(approval.contact.language)
        request.LANGUAGE_CODE = approval.contact.language
    if approval.state == "pending":
        services.note_opened(approval, client_ip(request), _user_agent(request))
    return _render_review(request, approval, token)


@require_POST
def client_comment(request: HttpRequest, token: str) -> HttpResponse:
    approval = _approval(token)
    if not approval.accepts_decision:
        return _render_review(request, approval, token, status=410)
    form = CommentForm(request.POST)
    if not form.is_valid() or form.cleaned_data["page"] > approval.version.page_count:
        return _render_review(request, approval, token, status=400, comment_form=form)
    data = form.cleaned_data
    services.add_comment(approval, data["page"], data["x"], data["y"], data["text"], data["author"])
    return redirect(f"{request.path.rsplit('/comment/', 1)[0]}/#page-{data['page']}")


@require_POST
def client_decide(request: HttpRequest, token: str) -> HttpResponse:
    approval = _approval(token)
    if not approval.accepts_decision:
        return _render_review(request, approval, token, status=410)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _render_review(request, approval, token, status=400, decision_form=form)
    data = form.cleaned_data
    try:
        services.record_decision(
            approval,
            data["outcome"],
            data["signer_name"],
            data["note"],
            client_ip(request),
            _user_agent(request),
        )
    except ValueError:
        return _render_review(request, approval, token, status=410)
    return redirect("ledger:client_review", token=token)


def client_page(request: HttpRequest, token: str, page: int) -> FileResponse:
    approval = _approval(token)
    preview = PagePreview.objects.filter(version=approval.version, page_number=page).first()
    if preview is None:
        raise Http404(_("Page not ready"))
    response = FileResponse(preview.image.open("rb"), content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    return response
