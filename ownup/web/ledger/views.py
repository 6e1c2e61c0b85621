"""Thin views over the ledger: every record is loaded through the user's workspace."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ownup.web.core.permissions import scoped, workspace_required
from ownup.web.ledger import services
from ownup.web.ledger.certificate import certificate_context, render_certificate_pdf
from ownup.web.ledger.compare_view import comparison_context
from ownup.web.ledger.forms import CompareForm, GateForm, SendForm, UploadForm
from ownup.web.ledger.models import (
    ApprovalRequest,
    Comparison,
    Deliverable,
    JobStatus,
    PagePreview,
    ReleaseCheck,
    Version,
)
from ownup.web.ledger.uploads import UploadRejected, check_upload


def _deliverable_context(request: HttpRequest, deliverable: Deliverable, **extra: object) -> dict:
    versions = list(deliverable.versions.order_by("-number").prefetch_related("decisions"))
    return {
        "deliverable": deliverable,
        "project": deliverable.project,
        "client": deliverable.project.client,
        "versions": versions,
        "last_approved": deliverable.last_approved_version(),
        "upload_form": extra.pop("upload_form", None) or UploadForm(),
        "gate_form": extra.pop("gate_form", None) or GateForm(),
        "compare_form": extra.pop("compare_form", None)
        or CompareForm(
            versions=deliverable.versions.all(),
            initial={
                "old": versions[1].pk if len(versions) > 1 else None,
                "new": versions[0].pk if versions else None,
            },
        ),
        "checks": deliverable.release_checks.select_related(
            "matched_version", "matched_decision", "reference_version"
        )[:10],
        "comparisons": deliverable.comparisons.select_related(
            "old_version", "new_version", "release_check"
        )[:10],
        "events": deliverable.audit_events.select_related("version")[:8],
        **extra,
    }


def _deliverable(request: HttpRequest, deliverable_id: int) -> Deliverable:
    return scoped(
        request,
        Deliverable.objects.select_related("project__client", "workspace"),
        pk=deliverable_id,
    )


@workspace_required
def deliverable_detail(request: HttpRequest, deliverable_id: int) -> HttpResponse:
    deliverable = _deliverable(request, deliverable_id)
    return render(request, "ledger/deliverable.html", _deliverable_context(request, deliverable))


@workspace_required
@require_POST
def version_upload(request: HttpRequest, deliverable_id: int) -> HttpResponse:
    deliverable = _deliverable(request, deliverable_id)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            checked = check_upload(form.cleaned_data["file"])
        except UploadRejected as error:
            form.add_error("file", str(error))
        else:
            version = services.add_version(
                deliverable, checked, request.user, note=form.cleaned_data["note"]
            )
            messages.success(
                request,
                _("Version %(n)s stored, SHA-256 %(sha)s…")
                % {"n": version.number, "sha": version.sha256[:16]},
            )
            return redirect(version)
    context = _deliverable_context(request, deliverable, upload_form=form)
    return render(request, "ledger/deliverable.html", context, status=400)


@workspace_required
def version_detail(request: HttpRequest, version_id: int) -> HttpResponse:
    version = scoped(
        request, Version.objects.select_related("deliverable__project__client"), pk=version_id
    )
    form = SendForm(request.POST or None, version=version)
    if request.method == "POST" and form.is_valid():
        sent = services.send_for_approval(
            version,
            list(form.cleaned_data["contacts"]),
            request.user,
            form.cleaned_data["message"],
        )
        messages.success(
            request,
            _("Approval link sent to %(names)s.")
            % {"names": ", ".join(r.contact.name for r in sent)},
        )
        return redirect(version)
    return render(
        request,
        "ledger/version.html",
        {
            "version": version,
            "deliverable": version.deliverable,
            "send_form": form,
            "requests": version.approval_requests.select_related("contact").prefetch_related(
                "decisions"
            ),
            "comments": version.comments.all(),
            "decisions": version.decisions.all(),
            "pages": version.preview_pages(),
        },
        status=400 if request.method == "POST" else 200,
    )


@workspace_required
def version_status(request: HttpRequest, version_id: int) -> JsonResponse:
    version = scoped(request, Version.objects, pk=version_id)
    return JsonResponse(_preview_status(version))


def _preview_status(owner: Version | ReleaseCheck) -> dict:
    return {
        "status": owner.previews_status,
        "done": owner.previews_done,
        "total": owner.page_count,
    }


@workspace_required
def version_file(request: HttpRequest, version_id: int) -> FileResponse:
    version = scoped(request, Version.objects, pk=version_id)
    return FileResponse(version.file.open("rb"), as_attachment=True, filename=version.original_name)


@workspace_required
def version_page(request: HttpRequest, version_id: int, page: int) -> FileResponse:
    version = scoped(request, Version.objects, pk=version_id)
    return _preview_response(PagePreview.objects.filter(version=version, page_number=page))


@workspace_required
def check_page(request: HttpRequest, check_id: int, page: int) -> FileResponse:
    check = scoped(request, ReleaseCheck.objects, pk=check_id)
    return _preview_response(PagePreview.objects.filter(release_check=check, page_number=page))


def _preview_response(previews: object) -> FileResponse:
    preview = previews.first()  # type: ignore[attr-defined]
    if preview is None:
        raise Http404
    response = FileResponse(preview.image.open("rb"), content_type="image/png")
    response["Cache-Control"] = "private, max-age=86400"
    return response


@workspace_required
@require_POST
def revoke_request(request: HttpRequest, request_id: int) -> HttpResponse:
    approval = scoped(request, ApprovalRequest.objects.select_related("version"), pk=request_id)
    if approval.accepts_decision:
        services.revoke(approval, request.user)
        messages.success(request, _("The link no longer works."))
    return redirect(approval.version)


@workspace_required
@require_POST
def compare_start(request: HttpRequest, deliverable_id: int) -> HttpResponse:
    deliverable = _deliverable(request, deliverable_id)
    form = CompareForm(request.POST, versions=deliverable.versions.all())
    if not form.is_valid():
        context = _deliverable_context(request, deliverable, compare_form=form)
        return render(request, "ledger/deliverable.html", context, status=400)
    old, new = form.cleaned_data["old"], form.cleaned_data["new"]
    if old.number > new.number:
        old, new = new, old
    comparison = services.start_comparison(old, new, user=request.user)
    return redirect(comparison)


@workspace_required
def comparison_detail(request: HttpRequest, comparison_id: int) -> HttpResponse:
    comparison = scoped(
        request,
        Comparison.objects.select_related(
            "old_version", "new_version", "release_check", "deliverable__project__client"
        ),
        pk=comparison_id,
    )
    return render(request, "ledger/comparison.html", comparison_context(comparison))


@workspace_required
def comparison_status(request: HttpRequest, comparison_id: int) -> JsonResponse:
    comparison = scoped(request, Comparison.objects, pk=comparison_id)
    new_side = comparison.new_version or comparison.release_check
    return JsonResponse(
        {
            "status": comparison.status,
            "progress": round(comparison.progress, 3),
            "changes": comparison.change_count,
            "previews": _preview_status(new_side) if new_side else None,
            "old_previews": _preview_status(comparison.old_version),
        }
    )


@workspace_required
def comparison_report(request: HttpRequest, comparison_id: int) -> FileResponse:
    return _comparison_download(request, comparison_id, "report_html", ".html", "text/html")


@workspace_required
def comparison_annotated(request: HttpRequest, comparison_id: int) -> FileResponse:
    return _comparison_download(
        request, comparison_id, "annotated_pdf", "-annotated.pdf", "application/pdf"
    )


def _comparison_download(
    request: HttpRequest, comparison_id: int, field: str, suffix: str, content_type: str
) -> FileResponse:
    """One of a finished comparison's files, as an attachment; 404 until it exists."""
    comparison = scoped(request, Comparison.objects, pk=comparison_id)
    stored = getattr(comparison, field)
    if comparison.status != JobStatus.DONE or not stored:
        raise Http404
    return FileResponse(
        stored.open("rb"),
        as_attachment=True,
        filename=f"ownup-comparison-{comparison.pk}{suffix}",
        content_type=content_type,
    )


@workspace_required
@require_POST
def release_gate(request: HttpRequest, deliverable_id: int) -> HttpResponse:
    deliverable = _deliverable(request, deliverable_id)
    form = GateForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            checked = check_upload(form.cleaned_data["file"])
        except UploadRejected as error:
            form.add_error("file", str(error))
        else:
            result = services.check_release(
                deliverable, checked, request.user, form.cleaned_data["destination"]
            )
            return redirect(result.check)
    context = _deliverable_context(request, deliverable, gate_form=form)
    return render(request, "ledger/deliverable.html", context, status=400)


@workspace_required
def release_check_detail(request: HttpRequest, check_id: int) -> HttpResponse:
    check = scoped(
        request,
        ReleaseCheck.objects.select_related(
            "deliverable__project__client",
            "matched_version",
            "matched_decision",
            "reference_version",
            "approval_version",
        ),
        pk=check_id,
    )
    comparison = getattr(check, "comparison", None) if hasattr(check, "comparison") else None
    context = {"check": check, "deliverable": check.deliverable, "comparison": comparison}
    if comparison is not None:
        context.update(comparison_context(comparison))
    return render(request, "ledger/release_check.html", context)


@workspace_required
def release_check_file(request: HttpRequest, check_id: int) -> FileResponse:
    check = scoped(request, ReleaseCheck.objects, pk=check_id)
    return FileResponse(check.file.open("rb"), as_attachment=True, filename=check.original_name)


@workspace_required
@require_POST
def release_check_request_approval(request: HttpRequest, check_id: int) -> HttpResponse:
    check = scoped(request, ReleaseCheck.objects.select_related("deliverable"), pk=check_id)
    if check.is_released:
        raise Http404
    version = services.version_from_release_check(check, request.user)
    messages.success(
        request,
        _("The file is now version %(n)s. Choose who must approve it.") % {"n": version.number},
    )
    return redirect(reverse("ledger:version", args=[version.pk]) + "#send")


def _released(request: HttpRequest, check_id: int) -> ReleaseCheck:
    check = scoped(
        request,
        ReleaseCheck.objects.select_related(
            "deliverable__project__client",
            "matched_version",
            "matched_decision__approval_request",
            "checked_by",
        ),
        pk=check_id,
    )
    if not check.is_released:
        raise Http404
    return check


@workspace_required
def certificate_html(request: HttpRequest, check_id: int) -> HttpResponse:
    check = _released(request, check_id)
    return render(request, "ledger/certificate.html", certificate_context(check))


@workspace_required
def certificate_pdf(request: HttpRequest, check_id: int) -> HttpResponse:
    check = _released(request, check_id)
    response = HttpResponse(render_certificate_pdf(check), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="ownup-release-{check.certificate_number}.pdf"'
    )
    return response


@workspace_required
def deliverable_timeline(request: HttpRequest, deliverable_id: int) -> HttpResponse:
    deliverable = _deliverable(request, deliverable_id)
    return render(
        request,
        "ledger/timeline.html",
        {
            "deliverable": deliverable,
            "events": deliverable.audit_events.select_related("version"),
        },
    )
