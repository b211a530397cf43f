"""What goes to the case record system (Mosaic): case notes, transcripts, and the ledger of their delivery."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from carecomms.crypto import EncryptedBinaryField, EncryptedTextField
from carecomms.people.models import Person


class CaseNote(models.Model):
    """A short structured record for the person's case file (consent, exceptions, safeguarding)."""

    class Kind(models.TextChoices):
        CONSENT_REQUESTED = "consent_requested", "Consent requested"
        CONSENT_GIVEN = "consent_given", "Consent given"
        CONSENT_WITHDRAWN = "consent_withdrawn", "Consent withdrawn"
        CONSENT_UNCLEAR = "consent_unclear", "Consent reply unclear"
        EXCEPTION_APPROVED = "exception_approved", "Contact exception approved"
        EXCEPTION_ENDED = "exception_ended", "Contact exception ended"
        SAFEGUARDING = "safeguarding", "Safeguarding"
        REPORT = "report", "Inappropriate message report"

    document_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="case_notes")
    kind = models.CharField(max_length=32, choices=Kind.choices)
    title = models.CharField(max_length=200)
    body = EncryptedTextField()
    facts = models.JSONField(default=dict, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    policy_version = models.CharField(max_length=40, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    exported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]


class RecordDocument(models.Model):
    """One document for the case record and, at the same time, its delivery ledger entry.

    `document_id` is derived from what the document covers, so exporting the same messages again finds
    this row instead of making a second one; it is also the sink's idempotency key. The row is marked
    acknowledged only when the sink confirms, and only then is anything it covers treated as exported.
    """

    class Kind(models.TextChoices):
        TRANSCRIPT = "transcript", "Transcript (new messages)"
        FULL_TRANSCRIPT = "full_transcript", "Transcript (whole conversation)"
        CASE_NOTE = "case_note", "Case note"

    class State(models.TextChoices):
        PENDING = "pending", "Waiting for the case record to confirm"
        SENDING = "sending", "Being delivered"
        ACKNOWLEDGED = "acknowledged", "Confirmed by the case record"
        FAILED = "failed", "Refused by the case record"

    document_id = models.UUIDField(unique=True, editable=False)
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="record_documents")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=200)
    conversation = models.ForeignKey(
        "messaging.Conversation", null=True, blank=True, on_delete=models.PROTECT, related_name="record_documents"
    )
    case_note = models.OneToOneField(
        CaseNote, null=True, blank=True, on_delete=models.PROTECT, related_name="record_document"
    )
    # Transcripts cover the conversation's messages with first_message_pk <= pk <= last_message_pk.
    first_message_pk = models.BigIntegerField(null=True, blank=True)
    last_message_pk = models.BigIntegerField(null=True, blank=True)
    message_count = models.PositiveIntegerField(default=0)
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(null=True, blank=True)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=80)
    # Cleared by retention together with the message bodies; the hash stays as evidence.
    content = EncryptedBinaryField(null=True, blank=True)
    content_removed_at = models.DateTimeField(null=True, blank=True)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    sink = models.CharField(max_length=20, blank=True, default="")
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    receipt = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["state", "next_attempt_at"]),
            models.Index(fields=["conversation", "kind", "last_message_pk"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.document_id}"


class RecordDeliveryAttempt(models.Model):
    """One try at handing a document to the sink, written before the sink is called."""

    class Outcome(models.TextChoices):
        STARTED = "started", "Started"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        RETRY = "retry", "Will retry"
        FAILED = "failed", "Refused"

    document = models.ForeignKey(RecordDocument, on_delete=models.CASCADE, related_name="delivery_attempts")
    number = models.PositiveIntegerField()
    sink = models.CharField(max_length=20)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.STARTED)
    http_status = models.IntegerField(null=True, blank=True)
    detail = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["document", "number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="one_attempt_per_number")]


class LegalHoldEvent(models.Model):
    """One placing or lifting of a legal hold on a person, with who did it and why: the hold's history.

    `Person.legal_hold` stays the flag retention reads; rows here are written only by
    `records.legal_hold.do_place_legal_hold` / `do_lift_legal_hold`, in the transaction that sets it.
    """

    class Action(models.TextChoices):
        PLACED = "placed", "Placed"
        LIFTED = "lifted", "Lifted"

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="legal_hold_events")
    action = models.CharField(max_length=10, choices=Action.choices)
    reason = models.TextField()
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    occurred_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-occurred_at", "-id"]

    def __str__(self) -> str:
        return f"Legal hold {self.action} for {self.person.case_record_id}"


class SubjectAccessExport(models.Model):
    """One subject access export: requested, made by the worker, sealed under RECORDS_SAR_DIR,
    downloaded by the data-protection officer, deleted after RECORDS_SAR_KEEP_DAYS.

    `sha256` and `size` are the plaintext zip's; the file on disk is sealed (`crypto`) and its name
    (`stored_name`) is random. The row stays after the file is deleted, as the record of the export.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Waiting to be made"
        RUNNING = "running", "Being made"
        READY = "ready", "Ready to download"
        FAILED = "failed", "Failed"
        DELETED = "deleted", "Deleted after the keeping period"

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="subject_access_exports")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )  # None: the command line
    requested_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    stored_name = models.CharField(max_length=100, blank=True, default="")
    sha256 = models.CharField(max_length=64, blank=True, default="")
    size = models.PositiveBigIntegerField(null=True, blank=True)
    summary = models.JSONField(default=dict, blank=True)  # counts: files, transcripts, attachments…
    error = models.TextField(blank=True, default="")
    expires_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    download_count = models.PositiveIntegerField(default=0)
    last_downloaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["state", "expires_at"])]

    def __str__(self) -> str:
        return f"Subject access export {self.pk} for {self.person.case_record_id}"

    @property
    def in_progress(self) -> bool:
        return self.state in {self.State.PENDING, self.State.RUNNING}
