"""The one retry rule behind the outbox's sends and the attachments' fetches, and the sweep for lost tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from carecomms.channels.base import SendError
from carecomms.messaging import actions
from carecomms.messaging.models import OutboxItem
from carecomms.messaging.retry import backoff, plan_retry
from tests.conftest import WORKING_NOW

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


@pytest.mark.django_db(transaction=True)
def test_the_outbox_sweep_requeues_only_items_whose_task_was_lost(alice, consented_conversation, settings):
    from django_tasks_db.models import DBTaskResult

    with time_machine.travel(WORKING_NOW, tick=False):
        message = actions.do_send_text(alice, consented_conversation, "See you at 11")
    item = OutboxItem.objects.get(message=message)
    OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=WORKING_NOW)
    before = DBTaskResult.objects.count()
    assert actions.sweep_outbox(now=WORKING_NOW + timedelta(seconds=30)) == 0  # its own task may still run
    assert actions.sweep_outbox(now=WORKING_NOW + timedelta(seconds=61)) == 1
    stale = WORKING_NOW - timedelta(seconds=settings.OUTBOX_STALE_SENDING_SECONDS + 1)
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxItem.State.SENDING, claimed_at=stale)
    assert actions.sweep_outbox(now=WORKING_NOW) == 1
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxItem.State.DONE)
    assert actions.sweep_outbox(now=WORKING_NOW + timedelta(days=1)) == 0
    assert DBTaskResult.objects.count() == before + 2
