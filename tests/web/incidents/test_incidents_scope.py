"""Every incidents URL is scoped to the workspace: the outsider gets a 404 on all of them, the
member works like the owner, an anonymous visitor is sent to sign in."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ownup.web.incidents import services

pytestmark = pytest.mark.django_db

PER_INCIDENT = [
    "detail", "facts", "consequences", "disclosure", "remedies", "calm", "messages",
    "tasks", "tasks_ics", "close",
]  # fmt: skip
POST_ONLY = ["call_done", "stage"]


def test_outsider_gets_404_on_every_incident_url(client, studio, incident):
    entry = services.log_contact(
        studio.workspace, studio.owner, client=studio.company, channel="call",
        direction="in", summary="hello",
    )  # fmt: skip
    client.force_login(studio.outsider)
    for name in PER_INCIDENT:
        assert client.get(reverse(f"incidents:{name}", args=[incident.pk])).status_code == 404, name
        assert client.post(reverse(f"incidents:{name}", args=[incident.pk])).status_code in (
            404,
            405,
        ), name
    for name in POST_ONLY:
        assert client.post(reverse(f"incidents:{name}", args=[incident.pk])).status_code == 404
    for name in ("postmortem_md", "postmortem_pdf"):
        assert client.get(reverse(f"incidents:{name}", args=[incident.pk])).status_code == 404
    answer = reverse("incidents:contact_answer", args=[entry.pk])
    assert client.post(answer, {"channel": "call"}).status_code == 404
    # Opening an incident from another workspace's contact, release or comparison: 404 too.
    assert client.get(reverse("incidents:new") + f"?contact={entry.pk}").status_code == 404
    # Lists show nothing of the studio.
    assert "Brochures differ" not in client.get(reverse("incidents:dashboard")).content.decode()
    assert "hello" not in client.get(reverse("incidents:contacts")).content.decode()
    entry.refresh_from_db()
    assert entry.waits


def test_member_sees_and_works_on_the_incident(client, studio, incident):
    client.force_login(studio.member)
    for name in PER_INCIDENT:
        status = client.get(reverse(f"incidents:{name}", args=[incident.pk])).status_code
        # Disclosure sends to the consequences first while they are not assessed.
        assert status == (302 if name == "disclosure" else 200), name


def test_anonymous_is_sent_to_sign_in(client, incident):
    response = client.get(reverse("incidents:detail", args=[incident.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_forms_refuse_records_of_another_workspace(client, studio):
    from ownup.web.clients.models import Client

    other = Client.objects.create(workspace=studio.other_workspace, company="Other Co")
    client.force_login(studio.owner)
    response = client.post(
        reverse("incidents:contacts"),
        {"client": other.pk, "channel": "call", "direction": "in", "at": "2026-09-07T09:00"},
    )
    assert response.status_code == 200  # form shown again with an error
    assert "Select a valid choice" in response.content.decode()


def test_answering_never_redirects_off_site(client, studio):
    entry = services.log_contact(
        studio.workspace, studio.owner, client=studio.company, channel="call",
        direction="in", summary="hello",
    )  # fmt: skip
    client.force_login(studio.owner)
    response = client.post(
        reverse("incidents:contact_answer", args=[entry.pk]),
        {"channel": "call", "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("incidents:contacts")
