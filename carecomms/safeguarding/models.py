"""Safeguarding alerts, reports to the line manager (G15), out-of-hours replies (G9) and e-mail notices.

Rows here are evidence: they are created and moved on only by `safeguarding.actions`, and closing
one records who did what and when. A `Notification` is the ledger of one e-mail to one recipient,
written in the same transaction as the alert or report it is about, so a failed send is retried
rather than lost.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from carecomms.messaging.models import Conversation, Message
from carecomms.people.models import Person, Team


class Alert(models.Model):
    """A safeguarding matter about one inbound message that a person who can act must acknowledge."""

    class Reason(models.TextChoices):
        SAFEGUARDING_FLAG = "safeguarding_flag", "The message reads as a safeguarding concern"
        UNDER_16 = "under_16", "A child under 16 wrote in directly (G5)"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    message = models.OneToOneField(Message, on_delete=models.PROTECT, related_name="safeguarding_alert")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="safeguarding_alerts")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="safeguarding_alerts")
    reasons = models.JSONField(default=list, help_text="Alert.Reason values")
    signals = models.JSONField(default=list, blank=True, help_text="the screening flags that raised it")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    raised_at = models.DateTimeField(default=timezone.now)
    raised_out_of_hours = models.BooleanField(default=False)
    escalation_level = models.PositiveSmallIntegerField(default=0)
    next_escalation_at = models.DateTimeField(null=True, blank=True)
    policy_version = models.CharField(max_length=40, blank=True, default="")
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    action_taken = models.CharField(max_length=40, blank=True, default="")
    action_note = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["raised_at", "id"]
        indexes = [
            models.Index(fields=["status", "next_escalation_at"]),
            models.Index(fields=["team", "status"]),
        ]

    def __str__(self) -> str:
        return f"Safeguarding alert #{self.pk} ({self.get_status_display()})"

    @property
    def reason_labels(self) -> list[str]:
        return [self.Reason(reason).label for reason in self.reasons]


class AlertRecipient(models.Model):
    """Who an alert went to, and at which step of the escalation chain."""

    class Role(models.TextChoices):
        PRACTITIONER = "practitioner", "Allocated practitioner"
        LINE_MANAGER = "line_manager", "Line manager"
        SENIOR_MANAGER = "senior_manager", "Manager's line manager"
        TEAM_MANAGER = "team_manager", "Team manager (no practitioner allocated)"
        DUTY_TEAM = "duty_team", "Emergency Duty Team"

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="recipients")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    level = models.PositiveSmallIntegerField(default=0)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["level", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "user"], condition=models.Q(user__isnull=False), name="alert_recipient_once"
            ),
            models.UniqueConstraint(
                fields=["alert"], condition=models.Q(role="duty_team"), name="alert_duty_team_once"
            ),
        ]

    @property
    def label(self) -> str:
        return self.user.display_name if self.user else self.get_role_display()


class Report(models.Model):
    """An inbound message reported to the line manager (G15); its attachments are held until released."""

    class Reason(models.TextChoices):
        INAPPROPRIATE = "inappropriate", "The message reads as inappropriate"
        QUARANTINED_ATTACHMENT = "quarantined_attachment", "An attachment of an unexpected or unsafe type"
        PRACTITIONER = "practitioner", "Reported by the practitioner"

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for the manager"
        CLOSED = "closed", "Outcome recorded"

    message = models.OneToOneField(Message, on_delete=models.PROTECT, related_name="safeguarding_report")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="safeguarding_reports")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="safeguarding_reports")
    reasons = models.JSONField(default=list, help_text="Report.Reason values")
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="empty when screening reported it",
    )
    note = models.TextField(blank=True, default="")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    raised_at = models.DateTimeField(default=timezone.now)
    outcome = models.TextField(blank=True, default="")
    attachments_released = models.BooleanField(default=False)
    outcome_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    outcome_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["raised_at", "id"]
        indexes = [models.Index(fields=["team", "status"])]

    def __str__(self) -> str:
        return f"Report #{self.pk} ({self.get_status_display()})"

    @property
    def reason_labels(self) -> list[str]:
        return [self.Reason(reason).label for reason in self.reasons]


class OutOfHoursReply(models.Model):
    """The one automatic reply a conversation gets in one out-of-hours period (G9).

    `period_start` is when the period began (the end of the last working time), so a duplicate or a
    second message in the same evening finds this row and sends nothing.
    """

    conversation = models.ForeignKey(
        Conversation, on_delete=models.PROTECT, related_name="out_of_hours_replies"
    )
    period_start = models.DateTimeField()
    inbound = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="+")
    reply = models.OneToOneField(Message, on_delete=models.PROTECT, related_name="out_of_hours_reply")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "period_start"], name="one_auto_reply_per_period")
        ]


class Notification(models.Model):
    """One e-mail to one recipient about an alert or a report: saved before it is sent, retried until sent."""

    alert = models.ForeignKey(
        Alert, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    report = models.ForeignKey(
        Report, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="empty for the Emergency Duty Team's mailbox",
    )
    to_email = models.EmailField()
    subject = models.CharField(max_length=200)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(alert__isnull=False) | models.Q(report__isnull=False),
                name="notification_is_about_something",
            )
        ]
