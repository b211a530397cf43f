"""Trying again after a channel failed: the outbox's sends and the attachments' fetches share one rule.

A channel error says whether it is `permanent` (default: yes, so an unknown error is never retried
blindly) and may carry the provider's `retry_after` seconds. Back-off doubles from a base up to a
cap, and never comes sooner than the provider asked. The numbers are settings, read at call time.
The scheduler's sweeps find work whose task was lost the same way for both (`requeue_lost`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Q, QuerySet

SWEEP_GRACE = timedelta(seconds=60)  # a due row's own task normally runs well within this


def backoff(attempts: int, retry_after: float | None, *, base_seconds: float, max_seconds: float) -> timedelta:
    """How long to wait after the `attempts`-th failure: base × 2^(attempts-1), capped, at least `retry_after`."""
    seconds = min(base_seconds * 2 ** max(attempts - 1, 0), max_seconds)
    return timedelta(seconds=max(seconds, retry_after or 0))


@dataclass(frozen=True)
class RetryPlan:
    """What to do after a failed attempt. `retry_at` is None when giving up."""

    permanent: bool  # the error says trying again cannot help
    retry_at: datetime | None


def plan_retry(
    error: object, attempts: int, now: datetime, *, max_attempts: int, base_seconds: float, max_seconds: float
) -> RetryPlan:
    """Give up on a permanent error or once `attempts` reaches `max_attempts`; otherwise back off."""
    permanent = bool(getattr(error, "permanent", True))
    if permanent or attempts >= max_attempts:
        return RetryPlan(permanent, None)
    delay = backoff(attempts, getattr(error, "retry_after", None), base_seconds=base_seconds, max_seconds=max_seconds)
    return RetryPlan(permanent, now + delay)


@dataclass(frozen=True)
class WorkQueue:
    """Where a table of work rows keeps its progress: the state field, its waiting and claimed values,
    and the field saying when a waiting row is next due. Rows claimed longer ago than the stale limit
    belong to a worker that died, so they are taken over."""

    pending: str
    claimed: str
    state_field: str = "state"
    due_field: str = "next_attempt_at"

    def claimable(self, now: datetime, *, stale_seconds: int, grace: timedelta = timedelta(0)) -> Q:
        """Rows due (for at least `grace`) or claimed longer than `stale_seconds` ago."""
        return Q(**{self.state_field: self.pending, f"{self.due_field}__lte": now - grace}) | Q(
            **{self.state_field: self.claimed, "claimed_at__lt": now - timedelta(seconds=stale_seconds)}
        )


def requeue_lost(rows: QuerySet[Any], task: Any, now: datetime, *, queue: WorkQueue, stale_seconds: int) -> int:
    """Enqueue `task` again for each row whose task was lost (a crash between commit and enqueue):
    due for longer than the grace, or claimed longer than `stale_seconds`. Returns how many."""
    due = rows.filter(queue.claimable(now, stale_seconds=stale_seconds, grace=SWEEP_GRACE)).values_list("pk", flat=True)
    count = 0
    for pk in due:
        task.enqueue(pk)
        count += 1
    return count
