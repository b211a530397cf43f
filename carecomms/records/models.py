"""What goes to the case record system (Mosaic): case notes now; transcripts and deliveries build on it."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

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
    body = models.TextField()
    facts = models.JSONField(default=dict, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    policy_version = models.CharField(max_length=40, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    exported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
