"""Small helpers that scope every query to the signed-in user's workspace.

The rule: a view never loads a record by id alone. It goes through ``current_workspace`` (or
``scoped``) so a record of another workspace is simply not found, and the outsider gets a 404,
never a 403 that would confirm the record exists.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect

from ownup.web.accounts.models import Membership, Role, Workspace

SESSION_KEY = "ownup_workspace_id"


def memberships_of(request: HttpRequest) -> QuerySet[Membership]:
    return Membership.objects.filter(user=request.user).select_related("workspace")


def current_membership(request: HttpRequest) -> Membership | None:
    """The membership the user is working in: the one chosen in the session, else the first."""
    if not request.user.is_authenticated:
        return None
    cached = getattr(request, "_ownup_membership", None)
    if cached is not None:
        return cached
    memberships = memberships_of(request).order_by("joined_at", "id")
    chosen = request.session.get(SESSION_KEY)
    membership = (chosen and memberships.filter(workspace_id=chosen).first()) or (
        memberships.first()
    )
    request._ownup_membership = membership  # type: ignore[attr-defined]
    return membership


def current_workspace(request: HttpRequest) -> Workspace:
    membership = current_membership(request)
    if membership is None:
        raise Http404
    return membership.workspace


def scoped[M: Model](request: HttpRequest, queryset: QuerySet[M], **lookup: object) -> M:
    """Get one record of the current workspace or raise 404 (the model has ``workspace``)."""
    try:
        return queryset.get(workspace=current_workspace(request), **lookup)
    except queryset.model.DoesNotExist as error:
        raise Http404 from error


def workspace_required[V: Callable[..., HttpResponse]](view: V) -> V:
    """Signed in and member of a workspace (a user without one is sent to create one)."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if current_membership(request) is None:
            return redirect("accounts:workspace_new")
        return view(request, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def owner_required[V: Callable[..., HttpResponse]](view: V) -> V:
    """Only the workspace's owners; members get a 404 like anyone who may not see the page."""

    @workspace_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        membership = current_membership(request)
        if membership is None or membership.role != Role.OWNER:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def client_ip(request: HttpRequest) -> str | None:
    """The client's address; behind a proxy, trust X-Forwarded-For only if told to."""
    from django.conf import settings

    if getattr(settings, "OWNUP_HTTPS", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip() or None
    return request.META.get("REMOTE_ADDR") or None
