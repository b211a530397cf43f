"""The audit trail in the admin: data-protection officers read it; nobody adds, changes or deletes."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from carecomms.audit.models import AuditEntry, BreakGlassGrant


class ViewOnlyAdmin(admin.ModelAdmin):
    """Lists and shows rows; never adds, changes or deletes them (evidence changes only through actions)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ViewOnlyAdmin):
    list_display = ["id", "occurred_at", "actor_label", "action", "target_type", "target_id", "person_id"]
    list_filter = ["action"]
    search_fields = ["actor_label", "action", "target_id"]
    date_hierarchy = "occurred_at"


@admin.register(BreakGlassGrant)
class BreakGlassGrantAdmin(ViewOnlyAdmin):
    list_display = ["id", "manager", "person", "opened_at", "expires_at", "reviewed_at"]
