from __future__ import annotations

from django.http import HttpRequest

from ownup.web.core.permissions import current_membership, memberships_of


def workspace(request: HttpRequest) -> dict:
    """The workspace being worked in and the others the user can switch to.

    Banners for the page top go in ``ownup_banners`` (a list of dicts with ``level``, ``text``
    and optional ``url``); other apps add their own context processor that appends to it."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    membership = current_membership(request)
    return {
        "current_membership": membership,
        "current_workspace": membership.workspace if membership else None,
        "all_memberships": list(memberships_of(request)) if membership else [],
    }
