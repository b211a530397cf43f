"""The one retry rule behind the outbox's sends and the attachments' fetches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from carecomms.channels.base import SendError
from carecomms.messaging.retry import backoff, plan_retry, reannounce

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
LIMITS = {"max_attempts": 4, "base_seconds": 5, "max_seconds": 60}


def test_back_off_doubles_up_to_the_cap_and_never_comes_before_retry_after() -> None:
    waits = [backoff(n, None, base_seconds=5, max_seconds=60).total_seconds() for n in range(1, 6)]
    assert waits == [5, 10, 20, 40, 60]
    assert backoff(1, 30, base_seconds=5, max_seconds=60) == timedelta(seconds=30)
    assert backoff(3, 1, base_seconds=5, max_seconds=60) == timedelta(seconds=20)


def test_a_transient_error_is_tried_again_until_the_attempts_run_out() -> None:
    error = SendError("busy", permanent=False, retry_after=12)
    assert plan_retry(error, 1, NOW, **LIMITS).retry_at == NOW + timedelta(seconds=12)
    last = plan_retry(error, 4, NOW, **LIMITS)
    assert last.retry_at is None and not last.permanent


def test_a_permanent_error_or_one_that_does_not_say_is_not_retried() -> None:
    assert plan_retry(SendError("no", permanent=True), 1, NOW, **LIMITS).retry_at is None
    unknown = plan_retry(ValueError("?"), 1, NOW, **LIMITS)
    assert unknown.permanent and unknown.retry_at is None


def test_reannounce_enqueues_each_row_once() -> None:
    class Task:
        queued: list[int] = []

        def enqueue(self, pk: int) -> None:
            self.queued.append(pk)

    task = Task()
    assert reannounce(task, iter([3, 5])) == 2
    assert task.queued == [3, 5]
