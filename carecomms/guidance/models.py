"""The policy document in force, kept as versions (R1): data, not code.

The document itself is `carecomms.policy.PolicyDocument` serialised to JSON. Versions are never
edited once saved: a change is a new version, so every stored decision can name the words it applied.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class PolicyVersion(models.Model):
    version = models.CharField(max_length=40, unique=True)
    effective_from = models.DateField()
    review_due = models.DateField()
    document = models.JSONField(help_text="carecomms.policy.PolicyDocument.to_dict()")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    created_at = models.DateTimeField(default=timezone.now)
    change_note = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["-effective_from", "-created_at"]
        get_latest_by = ["effective_from", "created_at"]

    def __str__(self) -> str:
        return f"Policy {self.version} (from {self.effective_from:%d %B %Y})"
