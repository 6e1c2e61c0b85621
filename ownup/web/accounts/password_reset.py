from __future__ import annotations

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.utils.translation import get_language

from ownup.web.mail.service import send_templated_mail


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's reset flow, with the email sent through ownup's mail service and outbox."""

    def send_mail(  # type: ignore[override]
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ) -> None:
        user = context["user"]
        link = "{}/accounts/password/reset/{}/{}/".format(
            settings.OWNUP_BASE_URL, context["uid"], context["token"]
        )
        send_templated_mail(
            "password_reset",
            to_email,
            user.language or get_language() or "en",
            {"link": link, "user_name": user.name},
        )
