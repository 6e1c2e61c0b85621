"""Every URL of a workspace, tried by its owner, a member and an outsider.

The outsider must get a 404 everywhere (never a 403 that confirms the record exists); the
owner and the member must get through. The test fails if a view is added without being listed
here, so no view escapes the check."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db(transaction=True)

# Views that are not reached by a workspace record id: public pages, or the client's side,
# whose only key is the emailed token (tested in test_approvals.py).
PUBLIC_OR_TOKEN = {
    "accounts:password_reset_confirm",
    "ledger:client_review",
    "ledger:client_comment",
    "ledger:client_decide",
    "ledger:client_page",
}
POST_ONLY = {
    "accounts:workspace_switch",
    "accounts:member_remove",
    "ledger:upload",
    "ledger:compare",
    "ledger:gate",
    "ledger:revoke",
    "ledger:release_check_request_approval",
}
OWNER_ONLY = {"accounts:member_remove"}


def _named_patterns_with_arguments() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list, namespace: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                if inner in {"admin", "incidents", "djdt"}:
                    continue
                walk(pattern.url_patterns, inner)
            elif (
                isinstance(pattern, URLPattern)
                and pattern.name
                and namespace
                and pattern.pattern.regex.groups
            ):
                names.add(f"{namespace}:{pattern.name}")

    walk(get_resolver().url_patterns, "")
    return names


def _urls(world) -> dict[str, str]:  # type: ignore[no-untyped-def]
    x = world.extra
    membership = world.workspace.memberships.get(user=world.member)
    return {
        "accounts:workspace_switch": reverse(
            "accounts:workspace_switch", args=[world.workspace.pk]
        ),
        "accounts:member_remove": reverse("accounts:member_remove", args=[membership.pk]),
        "clients:client": reverse("clients:client", args=[world.company.pk]),
        "clients:edit": reverse("clients:edit", args=[world.company.pk]),
        "clients:contact_new": reverse("clients:contact_new", args=[world.company.pk]),
        "clients:contact_edit": reverse("clients:contact_edit", args=[world.contact.pk]),
        "clients:project_new": reverse("clients:project_new", args=[world.company.pk]),
        "clients:project": reverse("clients:project", args=[world.project.pk]),
        "ledger:deliverable": reverse("ledger:deliverable", args=[world.deliverable.pk]),
        "ledger:upload": reverse("ledger:upload", args=[world.deliverable.pk]),
        "ledger:compare": reverse("ledger:compare", args=[world.deliverable.pk]),
        "ledger:gate": reverse("ledger:gate", args=[world.deliverable.pk]),
        "ledger:timeline": reverse("ledger:timeline", args=[world.deliverable.pk]),
        "ledger:version": reverse("ledger:version", args=[x["v1"].pk]),
        "ledger:version_status": reverse("ledger:version_status", args=[x["v1"].pk]),
        "ledger:version_file": reverse("ledger:version_file", args=[x["v1"].pk]),
        "ledger:version_page": reverse("ledger:version_page", args=[x["v1"].pk, 1]),
        "ledger:revoke": reverse("ledger:revoke", args=[x["pending"].pk]),
        "ledger:comparison": reverse("ledger:comparison", args=[x["comparison"].pk]),
        "ledger:comparison_status": reverse("ledger:comparison_status", args=[x["comparison"].pk]),
        "ledger:comparison_report": reverse("ledger:comparison_report", args=[x["comparison"].pk]),
        "ledger:comparison_annotated": reverse(
            "ledger:comparison_annotated", args=[x["comparison"].pk]
        ),
        "ledger:release_check": reverse("ledger:release_check", args=[x["refused"].pk]),
        "ledger:release_check_file": reverse("ledger:release_check_file", args=[x["refused"].pk]),
        "ledger:check_page": reverse("ledger:check_page", args=[x["refused"].pk, 1]),
        "ledger:release_check_request_approval": reverse(
            "ledger:release_check_request_approval", args=[x["refused"].pk]
        ),
        "ledger:certificate": reverse("ledger:certificate", args=[x["released"].pk]),
        "ledger:certificate_pdf": reverse("ledger:certificate_pdf", args=[x["released"].pk]),
        "mail:message": reverse("mail:message", args=[x["message"].pk]),
    }


def test_every_view_with_an_id_is_covered(world) -> None:  # type: ignore[no-untyped-def]
    covered = set(_urls(world)) | PUBLIC_OR_TOKEN
    assert _named_patterns_with_arguments() == covered


@pytest.mark.parametrize("persona", ["owner", "member", "outsider"])
def test_personas_on_every_view(world, persona) -> None:  # type: ignore[no-untyped-def]
    client = world.client_for(persona)
    for name, url in _urls(world).items():
        method = client.post if name in POST_ONLY else client.get
        response = method(url)
        if persona == "outsider" or (persona == "member" and name in OWNER_ONLY):
            assert response.status_code == 404, (persona, name, response.status_code)
        elif name in POST_ONLY:
            assert response.status_code in {302, 400}, (persona, name, response.status_code)
        else:
            assert response.status_code == 200, (persona, name, response.status_code)


def test_outsider_lists_show_nothing_of_the_studio(world) -> None:  # type: ignore[no-untyped-def]
    client = world.client_for("outsider")
    for url in ["/", "/clients/", "/mail/outbox/"]:
        body = client.get(url).content.decode()
        assert "Domaine des Tilleuls" not in body
        assert "Brochure A5" not in body
        assert "claire@tilleuls.test" not in body
    owner_body = world.client_for("owner").get("/clients/").content.decode()
    assert "Domaine des Tilleuls" in owner_body


def test_outsider_cannot_attach_records_to_another_workspace(world) -> None:  # type: ignore[no-untyped-def]
    """Forms offer only the workspace's own contacts: a foreign contact id is refused."""
    from ownup.web.clients.models import Client as Company
    from ownup.web.clients.models import Contact

    foreign_company = Company.objects.create(workspace=world.other_workspace, company="Other")
    foreign = Contact.objects.create(
        workspace=world.other_workspace,
        client=foreign_company,
        name="Mallory",
        email="m@other.test",
    )
    client = world.client_for("owner")
    response = client.post(
        reverse("ledger:version", args=[world.extra["v2"].pk]), {"contacts": [foreign.pk]}
    )
    assert response.status_code == 400
    assert not foreign.approval_requests.exists()
