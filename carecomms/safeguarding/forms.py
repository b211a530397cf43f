from __future__ import annotations

from django import forms

from carecomms.safeguarding.actions import ALERT_ACTIONS


class CloseAlertForm(forms.Form):
    action_taken = forms.ChoiceField(
        label="What did you do?",
        choices=list(ALERT_ACTIONS.items()),
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what you did"},
    )
    note = forms.CharField(
        label="Details",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4, "class": "govuk-textarea"}),
    )


class ReportOutcomeForm(forms.Form):
    outcome = forms.CharField(
        label="Outcome",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4, "class": "govuk-textarea"}),
        error_messages={"required": "Say what you decided and why"},
    )
    release_attachments = forms.BooleanField(
        label="Release the attachments to the practitioner",
        required=False,
    )


class ResolveUnknownSenderForm(forms.Form):
    note = forms.CharField(
        label="What did you do?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "class": "govuk-textarea"}),
        error_messages={"required": "Say what you did about this message"},
    )
