"""The spine over SMS, end to end through the Notify simulator: Alice the practitioner chooses SMS for
Jenny in the browser's forms, the consent request goes out as a text through the official Notify client,
Jenny replies in words, and Notify's callbacks (bearer token) bring the reply and the receipts back.
Runs on SQLite and PostgreSQL (.ci/run)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
import time_machine
from django.urls import reverse

from carecomms.messaging.models import ConsentState, Conversation, InboundWebhook, Message, OutboxItem
from carecomms.policy import default_policy_document
from tests.conftest import WORKING_NOW, person_texts, run_worker, sign_in, wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def notify_outbox(simulator) -> list[dict]:
    return httpx.get(f"{simulator.url}/notify/_control/outbox", timeout=10).json()["notifications"]


def start_sms_conversation(client, alice, jenny, sms_channel) -> Conversation:
    sign_in(client, alice)
    response = client.post(reverse("web:open_conversation", args=[jenny.pk]), {"channel": sms_channel.pk})
    assert response.status_code == 302
    conversation = Conversation.objects.get(person=jenny, channel=sms_channel)
    client.post(reverse("web:request_consent", args=[conversation.pk]))
    run_worker()
    return conversation


def sent_texts(conversation: Conversation) -> int:
    return conversation.messages.filter(kind=Message.Kind.TEXT, direction=Message.Direction.OUTBOUND).count()


def send(client, conversation: Conversation, text: str):
    return client.post(reverse("web:conversation", args=[conversation.pk]), {"text": text, "action": "send"})


@time_machine.travel(WORKING_NOW, tick=True)
def test_consent_by_text_then_free_text_is_delivered(client, simulator, alice, jenny, channel, sms_channel,
                                                    policy_version):
    conversation = start_sms_conversation(client, alice, jenny, sms_channel)
    request = conversation.messages.get(kind=Message.Kind.CONSENT_REQUEST)
    sent = notify_outbox(simulator)
    # The same consent request as on WhatsApp, as plain text: the SMS wording and a reply instruction.
    wording = default_policy_document().consent_text_for("sms")
    assert [n["body"] for n in sent] == [f"{wording}\n\nReply YES or NO"]
    assert sent[0]["reference"] == str(request.outbox.idempotency_key)
    assert sent[0]["phone_number"] == jenny.mobile
    wait_for(lambda: Message.objects.get(pk=request.pk).status == Message.Status.DELIVERED)

    # Nothing but the request before a clear YES.
    page = send(client, conversation, "Hi Jenny, still ok for Wednesday?")
    assert "cannot be sent" in page.content.decode()

    person_texts(simulator, jenny.mobile, "yes please")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.GIVEN)
    reply = conversation.messages.get(direction=Message.Direction.INBOUND)
    assert reply.body == "yes please"
    assert InboundWebhook.objects.filter(source=InboundWebhook.Source.NOTIFY_INBOUND).count() == 1

    assert send(client, conversation, "Hi Jenny, still ok for Wednesday at 11?").status_code == 302
    run_worker()
    outbound = conversation.messages.get(kind=Message.Kind.TEXT, direction=Message.Direction.OUTBOUND)
    assert OutboxItem.objects.get(message=outbound).state == OutboxItem.State.DONE
    assert notify_outbox(simulator)[-1]["body"] == "Hi Jenny, still ok for Wednesday at 11?"
    wait_for(lambda: Message.objects.get(pk=outbound.pk).status == Message.Status.DELIVERED)
    assert outbound.status_events.get().status == "delivered"
    html = client.get(reverse("web:conversation_thread", args=[conversation.pk])).content.decode()
    assert "yes please" in html and "Delivered" in html


@time_machine.travel(WORKING_NOW, tick=True)
def test_stop_by_text_cancels_queued_messages_and_refuses_sends(client, simulator, alice, jenny, sms_channel,
                                                                policy_version):
    conversation = start_sms_conversation(client, alice, jenny, sms_channel)
    person_texts(simulator, jenny.mobile, "YES")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.GIVEN)
    send(client, conversation, "See you at 2")  # queued; the worker has not run yet
    queued = conversation.messages.get(kind=Message.Kind.TEXT, direction=Message.Direction.OUTBOUND)

    person_texts(simulator, jenny.mobile, "STOP")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.WITHDRAWN)
    run_worker()
    queued.refresh_from_db()
    assert queued.status == Message.Status.CANCELLED
    assert OutboxItem.objects.get(message=queued).state == OutboxItem.State.CANCELLED
    assert [n["body"] for n in notify_outbox(simulator)][1:] == []  # only the consent request ever went
    page = send(client, conversation, "Are you sure?")
    assert "withdrawn" in page.content.decode()
    assert sent_texts(conversation) == 1


@time_machine.travel(WORKING_NOW, tick=True)
def test_unclear_text_is_never_consent(client, simulator, alice, jenny, sms_channel, policy_version):
    conversation = start_sms_conversation(client, alice, jenny, sms_channel)
    person_texts(simulator, jenny.mobile, "ok?")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.UNCLEAR)
    page = send(client, conversation, "Great, see you")
    assert sent_texts(conversation) == 0
    assert "did not clearly say YES" in page.content.decode()


@time_machine.travel(WORKING_NOW, tick=True)
def test_rate_limited_then_accepted_is_one_delivery(client, simulator, alice, jenny, sms_channel,
                                                    policy_version, settings):
    settings.OUTBOX_BACKOFF_BASE_SECONDS = 0  # retry at once; the back-off itself is tested in test_outbox
    httpx.post(f"{simulator.url}/notify/_control/faults", json={"status": 429, "count": 1}).raise_for_status()
    conversation = start_sms_conversation(client, alice, jenny, sms_channel)
    item = OutboxItem.objects.get(message__conversation=conversation)
    attempts = list(item.attempts_made.values_list("outcome", "http_status"))
    assert attempts[0] == ("retry", 429)
    run_worker()
    item.refresh_from_db()
    assert item.state == OutboxItem.State.DONE
    assert [outcome for outcome, _ in item.attempts_made.values_list("outcome", "http_status")] == [
        "retry", "accepted",
    ]
    assert len(notify_outbox(simulator)) == 1
    wait_for(lambda: Message.objects.get(pk=item.message_id).status == Message.Status.DELIVERED)


@time_machine.travel(WORKING_NOW, tick=True)
def test_retry_after_a_lost_answer_sends_once(client, simulator, alice, jenny, sms_channel, policy_version,
                                              settings):
    """Notify took the text but its answer was lost (HTTP 500 after accepting): the retry finds the
    first notification by its reference instead of texting Jenny twice."""
    settings.OUTBOX_BACKOFF_BASE_SECONDS = 0
    httpx.post(f"{simulator.url}/notify/_control/faults",
               json={"status": 500, "count": 1, "after_accept": True}).raise_for_status()
    conversation = start_sms_conversation(client, alice, jenny, sms_channel)
    run_worker()
    item = OutboxItem.objects.get(message__conversation=conversation)
    assert item.state == OutboxItem.State.DONE
    assert item.attempts == 2
    sent = notify_outbox(simulator)
    assert len(sent) == 1 and sent[0]["reference"] == str(item.idempotency_key)
    message = Message.objects.get(pk=item.message_id)
    assert message.channel_message_id == sent[0]["id"]
    wait_for(lambda: Message.objects.get(pk=item.message_id).status == Message.Status.DELIVERED)


@time_machine.travel(WORKING_NOW, tick=True)
def test_undeliverable_number_is_explained(client, simulator, alice, jenny, sms_channel, policy_version):
    httpx.post(f"{simulator.url}/notify/_control/faults",
               json={"receipt": "permanent-failure", "count": 1}).raise_for_status()
    conversation = start_sms_conversation(client, alice, jenny, sms_channel)
    request = conversation.messages.get(kind=Message.Kind.CONSENT_REQUEST)
    wait_for(lambda: Message.objects.get(pk=request.pk).status == Message.Status.FAILED)
    request.refresh_from_db()
    assert "could not be delivered" in request.failure_reason
    assert request.status_events.get().error_detail == "permanent-failure"


@time_machine.travel(WORKING_NOW, tick=True)
def test_sms_has_no_24_hour_window(client, alice, jenny, sms_channel, policy_version):
    """WhatsApp's customer-service window does not exist for SMS: days of silence still allow free text."""
    conversation = Conversation.objects.create(person=jenny, channel=sms_channel, number=jenny.mobile,
                                               consent_state=ConsentState.GIVEN,
                                               last_inbound_at=WORKING_NOW - timedelta(days=3))
    sign_in(client, alice)
    page = client.get(reverse("web:conversation", args=[conversation.pk])).content.decode()
    assert "Write a message" in page and "24 hours" not in page
    assert send(client, conversation, "Hi Jenny, see you on Friday").status_code == 302
