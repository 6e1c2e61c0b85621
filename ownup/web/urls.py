"""Root URLs: one include per domain app."""

from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("", include("ownup.web.core.urls")),
    path("accounts/", include("ownup.web.accounts.urls")),
    path("clients/", include("ownup.web.clients.urls")),
    path("mail/", include("ownup.web.mail.urls")),
    path("incidents/", include("ownup.web.incidents.urls")),
    path("", include("ownup.web.ledger.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
]
