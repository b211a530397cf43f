"""The admin is read-only for everything the guidance governs: messages and consent are evidence."""

from __future__ import annotations

from django.contrib import admin

from carecomms.audit.admin import ViewOnlyAdmin
from carecomms.messaging.models import Channel, ConsentEvent, Conversation, DeliveryAttempt, OutboxItem


@admin.register(Channel)
class ChannelAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "display_number", "organisation_owned", "minimum_age", "active"]


@admin.register(Conversation)
class ConversationAdmin(ViewOnlyAdmin):
    list_display = ["id", "person", "channel", "consent_state", "last_activity_at"]
    exclude = ["number"]


@admin.register(OutboxItem)
class OutboxItemAdmin(ViewOnlyAdmin):
    list_display = ["id", "state", "attempts", "next_attempt_at", "last_error"]
    list_filter = ["state"]


@admin.register(DeliveryAttempt)
class DeliveryAttemptAdmin(ViewOnlyAdmin):
    list_display = ["item", "number", "outcome", "http_status", "error_code", "started_at"]


@admin.register(ConsentEvent)
class ConsentEventAdmin(ViewOnlyAdmin):
    list_display = ["conversation", "state", "occurred_at", "reading", "policy_version"]
