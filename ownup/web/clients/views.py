from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from ownup.web.clients.forms import ClientForm, ContactForm, ProjectForm
from ownup.web.clients.models import Client, Contact, Project
from ownup.web.core.permissions import current_workspace, scoped, workspace_required
from ownup.web.ledger.forms import DeliverableForm
from ownup.web.ledger.models import Deliverable


@workspace_required
def client_list(request: HttpRequest) -> HttpResponse:
    clients = Client.objects.filter(workspace=current_workspace(request)).prefetch_related(
        "projects", "contacts"
    )
    return render(request, "clients/client_list.html", {"clients": clients})


@workspace_required
def client_new(request: HttpRequest) -> HttpResponse:
    workspace = current_workspace(request)
    form = ClientForm(request.POST or None, prefix="client")
    contact_form = ContactForm(request.POST or None, prefix="contact")
    if request.method == "POST" and form.is_valid() and contact_form.is_valid():
        with transaction.atomic():
            client = form.save(commit=False)
            client.workspace = workspace
            client.save()
            contact = contact_form.save(commit=False)
            contact.workspace, contact.client = workspace, client
            contact.save()
        return redirect(client)
    return render(request, "clients/client_form.html", {"form": form, "contact_form": contact_form})


@workspace_required
def client_detail(request: HttpRequest, client_id: int) -> HttpResponse:
    client = scoped(request, Client.objects, pk=client_id)
    return render(
        request,
        "clients/client_detail.html",
        {
            "client": client,
            "contacts": client.contacts.all(),
            "projects": client.projects.prefetch_related("deliverables"),
        },
    )


@workspace_required
def client_edit(request: HttpRequest, client_id: int) -> HttpResponse:
    client = scoped(request, Client.objects, pk=client_id)
    form = ClientForm(request.POST or None, instance=client, prefix="client")
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(client)
    return render(request, "clients/client_form.html", {"form": form, "client": client})


@workspace_required
def contact_new(request: HttpRequest, client_id: int) -> HttpResponse:
    client = scoped(request, Client.objects, pk=client_id)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        contact = form.save(commit=False)
        contact.workspace, contact.client = client.workspace, client
        contact.save()
        return redirect(client)
    return render(request, "clients/contact_form.html", {"form": form, "client": client})


@workspace_required
def contact_edit(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = scoped(request, Contact.objects.select_related("client"), pk=contact_id)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(contact.client)
    return render(
        request,
        "clients/contact_form.html",
        {"form": form, "client": contact.client, "contact": contact},
    )


@workspace_required
def project_new(request: HttpRequest, client_id: int) -> HttpResponse:
    client = scoped(request, Client.objects, pk=client_id)
    form = ProjectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        project = form.save(commit=False)
        project.workspace, project.client = client.workspace, client
        project.save()
        return redirect(project)
    return render(request, "clients/project_form.html", {"form": form, "client": client})


@workspace_required
def project_detail(request: HttpRequest, project_id: int) -> HttpResponse:
    project = scoped(request, Project.objects.select_related("client"), pk=project_id)
    form = DeliverableForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        deliverable = Deliverable.objects.create(
            workspace=project.workspace, project=project, title=form.cleaned_data["title"]
        )
        return redirect(deliverable)
    return render(
        request,
        "clients/project_detail.html",
        {
            "project": project,
            "deliverables": project.deliverables.prefetch_related("versions"),
            "form": form,
        },
    )
