from __future__ import annotations

from django import forms
from django.contrib.auth import authenticate, password_validation
from django.utils.translation import gettext_lazy as _

from ownup.web.accounts.models import LoginFailure, Role, User


class SignupForm(forms.Form):
    display_name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Email"))
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)
    workspace_name = forms.CharField(
        label=_("Studio or business name"),
        max_length=120,
        required=False,
        help_text=_("Leave empty to use your name."),
    )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(_("An account already uses this email address."))
        return email

    def clean(self) -> dict:
        data = super().clean()
        password = data.get("password")
        if password:
            candidate = User(email=data.get("email", ""), display_name=data.get("display_name", ""))
            try:
                password_validation.validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data


class LoginForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)

    def __init__(self, *args: object, request: object = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.request = request
        self.user: User | None = None
        self.locked = False

    def clean(self) -> dict:
        data = super().clean()
        email, password = data.get("email"), data.get("password")
        if not email or not password:
            return data
        if LoginFailure.is_locked(email):
            self.locked = True
            raise forms.ValidationError(
                _(
                    "Too many failed attempts for this address. Wait %(minutes)s minutes or "
                    "reset your password."
                ),
                params={"minutes": 15},
            )
        user = authenticate(self.request, username=email.lower(), password=password)
        if user is None:
            from ownup.web.core.permissions import client_ip

            LoginFailure.record(email, client_ip(self.request))  # type: ignore[arg-type]
            raise forms.ValidationError(_("This email and password do not match an account."))
        if not user.is_active:
            raise forms.ValidationError(_("This account is disabled."))
        LoginFailure.clear(email)
        self.user = user
        return data


class WorkspaceForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)


class MemberForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "language"]
