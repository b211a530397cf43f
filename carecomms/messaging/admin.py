"""The admin is read-only for everything the guidance governs: messages and consent are evidence."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from carecomms.messaging.models import Channel, ConsentEvent, Conversation, DeliveryAttempt, OutboxItem


class ReadOnlyAdmin(admin.ModelAdmin):
    """Lists and shows rows; never adds, changes or deletes them (the actions layer does that)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Channel)
class ChannelAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "display_number", "organisation_owned", "minimum_age", "active"]


@admin.register(Conversation)
class ConversationAdmin(ReadOnlyAdmin):
    list_display = ["id", "person", "channel", "consent_state", "last_activity_at"]
    exclude = ["number"]


@admin.register(OutboxItem)
class OutboxItemAdmin(ReadOnlyAdmin):
    list_display = ["id", "state", "attempts", "next_attempt_at", "last_error"]
    list_filter = ["state"]


@admin.register(DeliveryAttempt)
class DeliveryAttemptAdmin(ReadOnlyAdmin):
    list_display = ["item", "number", "outcome", "http_status", "error_code", "started_at"]


@admin.register(ConsentEvent)
class ConsentEventAdmin(ReadOnlyAdmin):
    list_display = ["conversation", "state", "occurred_at", "reading", "policy_version"]
