from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_encode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ownup.web.accounts.forms import LoginForm, MemberForm, ProfileForm, SignupForm, WorkspaceForm
from ownup.web.accounts.models import Membership, Role, User, Workspace
from ownup.web.core.permissions import (
    SESSION_KEY,
    current_membership,
    owner_required,
    workspace_required,
)
from ownup.web.mail.service import send_templated_mail


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("core:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            user = User.objects.create_user(
                data["email"],
                data["password"],
                display_name=data["display_name"],
                language=(get_language() or "en")[:2],
            )
            workspace = Workspace.objects.create(
                name=data["workspace_name"] or data["display_name"]
            )
            Membership.objects.create(workspace=workspace, user=user, role=Role.OWNER)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to ownup. Start by adding a client."))
        return redirect("core:home")
    return render(request, "accounts/signup.html", {"form": form})


def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None, request=request)
    status = 200
    if request.method == "POST":
        if form.is_valid() and form.user is not None:
            login(request, form.user, backend="django.contrib.auth.backends.ModelBackend")
            target = request.POST.get("next") or request.GET.get("next") or ""
            if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
                target = reverse("core:home")
            return redirect(target or "core:home")
        status = 429 if form.locked else 200
    return render(
        request,
        "accounts/login.html",
        {"form": form, "next": request.GET.get("next", "")},
        status=status,
    )


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")


@login_required
def workspace_new(request: HttpRequest) -> HttpResponse:
    form = WorkspaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            workspace = Workspace.objects.create(name=form.cleaned_data["name"])
            Membership.objects.create(workspace=workspace, user=request.user, role=Role.OWNER)
        request.session[SESSION_KEY] = workspace.pk
        return redirect("core:home")
    return render(request, "accounts/workspace_new.html", {"form": form})


@login_required
@require_POST
def workspace_switch(request: HttpRequest, workspace_id: int) -> HttpResponse:
    membership = get_object_or_404(Membership, user=request.user, workspace_id=workspace_id)
    request.session[SESSION_KEY] = membership.workspace_id
    return redirect("core:home")


@workspace_required
def members(request: HttpRequest) -> HttpResponse:
    membership = current_membership(request)
    assert membership is not None
    form = MemberForm(request.POST or None)
    is_owner = membership.role == Role.OWNER
    if request.method == "POST":
        if not is_owner:
            raise Http404
        if form.is_valid():
            _add_member(request, membership.workspace, form.cleaned_data)
            return redirect("accounts:members")
    return render(
        request,
        "accounts/members.html",
        {
            "form": form,
            "is_owner": is_owner,
            "memberships": membership.workspace.memberships.select_related("user"),
        },
    )


def _add_member(request: HttpRequest, workspace: Workspace, data: dict) -> None:
    email = data["email"].lower()
    with transaction.atomic():
        user, created = User.objects.get_or_create(email=email)
        if created:
            user.set_unusable_password()
            user.save()
        _membership, added = Membership.objects.get_or_create(
            workspace=workspace, user=user, defaults={"role": data["role"]}
        )
        if created:
            # A new person sets a password through the reset link sent in the invitation.
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            token = default_token_generator.make_token(user)
            link = settings.OWNUP_BASE_URL + reverse(
                "accounts:password_reset_confirm", args=[uid, token]
            )
            send_templated_mail(
                "invitation",
                email,
                get_language() or "en",
                {"workspace": workspace.name, "inviter": request.user.name, "link": link},
                workspace=workspace,
            )
    if added:
        messages.success(request, _("%(email)s is now a member.") % {"email": email})
    else:
        messages.info(request, _("%(email)s was already a member.") % {"email": email})


@owner_required
@require_POST
def member_remove(request: HttpRequest, membership_id: int) -> HttpResponse:
    membership = current_membership(request)
    assert membership is not None
    target = get_object_or_404(Membership, pk=membership_id, workspace=membership.workspace)
    if (
        target.role == Role.OWNER
        and membership.workspace.memberships.filter(role=Role.OWNER).count() == 1
    ):
        messages.error(request, _("A workspace keeps at least one owner."))
    else:
        target.delete()
        messages.success(request, _("Member removed."))
    return redirect("accounts:members")


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})
