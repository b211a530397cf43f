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


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class WorkingPatternForm(forms.Form):
    """Hours per day as `09:00-17:00`, several intervals separated by commas; blank for a day off."""

    monday = forms.CharField(required=False, max_length=100)
    tuesday = forms.CharField(required=False, max_length=100)
    wednesday = forms.CharField(required=False, max_length=100)
    thursday = forms.CharField(required=False, max_length=100)
    friday = forms.CharField(required=False, max_length=100)
    saturday = forms.CharField(required=False, max_length=100)
    sunday = forms.CharField(required=False, max_length=100)
    work_bank_holidays = forms.BooleanField(required=False, label="I work on bank holidays")

    @classmethod
    def initial_from(cls, pattern: dict[str, Any]) -> dict[str, Any]:
        days = pattern.get("days", {})
        initial: dict[str, Any] = {day: ", ".join(f"{a}-{b}" for a, b in days.get(day, [])) for day in WEEKDAYS}
        initial["work_bank_holidays"] = pattern.get("work_bank_holidays", False)
        return initial

    def clean(self) -> dict[str, Any]:
        from carecomms.policy import WorkingPattern

        cleaned = super().clean()
        days: dict[str, list[list[str]]] = {}
        for day in WEEKDAYS:
            intervals = []
            for part in filter(None, (p.strip() for p in (cleaned.get(day) or "").split(","))):
                start, sep, end = part.partition("-")
                if not sep:
                    self.add_error(day, f"Enter {day.title()}'s hours like 09:00-17:00")
                    break
                intervals.append([start.strip(), end.strip()])
            days[day] = intervals
        if not self.errors:
            try:
                self.pattern = WorkingPattern.from_dict(
                    {"days": days, "work_bank_holidays": bool(cleaned.get("work_bank_holidays"))}
                )
            except ValueError as error:
                raise forms.ValidationError(str(error)) from error
        return cleaned


class ExceptionRequestForm(forms.Form):
    consent_basis = forms.ChoiceField(
        choices=[("parental_s20", "Parental consent (section 20)"),
                 ("corporate_parent", "Team Manager as corporate parent")],
        error_messages={"required": "Choose the consent basis"},
    )
    risk_assessment_ref = forms.CharField(
        max_length=80, error_messages={"required": "Enter the risk assessment reference"}
    )
    reason = forms.CharField(max_length=2000, error_messages={"required": "Explain why direct contact is needed"})
    # The GOV.UK date pattern: three boxes, one error for the date as a whole (set in clean).
    expires_day = forms.CharField(required=False, max_length=2)
    expires_month = forms.CharField(required=False, max_length=2)
    expires_year = forms.CharField(required=False, max_length=4)

    def clean(self) -> dict[str, Any]:
        from datetime import date, datetime, time

        from django.utils import timezone

        cleaned = super().clean()
        parts = [(cleaned.get(f"expires_{part}") or "").strip() for part in ("year", "month", "day")]
        if not all(parts):
            self.add_error("expires_day", "Enter the date the exception ends")
            return cleaned
        try:
            day = date(*(int(part) for part in parts))
        except ValueError:
            self.add_error("expires_day", "Enter a real end date, like 31 3 2027")
            return cleaned
        # An exception runs to the end of its last day (midnight, Europe/London).
        cleaned["expires_at"] = timezone.make_aware(datetime.combine(day, time.max))
        return cleaned


class ExceptionDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("decline", "Decline")],
                                 error_messages={"required": "Choose approve or decline"})
    decision_reason = forms.CharField(max_length=2000, error_messages={"required": "Give the reason for your decision"})
