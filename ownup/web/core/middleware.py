from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class UploadErrorMiddleware:
    """Refuse an oversized request body with a readable page (413) before Django reads it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.OWNUP_MAX_REQUEST_BYTES:
            response = render(
                request,
                "core/too_large.html",
                {"limit_mb": settings.OWNUP_MAX_UPLOAD_MB},
                status=413,
            )
            # The body was not read; tell the client not to keep the connection.
            response["Connection"] = "close"
            return response
        return self.get_response(request)
