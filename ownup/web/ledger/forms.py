from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ownup.web.clients.models import Contact
from ownup.web.ledger.models import Outcome, Version


class DeliverableForm(forms.Form):
    title = forms.CharField(label=_("Deliverable"), max_length=200)


class UploadForm(forms.Form):
    prefix = "upload"  # the deliverable page holds several file forms
    file = forms.FileField(
        label=_("File (PDF, PNG, JPEG or TIFF)"),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/*"}
        ),
    )
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class GateForm(forms.Form):
    prefix = "gate"
    file = forms.FileField(
        label=_("The final file you are about to send"),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/*"}
        ),
    )
    destination = forms.CharField(
        label=_("Sent to (printer, delivery…)"), max_length=200, required=False
    )


class SendForm(forms.Form):
    contacts = forms.ModelMultipleChoiceField(
        label=_("Send to"), queryset=Contact.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    message = forms.CharField(
        label=_("Message"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: object, version: Version, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["contacts"].queryset = Contact.objects.filter(
            workspace_id=version.workspace_id, client_id=version.deliverable.project.client_id
        )


class CompareForm(forms.Form):
    old = forms.ModelChoiceField(label=_("Old"), queryset=Version.objects.none())
    new = forms.ModelChoiceField(label=_("New"), queryset=Version.objects.none())

    def __init__(self, *args: object, versions: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["old"].queryset = versions
        self.fields["new"].queryset = versions
        self.fields["old"].label_from_instance = lambda v: _("version %(n)s") % {"n": v.number}
        self.fields["new"].label_from_instance = lambda v: _("version %(n)s") % {"n": v.number}

    def clean(self) -> dict:
        data = super().clean()
        if data.get("old") and data.get("old") == data.get("new"):
            raise forms.ValidationError(_("Choose two different versions."))
        return data


class CommentForm(forms.Form):
    prefix = "comment"  # the client page holds the decision form too
    page = forms.IntegerField(label=_("Page"), min_value=1, initial=1)
    x = forms.FloatField(min_value=0, max_value=1, initial=0.5, widget=forms.HiddenInput)
    y = forms.FloatField(min_value=0, max_value=1, initial=0.5, widget=forms.HiddenInput)
    text = forms.CharField(
        label=_("Comment"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    author = forms.CharField(label=_("Comment by"), max_length=160)


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Decision"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    signer_name = forms.CharField(label=_("Your name"), max_length=160)
    note = forms.CharField(
        label=_("Note"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("outcome") == Outcome.CHANGES_REQUIRED and not data.get("note"):
            self.add_error("note", _("Say which changes are needed."))
        return data
