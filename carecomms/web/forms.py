from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms

from carecomms.messaging.actions import MAX_MESSAGE_LENGTH
from carecomms.policy import KeepInTouchTemplate


class ComposeForm(forms.Form):
    text = forms.CharField(
        label="Message",
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "class": "govuk-textarea"}),
        error_messages={"required": "Enter a message", "max_length": "Messages must be 4096 characters or fewer"},
    )


class TemplateForm(forms.Form):
    """A keep-in-touch template: the only kind of message allowed outside WhatsApp's 24-hour window."""

    template = forms.ChoiceField(label="Template")
    parameter_1 = forms.CharField(label="First detail", required=False, max_length=200)
    parameter_2 = forms.CharField(label="Second detail", required=False, max_length=200)
    parameter_3 = forms.CharField(label="Third detail", required=False, max_length=200)

    def __init__(self, *args: Any, templates: Sequence[KeepInTouchTemplate], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.templates = list(templates)
        self.fields["template"].choices = [(t.name, t.title) for t in self.templates]

    def parameters(self) -> list[str]:
        chosen = next(t for t in self.templates if t.name == self.cleaned_data["template"])
        return [self.cleaned_data.get(f"parameter_{i}", "") or "" for i in range(1, len(chosen.parameters) + 1)]
