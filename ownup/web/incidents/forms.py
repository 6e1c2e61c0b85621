from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ownup.playbook.contacts import parse_steps
from ownup.web.clients.models import Client, Contact, Project
from ownup.web.incidents.models import (
    DIMENSIONS,
    ContactLogEntry,
    FollowUpTask,
    Incident,
    IncidentPreferences,
    PostMortem,
    RemedyOption,
)
from ownup.web.ledger.models import Deliverable

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class WorkspaceFormMixin:
    """Limit every choice of a related record to the current workspace."""

    def limit_to_workspace(self, workspace) -> None:
        querysets = {
            "client": Client.objects.filter(workspace=workspace),
            "contact": Contact.objects.filter(workspace=workspace).select_related("client"),
            "project": Project.objects.filter(workspace=workspace),
            "deliverable": Deliverable.objects.filter(workspace=workspace),
        }
        for name, queryset in querysets.items():
            if name in self.fields:  # type: ignore[attr-defined]
                self.fields[name].queryset = queryset  # type: ignore[attr-defined]


class FactsForm(WorkspaceFormMixin, forms.ModelForm):
    class Meta:
        model = Incident
        fields = [
            "title",
            "client",
            "contact",
            "project",
            "deliverable",
            "what_happened",
            "discovered_at",
            "discovered_by",
            "reached_client",
            "client_knows",
            "causes",
        ]
        widgets = {
            "discovered_at": DATETIME_WIDGET,
            "what_happened": forms.Textarea(attrs={"rows": 4}),
            "causes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, workspace=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["discovered_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.limit_to_workspace(workspace)

    def clean(self):
        data = super().clean()
        contact, client = data.get("contact"), data.get("client")
        if contact is not None and client is not None and contact.client_id != client.pk:
            self.add_error("contact", _("This person is not a contact of that client."))
        if contact is not None and client is None:
            data["client"] = contact.client
        return data


class ConsequencesForm(forms.ModelForm):
    class Meta:
        model = Incident
        fields = [
            "affects_client",
            "affects_public",
            "affects_third_parties",
            *[f"{d}_{part}" for d in DIMENSIONS for part in ("rating", "note")],
            "date_at_stake",
            "date_at_stake_label",
            "harm_grows_hourly",
        ]
        widgets = {
            "date_at_stake": DATETIME_WIDGET,
            **{f"{d}_rating": forms.RadioSelect for d in DIMENSIONS},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date_at_stake"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        labels = {
            "economic": _("Economic"),
            "organisational": _("Organisational"),
            "financial": _("Financial"),
            "deadline": _("Deadline"),
            "image": _("Image"),
        }
        for d in DIMENSIONS:
            self.fields[f"{d}_rating"].label = labels[d]
            self.fields[f"{d}_note"].label = _("Note")
            self.fields[f"{d}_note"].widget.attrs["placeholder"] = _("What it means for them")

    def dimension_rows(self):
        return [(self[f"{d}_rating"], self[f"{d}_note"]) for d in DIMENSIONS]


class RemedyForm(forms.ModelForm):
    class Meta:
        model = RemedyOption
        fields = ["kind", "title", "hours_to_deliver", "cost", "client_effort", "harm_undone"]

    def clean_harm_undone(self):
        value = self.cleaned_data["harm_undone"]
        if value > 100:
            raise forms.ValidationError(_("A share is at most 100 %."))
        return value


class MessagesForm(forms.Form):
    call_script = forms.CharField(
        label=_("Call script"), widget=forms.Textarea(attrs={"rows": 9}), required=False
    )
    email_subject = forms.CharField(label=_("Subject"), max_length=300)
    email_body = forms.CharField(label=_("Email"), widget=forms.Textarea(attrs={"rows": 18}))


class CallDoneForm(forms.Form):
    summary = forms.CharField(
        label=_("What was said"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class ContactLogForm(WorkspaceFormMixin, forms.ModelForm):
    class Meta:
        model = ContactLogEntry
        fields = ["client", "contact", "person_name", "channel", "direction", "at", "summary"]
        widgets = {"at": DATETIME_WIDGET, "summary": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, workspace=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["person_name"].required = False
        self.fields["person_name"].label = _("Name, when not a listed contact")
        self.fields["channel"].label = _("How")
        self.limit_to_workspace(workspace)

    def clean(self):
        data = super().clean()
        contact, client = data.get("contact"), data.get("client")
        if contact is not None and client is not None and contact.client_id != client.pk:
            self.add_error("contact", _("This person is not a contact of that client."))
        return data


class AnswerForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Answered by"),
        choices=[("call", _("call")), ("email", _("email")), ("message", _("message"))],
    )
    summary = forms.CharField(
        label=_("What was said"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class TaskForm(forms.ModelForm):
    class Meta:
        model = FollowUpTask
        fields = ["title", "kind", "owner", "due"]
        widgets = {"due": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, workspace=None, **kwargs):
        super().__init__(*args, **kwargs)
        if workspace is not None:
            self.fields["owner"].queryset = workspace.members.all()


class PostMortemForm(forms.ModelForm):
    why_1 = forms.CharField(label=_("Why did it happen?"), max_length=500)
    why_2 = forms.CharField(label=_("Why?"), max_length=500, required=False)
    why_3 = forms.CharField(label=_("Why?"), max_length=500, required=False)
    why_4 = forms.CharField(label=_("Why?"), max_length=500, required=False)
    why_5 = forms.CharField(label=_("Why?"), max_length=500, required=False)

    class Meta:
        model = PostMortem
        fields = [
            "summary",
            "contributing_factors",
            "prevention_actions",
            "cost_money",
            "cost_hours",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "contributing_factors": forms.Textarea(attrs={"rows": 3}),
            "prevention_actions": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index, why in enumerate(self.instance.whys or [], start=1):
            if index <= 5:
                self.fields[f"why_{index}"].initial = why

    def clean(self):
        data = super().clean()
        data["whys"] = [
            data.get(f"why_{i}", "").strip()
            for i in range(1, 6)
            if data.get(f"why_{i}", "").strip()
        ]
        return data

    def save(self, commit: bool = True):
        self.instance.whys = self.cleaned_data["whys"]
        return super().save(commit=commit)


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = IncidentPreferences
        fields = ["disclosure_limit_hours", "escalation_hours"]

    def clean_escalation_hours(self):
        value = self.cleaned_data["escalation_hours"]
        try:
            parse_steps(value)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        return value

    def clean_disclosure_limit_hours(self):
        value = self.cleaned_data["disclosure_limit_hours"]
        if not 1 <= value <= 24 * 7:
            raise forms.ValidationError(_("Between 1 hour and 7 days."))
        return value
