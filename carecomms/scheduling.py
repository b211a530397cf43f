"""Periodic jobs, run by `carecomms scheduler`: each a dotted path and how often, nothing else.

The scheduler only *enqueues* or runs short idempotent sweeps; the real work happens in actions.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every_seconds: int
    function: str  # dotted path to a callable taking no arguments


JOBS: tuple[PeriodicJob, ...] = (
    PeriodicJob("outbox sweep", 60, "carecomms.messaging.actions.sweep_outbox"),
    PeriodicJob("attachment fetch sweep", 60, "carecomms.messaging.attachments.sweep_attachments"),
    PeriodicJob("webhook reprocessing", 60, "carecomms.messaging.webhooks.reprocess_pending_webhooks"),
    PeriodicJob("case record export", 86400, "carecomms.records.actions.enqueue_daily_export"),
    PeriodicJob("case record delivery sweep", 300, "carecomms.records.actions.sweep_deliveries"),
    PeriodicJob("case record retention", 86400, "carecomms.records.retention.apply_retention_job"),
    PeriodicJob("subject access sweep", 300, "carecomms.records.subject_access.sweep_subject_access_exports"),
    PeriodicJob("safeguarding escalation", 60, "carecomms.safeguarding.actions.escalate_overdue_alerts"),
    PeriodicJob("safeguarding e-mail retry", 60, "carecomms.safeguarding.actions.retry_unsent_notifications"),
)
