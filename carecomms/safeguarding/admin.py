"""Read-only: alerts, reports and their e-mails are evidence and change only through the actions."""

from __future__ import annotations

from django.contrib import admin

from carecomms.audit.admin import ViewOnlyAdmin
from carecomms.safeguarding.models import Alert, AlertRecipient, Notification, OutOfHoursReply, Report


@admin.register(Alert)
class AlertAdmin(ViewOnlyAdmin):
    list_display = ["id", "person", "status", "raised_at", "escalation_level", "raised_out_of_hours"]
    list_filter = ["status", "raised_out_of_hours"]
    exclude = ["signals"]


@admin.register(AlertRecipient)
class AlertRecipientAdmin(ViewOnlyAdmin):
    list_display = ["id", "alert", "role", "user", "level", "added_at"]


@admin.register(Report)
class ReportAdmin(ViewOnlyAdmin):
    list_display = ["id", "person", "status", "raised_at", "reported_by", "outcome_at"]
    list_filter = ["status"]
    exclude = ["note", "outcome"]


@admin.register(OutOfHoursReply)
class OutOfHoursReplyAdmin(ViewOnlyAdmin):
    list_display = ["id", "conversation", "period_start", "created_at"]


@admin.register(Notification)
class NotificationAdmin(ViewOnlyAdmin):
    list_display = ["id", "to_email", "created_at", "attempts", "sent_at", "last_error"]
    exclude = ["body"]
