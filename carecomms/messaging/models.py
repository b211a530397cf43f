"""Channels, conversations, messages, the outbox ledger and consent.

A message is immutable once sent (G1/G8): only its delivery status moves on. The outbox is a ledger:
one `OutboxItem` per intended delivery, one `DeliveryAttempt` per try, written before the network call.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from carecomms.crypto import EncryptedBinaryField, EncryptedTextField
from carecomms.people.models import ParentalResponsibility, Person
from carecomms.people.phone import mask_number, validate_e164


class Channel(models.Model):
    """An organisation-owned account (G2, G12): the council's WhatsApp Business number or SMS sender."""

    class Kind(models.TextChoices):
        WHATSAPP = "whatsapp", "WhatsApp"
        SMS = "sms", "SMS"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    name = models.CharField(max_length=120)
    display_number = models.CharField(max_length=20, validators=[validate_e164])
    provider_id = models.CharField(
        max_length=64, unique=True, help_text="WhatsApp phone-number id, or the SMS sender id"
    )
    organisation_owned = models.BooleanField(default=True)
    minimum_age = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Platform minimum age; blank means the policy document's value"
    )
    active = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"


class ConsentState(models.TextChoices):
    # Values match carecomms.policy.ConsentState.
    NOT_REQUESTED = "not_requested", "Not asked yet"
    REQUESTED = "requested", "Asked, waiting for a reply"
    UNCLEAR = "unclear", "Reply unclear"
    GIVEN = "given", "Consent given"
    WITHDRAWN = "withdrawn", "Consent withdrawn"


class Conversation(models.Model):
    """One chat between the organisation's channel and one number, about one person.

    The number is the person's own, or — for a child under 16 — that of someone with parental
    responsibility (`guardian`), who gives consent for their own number (G5, G7).
    """

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="conversations")
    guardian = models.ForeignKey(
        ParentalResponsibility, null=True, blank=True, on_delete=models.PROTECT, related_name="conversations"
    )
    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="conversations")
    number = models.CharField(max_length=20, validators=[validate_e164])
    consent_state = models.CharField(max_length=20, choices=ConsentState.choices, default=ConsentState.NOT_REQUESTED)
    last_inbound_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["channel", "number", "person"], name="one_conversation_per_person_number")
        ]
        ordering = ["-last_activity_at"]

    def __str__(self) -> str:
        return f"{self.person} via {self.masked_number}"

    @property
    def masked_number(self) -> str:
        return mask_number(self.number)

    @property
    def recipient_name(self) -> str:
        return self.guardian.name if self.guardian else self.person.full_name

    @property
    def recipient_first_name(self) -> str:
        return self.guardian.name.split()[0] if self.guardian else self.person.first_name


class Message(models.Model):
    class Direction(models.TextChoices):
        OUTBOUND = "out", "Sent"
        INBOUND = "in", "Received"

    class Kind(models.TextChoices):
        TEXT = "text", "Text"
        TEMPLATE = "template", "Template"
        CONSENT_REQUEST = "consent_request", "Consent request"
        AUTO_REPLY = "auto_reply", "Automatic reply"
        BUTTON = "button", "Button reply"
        MEDIA = "media", "Attachment"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        DELIVERED = "delivered", "Delivered"
        READ = "read", "Read"
        FAILED = "failed", "Not delivered"
        CANCELLED = "cancelled", "Cancelled"
        RECEIVED = "received", "Received"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    conversation = models.ForeignKey(Conversation, on_delete=models.PROTECT, related_name="messages")
    direction = models.CharField(max_length=3, choices=Direction.choices)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.TEXT)
    body = EncryptedTextField(blank=True, default="")
    template_name = models.CharField(max_length=80, blank=True, default="")
    template_language = models.CharField(max_length=10, blank=True, default="")
    template_parameters = models.JSONField(default=list, blank=True)
    button_payload = models.CharField(max_length=120, blank=True, default="")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="messages_sent"
    )
    channel_message_id = models.CharField(max_length=128, null=True, blank=True, unique=True)
    status = models.CharField(max_length=20, choices=Status.choices)
    decision = models.JSONField(default=dict, blank=True, help_text="carecomms.policy.Decision.to_dict()")
    policy_version = models.CharField(max_length=40, blank=True, default="")
    failure_code = models.IntegerField(null=True, blank=True)
    failure_reason = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    provider_timestamp = models.DateTimeField(null=True, blank=True)
    # Inbound triage result: carecomms.screening flags with their reasons (safeguarding, inappropriate).
    flags = models.JSONField(default=list, blank=True)
    # Set by records retention, which empties `body` once the case record holds the transcript (G8).
    body_removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["conversation", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_direction_display()} {self.get_kind_display()} #{self.pk}"


class Attachment(models.Model):
    """A file someone sent. The bytes are fetched from the channel after the message is committed
    (`messaging.attachments`), kept encrypted under MEDIA_ROOT (outside the web root) under a random
    name, and served only by the authorised download view; `mime_type` is what the sender's phone
    declared, `detected_type` what the bytes turned out to be."""

    class Fetch(models.TextChoices):
        PENDING = "pending", "Waiting to be fetched"
        FETCHING = "fetching", "Being fetched"
        STORED = "stored", "Held (encrypted)"
        FAILED = "failed", "Could not be fetched"

    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="attachments")
    provider_media_id = models.CharField(max_length=128, blank=True, default="")
    mime_type = models.CharField(max_length=120)
    filename = EncryptedTextField(blank=True, default="")  # names say a lot ("rent-arrears-J-Adams.pdf")
    sha256 = models.CharField(max_length=64, blank=True, default="")
    size = models.PositiveIntegerField(null=True, blank=True)
    caption = EncryptedTextField(blank=True, default="")
    stored_path = models.CharField(max_length=255, blank=True, default="")
    quarantined = models.BooleanField(default=False)
    quarantine_reason = models.TextField(blank=True, default="")
    detected_type = models.CharField(max_length=120, blank=True, default="")
    fetch_state = models.CharField(max_length=12, choices=Fetch.choices, default=Fetch.PENDING)
    fetch_attempts = models.PositiveSmallIntegerField(default=0)
    next_fetch_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    fetch_error = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["fetch_state", "next_fetch_at"])]

    def __str__(self) -> str:
        return f"Attachment #{self.pk} ({self.mime_type})"

    @property
    def held(self) -> bool:
        """The encrypted bytes are on disk (fetched, and not yet removed under retention)."""
        return self.fetch_state == self.Fetch.STORED and bool(self.stored_path)

    @property
    def removed(self) -> bool:
        return self.fetch_state == self.Fetch.STORED and not self.stored_path

    @property
    def type_label(self) -> str:
        from carecomms.messaging.filetypes import label

        return label(self.detected_type or self.mime_type)

    @property
    def shows_thumbnail(self) -> bool:
        from carecomms.messaging.filetypes import THUMBNAIL_TYPES

        return self.held and not self.quarantined and self.detected_type in THUMBNAIL_TYPES

    @property
    def display_name(self) -> str:
        from carecomms.messaging.attachments import download_filename

        return download_filename(self)


class StatusEvent(models.Model):
    """Every delivery status the channel reported, in order: the message's status history."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="status_events")
    status = models.CharField(max_length=20)
    occurred_at = models.DateTimeField()
    recorded_at = models.DateTimeField(default=timezone.now)
    error_code = models.IntegerField(null=True, blank=True)
    error_detail = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["occurred_at", "id"]


class OutboxItem(models.Model):
    """One intended delivery. Committed before any network call; workers claim it with a row lock."""

    class State(models.TextChoices):
        PENDING = "pending", "Waiting to send"
        SENDING = "sending", "Being sent"
        DONE = "done", "Accepted by the channel"
        FAILED = "failed", "Failed permanently"
        CANCELLED = "cancelled", "Cancelled"

    message = models.OneToOneField(Message, on_delete=models.PROTECT, related_name="outbox")
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["state", "next_attempt_at"])]


class DeliveryAttempt(models.Model):
    class Outcome(models.TextChoices):
        STARTED = "started", "Started"
        ACCEPTED = "accepted", "Accepted"
        RETRY = "retry", "Will retry"
        FAILED = "failed", "Failed permanently"

    item = models.ForeignKey(OutboxItem, on_delete=models.CASCADE, related_name="attempts_made")
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.STARTED)
    http_status = models.IntegerField(null=True, blank=True)
    error_code = models.IntegerField(null=True, blank=True)
    detail = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["number"]


class InboundWebhook(models.Model):
    """Each authenticated webhook body, stored once before it is processed: nothing a channel sends is lost.

    `source` says which reader the body needs, so the scheduler re-processes each kind correctly.
    """

    class Source(models.TextChoices):
        WHATSAPP = "whatsapp", "WhatsApp (Meta)"
        NOTIFY_RECEIPT = "notify_receipt", "GOV.UK Notify delivery receipt"
        NOTIFY_INBOUND = "notify_inbound", "GOV.UK Notify received text"

    source = models.CharField(max_length=20, choices=Source.choices, default=Source.WHATSAPP)
    received_at = models.DateTimeField(default=timezone.now)
    body = EncryptedBinaryField()
    sha256 = models.CharField(max_length=64, db_index=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    malformed_items = models.PositiveIntegerField(default=0)


class ConsentEvent(models.Model):
    """The consent history of one conversation (person and number on a channel): evidence for G7."""

    conversation = models.ForeignKey(Conversation, on_delete=models.PROTECT, related_name="consent_events")
    state = models.CharField(max_length=20, choices=ConsentState.choices)
    occurred_at = models.DateTimeField(default=timezone.now)
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.PROTECT)
    reading = models.CharField(max_length=32, blank=True, default="", help_text="how the reply was read")
    practitioner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    policy_version = models.CharField(max_length=40)
    note = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["occurred_at", "id"]


class UnknownSender(models.Model):
    """A message from a number CareComms does not know: kept for the team's triage, never dropped."""

    channel = models.ForeignKey(Channel, on_delete=models.PROTECT)
    number = models.CharField(max_length=20)
    channel_message_id = models.CharField(max_length=128, unique=True)
    body = EncryptedTextField(blank=True, default="")
    kind = models.CharField(max_length=20)
    received_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    resolution = models.TextField(blank=True, default="")
