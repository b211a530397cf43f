"""The outbox: committed before the network, delivered exactly once through outages and retries."""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx
import pytest
import time_machine

from carecomms.messaging import actions
from carecomms.messaging.models import DeliveryAttempt, Message, OutboxItem
from tests.conftest import WORKING_NOW, person_writes, run_worker, wait_for

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def quick_retries(settings):
    settings.OUTBOX_BACKOFF_BASE_SECONDS = 0


@pytest.fixture(autouse=True)
def in_working_hours():
    """Fixtures included: Jenny writing in at 6 a.m. would rightly get the out-of-hours reply."""
    with time_machine.travel(WORKING_NOW, tick=True):
        yield


@pytest.fixture
def jenny_wrote_in(simulator, consented_conversation):
    """Jenny writes first, so WhatsApp's 24-hour window is open on the (simulated) Meta side too."""
    person_writes(simulator, consented_conversation.number, text="Hi, it's Jenny")
    wait_for(lambda: consented_conversation.messages.filter(direction="in").exists())
    return consented_conversation


def received_by_simulator(simulator) -> list[dict]:
    return httpx.get(f"{simulator.url}/_control/outbox").json()["messages"]


def fail_next(simulator, status: int, count: int, retry_after: int | None = None) -> None:
    fault = {"status": status, "count": count}
    if retry_after is not None:
        fault["retry_after"] = retry_after
    httpx.post(f"{simulator.url}/_control/faults", json=fault).raise_for_status()


def test_message_is_committed_before_any_network_call(simulator, alice, jenny_wrote_in):
    message = actions.do_send_text(alice, jenny_wrote_in, "Are you still ok for Wednesday at 11?")
    assert OutboxItem.objects.get(message=message).state == OutboxItem.State.PENDING
    assert received_by_simulator(simulator) == []  # nothing has left yet
    run_worker()
    message.refresh_from_db()
    assert message.status in {Message.Status.SENT, Message.Status.DELIVERED, Message.Status.READ}
    assert message.channel_message_id.startswith("wamid.")
    sent_texts = [m["body"].get("text") for m in received_by_simulator(simulator)]
    assert sent_texts == [{"body": message.body, "preview_url": False}]


def test_api_outage_then_success_delivers_exactly_once(simulator, alice, jenny_wrote_in):
    fail_next(simulator, 500, 2)
    message = actions.do_send_text(alice, jenny_wrote_in, "Running ten minutes late, sorry")
    run_worker()
    item = OutboxItem.objects.get(message=message)
    assert item.state == OutboxItem.State.DONE
    assert list(item.attempts_made.values_list("outcome", flat=True)) == [
        DeliveryAttempt.Outcome.RETRY, DeliveryAttempt.Outcome.RETRY, DeliveryAttempt.Outcome.ACCEPTED]
    sent_texts = [m["body"].get("text") for m in received_by_simulator(simulator)]
    assert sent_texts == [{"body": message.body, "preview_url": False}]


def test_rate_limit_with_retry_after_is_respected(simulator, alice, jenny_wrote_in):
    fail_next(simulator, 429, 1, retry_after=120)
    message = actions.do_send_text(alice, jenny_wrote_in, "Can I call you at 4?")
    run_worker()
    item = OutboxItem.objects.get(message=message)
    assert item.state == OutboxItem.State.PENDING
    assert (item.next_attempt_at - WORKING_NOW).total_seconds() >= 119
    assert received_by_simulator(simulator) == []


def test_permanent_failure_is_shown_to_the_practitioner(simulator, alice, consented_conversation):
    # Jenny has never written to the (simulated) Meta side: its 24-hour window is closed.
    message = actions.do_send_text(alice, consented_conversation, "Hi Jenny, see you Wednesday")
    run_worker()
    message.refresh_from_db()
    assert message.status == Message.Status.FAILED
    assert message.failure_code == 131047
    assert "24 hours" in message.failure_reason
    assert OutboxItem.objects.get(message=message).attempts == 1


def test_two_workers_never_claim_the_same_item(alice, consented_conversation):
    message = actions.do_send_text(alice, consented_conversation, "See you soon")
    item_id = message.outbox.pk
    claimed: list[object] = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        from django.db import connection

        barrier.wait()
        try:
            claimed.append(actions.claim_outbox_item(item_id, WORKING_NOW + timedelta(minutes=1)))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for c in claimed if c is not None) == 1
    assert OutboxItem.objects.get(pk=item_id).attempts == 1
