"""Notify's callbacks trust only the bearer token; stored once; they feed the same actions as WhatsApp.

Jenny (adult, Alice's) has an SMS conversation with the council's Notify number.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse

from carecomms.messaging import actions
from carecomms.messaging.models import (
    ConsentState,
    Conversation,
    InboundWebhook,
    Message,
    OutboxItem,
    UnknownSender,
)
from carecomms.messaging.webhooks import reprocess_pending_webhooks
from tests.channels.conftest import load_fixture
from tests.conftest import WORKING_NOW

pytestmark = pytest.mark.django_db

RECEIPTS = "notify_delivery_receipt"
TEXTS = "notify_received_text"


def post(client, settings, route: str, payload: object, token: str | None = "auto", raw: bytes | None = None):
    headers = {}
    if token == "auto":
        headers["HTTP_AUTHORIZATION"] = f"Bearer {settings.NOTIFY_CALLBACK_BEARER_TOKEN}"
    elif token is not None:
        headers["HTTP_AUTHORIZATION"] = token
    body = raw if raw is not None else json.dumps(payload).encode()
    return client.post(reverse(route), data=body, content_type="application/json", **headers)


def received_text(text: str, number: str = "447700900101", message_id: str | None = None) -> dict:
    return {**load_fixture("notify/notify_received_text"), "message": text, "source_number": number,
            "id": message_id or str(uuid.uuid4())}


@pytest.fixture
def sms_conversation(policy_version, sms_channel, jenny) -> Conversation:
    return Conversation.objects.create(person=jenny, channel=sms_channel, number=jenny.mobile,
                                       consent_state=ConsentState.REQUESTED)


def test_received_text_is_stored_and_read_for_consent(client, settings, sms_conversation):
    response = post(client, settings, TEXTS, received_text("Yes please"))
    assert response.status_code == 200
    webhook = InboundWebhook.objects.get()
    assert webhook.source == InboundWebhook.Source.NOTIFY_INBOUND and webhook.processed_at is not None
    message = Message.objects.get(direction=Message.Direction.INBOUND)
    assert message.conversation == sms_conversation and message.body == "Yes please"
    sms_conversation.refresh_from_db()
    assert sms_conversation.consent_state == ConsentState.GIVEN
    assert sms_conversation.consent_events.get().reading == "consent_yes"


def test_the_same_text_twice_is_attached_once(client, settings, sms_conversation):
    payload = received_text("Yes please")
    assert post(client, settings, TEXTS, payload).status_code == 200
    assert post(client, settings, TEXTS, payload).status_code == 200
    assert Message.objects.filter(direction=Message.Direction.INBOUND).count() == 1


@pytest.mark.parametrize(
    "token", [None, "Bearer wrong-token-value", "Basic abc", "Bearer ", "embedded-notify-callback-token"]
)
@pytest.mark.parametrize("route", [RECEIPTS, TEXTS])
def test_missing_or_wrong_token_is_refused_and_changes_nothing(client, settings, sms_conversation, token,
                                                               route):
    response = post(client, settings, route, received_text("Yes please"), token=token)
    assert response.status_code == (401 if token is None else 403)
    assert not InboundWebhook.objects.exists()
    assert not Message.objects.filter(direction=Message.Direction.INBOUND).exists()
    sms_conversation.refresh_from_db()
    assert sms_conversation.consent_state == ConsentState.REQUESTED


def test_an_unset_token_refuses_everything(client, settings, sms_conversation):
    settings.NOTIFY_CALLBACK_BEARER_TOKEN = ""
    assert post(client, settings, TEXTS, received_text("YES"), token="Bearer ").status_code == 403
    assert not InboundWebhook.objects.exists()


@pytest.mark.parametrize("raw", [b"not json", b"", b"[1, 2]", b'"text"', b"\xff\xfe"])
@pytest.mark.parametrize("route", [RECEIPTS, TEXTS])
def test_malformed_json_is_refused_and_changes_nothing(client, settings, sms_conversation, raw, route):
    assert post(client, settings, route, None, raw=raw).status_code == 400
    assert not InboundWebhook.objects.exists()


def test_get_is_not_allowed(client):
    assert client.get(reverse(TEXTS)).status_code == 405


def test_json_of_the_wrong_shape_is_kept_and_counted(client, settings, sms_conversation):
    assert post(client, settings, TEXTS, {"unexpected": True}).status_code == 200
    webhook = InboundWebhook.objects.get()
    assert webhook.processed_at is not None and webhook.malformed_items == 1


def test_unknown_number_goes_to_triage(client, settings, sms_conversation):
    post(client, settings, TEXTS, received_text("Who is this?", number="447700900999"))
    unknown = UnknownSender.objects.get()
    assert unknown.channel == sms_conversation.channel and unknown.number == "+447700900999"
    assert not Message.objects.filter(direction=Message.Direction.INBOUND).exists()


def test_stop_after_consent_withdraws_and_cancels_the_outbox(client, settings, sms_conversation, alice):
    sms_conversation.consent_state = ConsentState.GIVEN
    sms_conversation.save()
    queued = actions.do_send_text(alice, sms_conversation, "See you at 2", now=WORKING_NOW)
    post(client, settings, TEXTS, received_text("STOP"))
    sms_conversation.refresh_from_db()
    assert sms_conversation.consent_state == ConsentState.WITHDRAWN
    assert OutboxItem.objects.get(message=queued).state == OutboxItem.State.CANCELLED


def test_safeguarding_screening_runs_on_texts_too(client, settings, sms_conversation):
    sms_conversation.consent_state = ConsentState.GIVEN
    sms_conversation.save()
    post(client, settings, TEXTS, received_text("I want to kill myself"))
    message = Message.objects.get(direction=Message.Direction.INBOUND)
    assert "safeguarding" in {flag["flag"] for flag in message.flags}


def test_receipt_moves_the_message_forward_by_reference(client, settings, sms_conversation, alice):
    sms_conversation.consent_state = ConsentState.GIVEN
    sms_conversation.save()
    message = actions.do_send_text(alice, sms_conversation, "See you at 2", now=WORKING_NOW)
    receipt = {**load_fixture("notify/notify_delivery_receipt_delivered"),
               "reference": str(message.outbox.idempotency_key)}
    # The receipt overtook the send's own answer: the reference (our outbox key) still finds it.
    assert post(client, settings, RECEIPTS, receipt).status_code == 200
    message.refresh_from_db()
    assert message.status == Message.Status.DELIVERED
    assert message.channel_message_id == receipt["id"]
    assert message.delivered_at is not None
    assert InboundWebhook.objects.get().source == InboundWebhook.Source.NOTIFY_RECEIPT


def test_failed_receipt_is_explained_and_never_moves_back(client, settings, sms_conversation, alice):
    sms_conversation.consent_state = ConsentState.GIVEN
    sms_conversation.save()
    message = actions.do_send_text(alice, sms_conversation, "See you at 2", now=WORKING_NOW)
    Message.objects.filter(pk=message.pk).update(channel_message_id="3d1a8b52-0f5e-4f36-8d2c-9e7b6a5c4d3e")
    post(client, settings, RECEIPTS, load_fixture("notify/notify_delivery_receipt_temporary_failure"))
    message.refresh_from_db()
    assert message.status == Message.Status.FAILED
    assert "switched off" in message.failure_reason
    assert message.status_events.get().error_detail == "temporary-failure"


def test_a_stored_callback_that_failed_is_reprocessed_as_notify(client, settings, sms_conversation):
    """Crash between storing and processing: the scheduler re-reads the body with Notify's reader."""
    from carecomms.messaging.webhooks import store_webhook

    raw = json.dumps(received_text("Yes please")).encode()
    webhook = store_webhook(raw, InboundWebhook.Source.NOTIFY_INBOUND)
    assert webhook is not None and webhook.processed_at is None
    assert reprocess_pending_webhooks() == 1
    sms_conversation.refresh_from_db()
    assert sms_conversation.consent_state == ConsentState.GIVEN


def test_texts_wait_while_no_sms_channel_matches_the_key(client, settings, sms_conversation):
    sms_conversation.channel.active = False
    sms_conversation.channel.save()
    assert post(client, settings, TEXTS, received_text("Yes please")).status_code == 200
    assert InboundWebhook.objects.get().processed_at is None  # kept for the scheduler, not lost
    sms_conversation.channel.active = True
    sms_conversation.channel.save()
    assert reprocess_pending_webhooks() == 1
    assert Message.objects.filter(direction=Message.Direction.INBOUND).count() == 1


def test_the_24_hour_window_is_whatsapp_only(sms_conversation, consented_conversation):
    long_ago = WORKING_NOW - timedelta(days=5)
    for conversation in (sms_conversation, consented_conversation):
        conversation.last_inbound_at = long_ago
    assert actions.channel_allows_free_text(sms_conversation, WORKING_NOW)
    assert not actions.channel_allows_free_text(consented_conversation, WORKING_NOW)
