from __future__ import annotations

import re

import pytest
from django.test import Client

from ownup.web.accounts.models import LoginFailure, Membership, Role, User

from .helpers import PASSWORD, run_tasks, text_of

pytestmark = pytest.mark.django_db(transaction=True)


def test_signup_creates_an_owned_workspace_and_signs_in() -> None:
    client = Client()
    response = client.post(
        "/accounts/signup/",
        {
            "display_name": "Nina Roy",
            "email": "Nina@Example.test",
            "password": PASSWORD,
            "workspace_name": "Studio Roy",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="nina@example.test")
    membership = Membership.objects.get(user=user)
    assert membership.role == Role.OWNER
    assert membership.workspace.name == "Studio Roy"
    assert client.get("/").status_code == 200
    assert b"Studio Roy" in client.get("/").content


def test_signup_refuses_a_weak_password_and_a_taken_email(studio) -> None:  # type: ignore[no-untyped-def]
    response = Client().post(
        "/accounts/signup/",
        {"display_name": "X", "email": "lise@studio.test", "password": "123"},
    )
    assert response.status_code == 200
    assert User.objects.filter(email="lise@studio.test").count() == 1
    assert b"already uses this email" in response.content
    assert b"too short" in response.content


def test_login_is_throttled_after_repeated_failures(studio, settings) -> None:  # type: ignore[no-untyped-def]
    settings.OWNUP_LOGIN_MAX_FAILURES = 3
    client = Client()
    for _ in range(3):
        response = client.post(
            "/accounts/login/", {"email": "lise@studio.test", "password": "wrong"}
        )
        assert response.status_code == 200
    # Even the right password is refused while the address is locked.
    response = client.post("/accounts/login/", {"email": "lise@studio.test", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    LoginFailure.objects.all().delete()
    response = client.post("/accounts/login/", {"email": "lise@studio.test", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(studio.owner.pk)


def test_login_refuses_an_open_redirect(studio) -> None:  # type: ignore[no-untyped-def]
    response = Client().post(
        "/accounts/login/?next=https://evil.test/",
        {"email": "lise@studio.test", "password": PASSWORD, "next": "https://evil.test/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_password_reset_by_email_through_smtp(studio, smtp) -> None:  # type: ignore[no-untyped-def]
    response = Client().post("/accounts/password/reset/", {"email": "lise@studio.test"})
    assert response.status_code == 302
    run_tasks()
    (message,) = smtp.wait_for(1)
    assert message["To"] == "lise@studio.test"
    link = re.search(r"http://\S+/accounts/password/reset/\S+/\S+/", text_of(message)).group(0)
    path = link.split("8000", 1)[1]
    client = Client()
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0]
    new_password = "a brand new passphrase 77"
    done = client.post(set_url, {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302
    studio.owner.refresh_from_db()
    assert studio.owner.check_password(new_password)


def test_members_page_only_owner_adds_and_removes(studio) -> None:  # type: ignore[no-untyped-def]
    member = studio.client_for("member")
    assert member.get("/accounts/members/").status_code == 200
    assert (
        member.post("/accounts/members/", {"email": "x@y.test", "role": "member"}).status_code
        == 404
    )
    owner = studio.client_for("owner")
    response = owner.post("/accounts/members/", {"email": "new@studio.test", "role": "member"})
    assert response.status_code == 302
    newcomer = User.objects.get(email="new@studio.test")
    assert not newcomer.has_usable_password()
    assert Membership.objects.filter(user=newcomer, workspace=studio.workspace).exists()
    membership = Membership.objects.get(user=newcomer)
    assert member.post(f"/accounts/members/{membership.pk}/remove/").status_code == 404
    assert owner.post(f"/accounts/members/{membership.pk}/remove/").status_code == 302
    assert not Membership.objects.filter(user=newcomer).exists()


def test_anonymous_is_sent_to_login(studio) -> None:  # type: ignore[no-untyped-def]
    response = Client().get(f"/deliverables/{studio.deliverable.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
