"""Incident views: thin functions over ``ownup.playbook`` and ``services``. Every record is
loaded through the workspace scope, so another workspace's incident is a 404."""

from __future__ import annotations

import json
from datetime import datetime, time

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ownup.playbook import postmortem as ppm
from ownup.playbook.disclosure import countdown
from ownup.playbook.text import normalise_lang
from ownup.web.core.permissions import current_workspace, scoped, workspace_required
from ownup.web.incidents import services
from ownup.web.incidents.figures import dashboard_context, track_record
from ownup.web.incidents.forms import (
    AnswerForm,
    CallDoneForm,
    ConsequencesForm,
    ContactLogForm,
    FactsForm,
    MessagesForm,
    PostMortemForm,
    PreferencesForm,
    RemedyForm,
    TaskForm,
)
from ownup.web.incidents.models import (
    ContactLogEntry,
    EventKind,
    Incident,
    IncidentPreferences,
    OriginChoice,
    PostMortem,
)
from ownup.web.incidents.tasks import schedule_alarm_passes
from ownup.web.ledger.models import Comparison, GateOutcome, ReleaseCheck

MAX_CHECK_CHARS = 20_000


def lang() -> str:
    return normalise_lang(get_language())


def _incident(request: HttpRequest, pk: int) -> Incident:
    return scoped(
        request,
        Incident.objects.select_related("client", "contact", "deliverable", "chosen_remedy"),
        pk=pk,
    )


def countdown_for(incident: Incident):
    if incident.disclosure_deadline is None:
        return None
    return countdown(incident.disclosure_deadline, timezone.now(), incident.informed_at)


@workspace_required
def dashboard(request: HttpRequest) -> HttpResponse:
    workspace = current_workspace(request)
    context = dashboard_context(workspace, lang())
    return render(request, "incidents/dashboard.html", context)


def _prefill_from_source(request: HttpRequest, workspace) -> tuple[dict, dict]:
    """Initial values and linked records when opening from a release, comparison or contact."""
    initial: dict = {"discovered_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M")}
    links: dict = {"origin": OriginChoice.SCRATCH}
    source_release = request.GET.get("release") or request.POST.get("release")
    source_comparison = request.GET.get("comparison") or request.POST.get("comparison")
    source_contact = request.GET.get("contact") or request.POST.get("contact_entry")

    def scoped_get(model, pk):
        try:
            return model.objects.get(workspace=workspace, pk=int(pk))
        except (ValueError, model.DoesNotExist):
            raise Http404 from None

    comparison = None
    if source_release:
        release = scoped_get(ReleaseCheck, source_release)
        links.update(origin=OriginChoice.RELEASE_GATE, release_check=release)
        comparison = Comparison.objects.filter(release_check=release).first()
        deliverable = release.deliverable
        initial["title"] = _("Refused release: %(file)s") % {"file": release.original_name}
    elif source_comparison:
        comparison = scoped_get(Comparison, source_comparison)
        links["origin"] = OriginChoice.COMPARISON
        deliverable = comparison.deliverable
        initial["title"] = _("Changes found in %(deliverable)s") % {"deliverable": deliverable}
    else:
        deliverable = None
    if comparison is not None:
        links["comparison"] = comparison
        facts = services.changes_as_facts(
            comparison.changes(), lang(), comparison.result_language()
        )
        if facts:
            initial["what_happened"] = facts
    if deliverable is not None:
        project = deliverable.project
        initial.update(deliverable=deliverable.pk, project=project.pk, client=project.client_id)
        contact = project.client.contacts.first()
        if contact is not None:
            initial["contact"] = contact.pk
    if source_contact:
        entry = scoped_get(ContactLogEntry, source_contact)
        links.update(origin=OriginChoice.CLIENT_CONTACT, contact_entry=entry)
        initial.update(
            client=entry.client_id,
            contact=entry.contact_id,
            discovered_by="client",
            client_knows=True,
            reached_client=True,
            what_happened=entry.summary,
            discovered_at=timezone.localtime(entry.at).strftime("%Y-%m-%dT%H:%M"),
            title=_("%(who)s: %(summary)s") % {"who": entry.who, "summary": entry.summary[:80]},
        )
    return initial, links


@workspace_required
def incident_new(request: HttpRequest) -> HttpResponse:
    workspace = current_workspace(request)
    initial, links = _prefill_from_source(request, workspace)
    form = FactsForm(request.POST or None, initial=initial, workspace=workspace)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        incident = services.open_incident(
            workspace,
            request.user,
            title=data.pop("title"),
            what_happened=data.pop("what_happened"),
            **links,
            **data,
        )
        return redirect("incidents:consequences", incident.pk)
    starts = {}
    if links["origin"] == OriginChoice.SCRATCH:
        # Where an incident usually starts: offer those records as one-click starting points.
        starts = {
            "releases": ReleaseCheck.objects.filter(workspace=workspace)
            .exclude(outcome=GateOutcome.RELEASED)
            .select_related("deliverable")[:5],
            "comparisons": Comparison.objects.filter(
                workspace=workspace, release_check=None, change_count__gt=0
            ).select_related("deliverable", "old_version", "new_version")[:5],
            "contacts": ContactLogEntry.objects.filter(
                workspace=workspace, direction="in", incident=None
            ).select_related("client", "contact")[:5],
        }
    return render(
        request,
        "incidents/incident_new.html",
        {
            "form": form,
            "links": links,
            "origin_label": OriginChoice(links["origin"]).label,
            "starts": starts,
        },
    )


@workspace_required
def incident_detail(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    assessment = services.assess(incident, lang()) if incident.consequences_assessed_at else None
    timeline = incident.timeline()
    return render(
        request,
        "incidents/incident_detail.html",
        {
            "incident": incident,
            "assessment": assessment,
            "countdown": countdown_for(incident),
            "ranked": services.ranked_remedies(incident),
            "timeline": timeline,
            "stages": [(s.label(lang()), at) for s, at in timeline.steps()],
            "events": incident.events.all(),
            "tasks": incident.tasks.select_related("owner"),
            "contacts": incident.client.contact_log.all()[:20] if incident.client else [],
            "lang": lang(),
            "facts_form": FactsForm(instance=incident, workspace=incident.workspace),
        },
    )


@workspace_required
def incident_facts(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    form = FactsForm(request.POST or None, instance=incident, workspace=incident.workspace)
    if request.method == "POST" and form.is_valid():
        form.save()
        if incident.consequences_assessed_at:
            services.record_assessment(incident, request.user, lang())
        return redirect(incident)
    return render(request, "incidents/incident_facts.html", {"form": form, "incident": incident})


@workspace_required
def incident_consequences(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    form = ConsequencesForm(request.POST or None, instance=incident)
    if request.method == "POST" and form.is_valid():
        form.save()
        services.record_assessment(incident, request.user, lang())
        return redirect("incidents:disclosure", incident.pk)
    return render(
        request, "incidents/incident_consequences.html", {"form": form, "incident": incident}
    )


@workspace_required
def incident_disclosure(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    if not incident.consequences_assessed_at:
        return redirect("incidents:consequences", incident.pk)
    assessment = services.assess(incident, lang())
    return render(
        request,
        "incidents/incident_disclosure.html",
        {"incident": incident, "assessment": assessment, "countdown": countdown_for(incident)},
    )


@workspace_required
def incident_remedies(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    form = RemedyForm(request.POST or None)
    if request.method == "POST":
        if "choose" in request.POST:
            try:
                services.choose_remedy(incident, int(request.POST["choose"]), request.user)
            except (ValueError, incident.remedies.model.DoesNotExist):
                raise Http404 from None
            return redirect("incidents:calm", incident.pk)
        if "delete" in request.POST:
            incident.remedies.filter(pk=request.POST.get("delete")).delete()
            return redirect("incidents:remedies", incident.pk)
        if form.is_valid():
            remedy = form.save(commit=False)
            remedy.workspace, remedy.incident = incident.workspace, incident
            remedy.save()
            return redirect("incidents:remedies", incident.pk)
    return render(
        request,
        "incidents/incident_remedies.html",
        {
            "incident": incident,
            "form": form,
            "ranked": services.ranked_remedies(incident),
            "lang": lang(),
            "by_id": {r.pk: r for r in incident.remedies.all()},
        },
    )


@workspace_required
def incident_calm(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    if incident.calm_seen_at is None:
        incident.calm_seen_at = timezone.now()
        incident.save(update_fields=["calm_seen_at"])
    record = track_record(incident.workspace)
    return render(
        request,
        "incidents/incident_calm.html",
        {
            "incident": incident,
            "record_text": record.text(lang()),
            "record_perspective": record.perspective(lang()),
            "message_lang": services.message_language(incident, lang()),
        },
    )


def checker_labels() -> dict[str, str]:
    """The checker's labels and the editor's few words, in the page's language."""
    return {
        "self_flagellation": _("Self-flagellation"),
        "blame_shifting": _("Blame-shifting"),
        "excuse": _("Excuse"),
        "minimisation": _("Minimisation"),
        "conditional_apology": _("Conditional apology"),
        "passive_voice_evasion": _("Agentless wording"),
        "missing_apology": _("Missing: a sincere apology"),
        "missing_responsibility": _("Missing: taking responsibility in the first person"),
        "missing_solution": _("Missing: a concrete remedy with a time"),
        "suggestion": _("Suggestion:"),
        "clean": _("The draft checker finds nothing to change."),
        "issues": _("The draft checker has %s remarks."),
        "failed": _("The draft checker could not be reached."),
    }


@workspace_required
def incident_messages(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    if request.method == "POST" and "generate" in request.POST:
        chosen = request.POST.get("language") or services.message_language(incident, lang())
        services.generate_messages(incident, request.user, chosen)
        return redirect("incidents:messages", incident.pk)
    if not incident.email_body:
        services.generate_messages(
            incident, request.user, services.message_language(incident, lang())
        )
    form = MessagesForm(
        request.POST or None,
        initial={
            "call_script": incident.call_script,
            "email_subject": incident.email_subject,
            "email_body": incident.email_body,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if "send" in request.POST:
            try:
                services.send_incident_email(
                    incident, request.user, data["email_subject"], data["email_body"]
                )
            except ValueError:
                messages.error(request, _("This incident has no client contact with an email."))
                return redirect("incidents:messages", incident.pk)
            messages.success(request, _("Email sent to %(to)s.") % {"to": incident.contact.email})
            return redirect(incident)
        incident.call_script = data["call_script"]
        incident.email_subject = data["email_subject"]
        incident.email_body = data["email_body"]
        incident.save(update_fields=["call_script", "email_subject", "email_body"])
        messages.success(request, _("Draft saved."))
        return redirect("incidents:messages", incident.pk)
    return render(
        request,
        "incidents/incident_messages.html",
        {
            "incident": incident,
            "form": form,
            "call_form": CallDoneForm(),
            "message_lang": incident.message_language or lang(),
            "checker_labels": checker_labels(),
        },
    )


@workspace_required
@require_POST
def incident_call_done(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    form = CallDoneForm(request.POST)
    summary = form.cleaned_data["summary"] if form.is_valid() else ""
    services.mark_call_done(incident, request.user, summary)
    messages.success(request, _("Call marked as done."))
    return redirect(incident)


@workspace_required
@require_POST
def incident_stage(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    kind = request.POST.get("stage", "")
    if kind == EventKind.CLIENT_INFORMED:
        services.mark_informed(incident, request.user, _("marked by hand"))
    elif kind in services.STAGE_FIELDS:
        services.mark_stage(incident, kind, request.user)
    else:
        return HttpResponse(_("Unknown stage."), status=400)
    return redirect(incident)


@workspace_required
def incident_tasks(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    form = TaskForm(request.POST or None, workspace=incident.workspace)
    if request.method == "POST":
        if "toggle" in request.POST:
            task = incident.tasks.filter(pk=request.POST.get("toggle")).first()
            if task is None:
                raise Http404
            task.done_at = None if task.done_at else timezone.now()
            task.save(update_fields=["done_at"])
            return redirect("incidents:tasks", incident.pk)
        if form.is_valid():
            task = form.save(commit=False)
            task.workspace, task.incident = incident.workspace, incident
            task.save()
            morning = datetime.combine(task.due, time(9), timezone.get_current_timezone())
            schedule_alarm_passes([morning])
            return redirect("incidents:tasks", incident.pk)
    return render(
        request,
        "incidents/incident_tasks.html",
        {"incident": incident, "form": form, "tasks": incident.tasks.select_related("owner")},
    )


def _playbook_tasks(incident: Incident) -> list[ppm.FollowUpTask]:
    host = "ownup"
    return [
        ppm.FollowUpTask(
            title=t.title,
            owner=t.owner_name,
            due=t.due,
            kind=ppm.TaskKind(t.kind),
            done=t.done_at is not None,
            notes=f"{incident.title}",
            uid=f"incident{incident.pk}-task{t.pk}@{host}",
        )
        for t in incident.tasks.select_related("owner")
    ]


@workspace_required
def incident_tasks_ics(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    data = ppm.tasks_to_ics(_playbook_tasks(incident), lang(), calendar_name=incident.title)
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="incident-{incident.pk}-tasks.ics"'
    return response


@workspace_required
def incident_close(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    existing = PostMortem.objects.filter(incident=incident).first()
    form = PostMortemForm(request.POST or None, instance=existing or PostMortem())
    if request.method == "POST" and form.is_valid():
        postmortem = form.save(commit=False)
        postmortem.whys = form.cleaned_data["whys"]
        if incident.is_open:
            services.close_incident(incident, request.user, postmortem)
        else:
            postmortem.save()
        messages.success(request, _("Incident closed. The post-mortem is ready to export."))
        return redirect(incident)
    return render(request, "incidents/incident_close.html", {"incident": incident, "form": form})


def _playbook_postmortem(incident: Incident) -> ppm.PostMortem:
    pm = PostMortem.objects.filter(incident=incident).first()
    if pm is None or not pm.whys:
        raise Http404
    return ppm.PostMortem(
        title=incident.title,
        summary=pm.summary or incident.what_happened,
        whys=tuple(pm.whys),
        contributing_factors=tuple(pm.factor_list()),
        prevention_actions=tuple(pm.action_list()),
        cost_money=pm.cost_money,
        cost_hours=pm.cost_hours,
        timeline=incident.timeline(),
        tasks=tuple(_playbook_tasks(incident)),
    )


@workspace_required
def postmortem_markdown(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    text = ppm.to_markdown(_playbook_postmortem(incident), lang())
    response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="postmortem-{incident.pk}.md"'
    return response


@workspace_required
def postmortem_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident(request, pk)
    data = ppm.to_pdf(_playbook_postmortem(incident), lang())
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="postmortem-{incident.pk}.pdf"'
    return response


@workspace_required
def contact_log(request: HttpRequest) -> HttpResponse:
    workspace = current_workspace(request)
    initial = {"at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"), "direction": "in"}
    if request.GET.get("client"):
        initial["client"] = request.GET["client"]
    form = ContactLogForm(request.POST or None, initial=initial, workspace=workspace)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        incident = None
        if request.POST.get("incident"):
            incident = Incident.objects.filter(
                workspace=workspace, pk=request.POST["incident"]
            ).first()
        services.log_contact(workspace, request.user, incident=incident, **data)
        messages.success(request, _("Contact logged."))
        return redirect(reverse("incidents:contacts") + f"?client={data['client'].pk}")
    entries = ContactLogEntry.objects.filter(workspace=workspace).select_related(
        "client", "contact", "incident"
    )
    client_filter = request.GET.get("client", "")
    if client_filter.isdigit():
        entries = entries.filter(client_id=int(client_filter))
    return render(
        request,
        "incidents/contact_log.html",
        {
            "form": form,
            "entries": entries[:200],
            "answer_form": AnswerForm(),
            "client_filter": client_filter,
        },
    )


@workspace_required
@require_POST
def contact_answer(request: HttpRequest, pk: int) -> HttpResponse:
    entry = scoped(request, ContactLogEntry.objects.select_related("client", "contact"), pk=pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Say how you answered."), status=400)
    services.log_contact(
        entry.workspace,
        request.user,
        client=entry.client,
        contact=entry.contact,
        person_name=entry.person_name,
        channel=form.cleaned_data["channel"],
        direction="out",
        summary=form.cleaned_data["summary"],
        incident=entry.incident,
    )
    messages.success(request, _("Answer logged: %(who)s no longer waits.") % {"who": entry.who})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = reverse("incidents:contacts")
    return redirect(target)


@workspace_required
def preferences(request: HttpRequest) -> HttpResponse:
    workspace = current_workspace(request)
    prefs = IncidentPreferences.for_workspace(workspace)
    form = PreferencesForm(request.POST or None, instance=prefs)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Preferences saved."))
        return redirect("incidents:dashboard")
    return render(request, "incidents/preferences.html", {"form": form})


@workspace_required
@require_POST
def check_draft(request: HttpRequest) -> JsonResponse:
    """The draft checker for the live editor: ``{"text", "lang"}`` in, the checker's JSON out."""
    from ownup.playbook.checker import check

    try:
        payload = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return JsonResponse({"error": _("The request body is not valid JSON.")}, status=400)
    if not isinstance(payload, dict) or not isinstance(payload.get("text", ""), str):
        return JsonResponse({"error": _("Send a JSON object with a text.")}, status=400)
    text = payload.get("text", "")
    if len(text) > MAX_CHECK_CHARS:
        return JsonResponse(
            {"error": _("The draft is too long to check (over 20,000 characters).")}, status=413
        )
    requested = payload.get("lang", "auto")
    requested = requested if requested in ("fr", "en", "auto") else "auto"
    return JsonResponse(check(text, lang=requested).to_json_dict())
