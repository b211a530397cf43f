"""Administrators publish new policy versions here; a saved version is never edited (R1)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from carecomms.guidance.actions import check_policy_document, do_publish_policy
from carecomms.guidance.models import PolicyVersion


class PolicyVersionForm(forms.ModelForm):
    class Meta:
        model = PolicyVersion
        fields = ["document", "change_note"]

    def clean_document(self) -> Any:
        self.policy_document = check_policy_document(self.cleaned_data["document"])
        return self.cleaned_data["document"]


@admin.register(PolicyVersion)
class PolicyVersionAdmin(admin.ModelAdmin):
    form = PolicyVersionForm
    list_display = ["version", "effective_from", "review_due", "created_by", "created_at"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        if obj is None:
            return []
        return ["version", "effective_from", "review_due", "document", "created_by", "created_at", "change_note"]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: PolicyVersion, form: Any, change: bool) -> None:
        published = do_publish_policy(form.policy_document, actor=request.user, change_note=obj.change_note)
        obj.pk = published.pk
