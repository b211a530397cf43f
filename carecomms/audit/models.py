"""The audit trail: append-only, each entry chained to the one before by a SHA-256 hash."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditEntry(models.Model):
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    actor_label = models.CharField(max_length=160, help_text="who, as text: survives the user row")
    action = models.CharField(max_length=64, db_index=True, help_text='e.g. "message:sent", "conversation:viewed"')
    target_type = models.CharField(max_length=64, blank=True, default="")
    target_id = models.CharField(max_length=64, blank=True, default="")
    person_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    source_ip = models.GenericIPAddressField(null=True, blank=True)
    reason = models.TextField(blank=True, default="")
    detail = models.JSONField(default=dict, blank=True)
    previous_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "audit entries"


class AuditHead(models.Model):
    """A single row locked while appending, so concurrent writers extend the chain one at a time."""

    last_hash = models.CharField(max_length=64)


class BreakGlassGrant(models.Model):
    """A team manager's time-limited reading access to a person outside their team, given a reason.

    Opening one is audited ("breakglass:opened") and reported to the data-protection officers, who
    mark it reviewed on their page. The grant itself is never extended: a new need is a new grant.
    """

    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="break_glass_grants"
    )
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="break_glass_grants")
    reason = models.TextField()
    opened_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        indexes = [models.Index(fields=["manager", "person", "expires_at"])]

    def __str__(self) -> str:
        return f"{self.manager} → {self.person} until {self.expires_at:%Y-%m-%d %H:%M}"
