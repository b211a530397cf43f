"""The webhook trusts nothing: signature over raw bytes, stored once, duplicates and junk harmless."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from carecomms.channels.whatsapp.signature import sign
from carecomms.messaging.models import InboundWebhook, Message

pytestmark = pytest.mark.django_db


def inbound_payload(message_id: str = "wamid.IN1", text: str = "See you Tuesday", number: str = "447700900101"):
    return {
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "WABA",
            "changes": [{
                "field": "messages",
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "442084960100", "phone_number_id": "100000000000001"},
                    "contacts": [{"profile": {"name": "Jenny"}, "wa_id": number}],
                    "messages": [{"from": number, "id": message_id, "timestamp": "1795600000",
                                  "type": "text", "text": {"body": text}}],
                },
            }],
        }],
    }


def post(client, settings, body: bytes, signature: str | None = "auto"):
    headers = {}
    if signature == "auto":
        headers["HTTP_X_HUB_SIGNATURE_256"] = sign(body, settings.WHATSAPP_APP_SECRET)
    elif signature is not None:
        headers["HTTP_X_HUB_SIGNATURE_256"] = signature
    return client.post(reverse("whatsapp_webhook"), data=body, content_type="application/json", **headers)


def test_good_signature_stores_and_attaches_the_reply(client, settings, consented_conversation):
    body = json.dumps(inbound_payload()).encode()
    response = post(client, settings, body)
    assert response.status_code == 200
    message = Message.objects.get(channel_message_id="wamid.IN1")
    assert message.conversation == consented_conversation
    assert message.body == "See you Tuesday"
    assert InboundWebhook.objects.get().processed_at is not None


def test_signature_is_checked_over_the_raw_bytes_as_meta_escapes_them(client, settings, consented_conversation):
    # Meta escapes non-ASCII as \uXXXX and may escape "/": re-serialising would break the signature.
    body = json.dumps(inbound_payload(text="caf\u00e9 at 2/3pm \U0001f44d")).replace("/", "\\/").encode()
    assert b"\\u00e9" in body and b"\\/" in body
    assert post(client, settings, body).status_code == 200
    assert Message.objects.get(channel_message_id="wamid.IN1").body == "café at 2/3pm 👍"


@pytest.mark.parametrize("signature", [None, "sha256=" + "0" * 64, "sha1=abc", "", "sha256="])
def test_missing_or_wrong_signature_is_refused_and_changes_nothing(client, settings, consented_conversation, signature):
    body = json.dumps(inbound_payload()).encode()
    response = post(client, settings, body, signature=signature)
    assert response.status_code == 403
    assert not InboundWebhook.objects.exists()
    assert not Message.objects.exists()


def test_signature_with_another_secret_is_refused(client, settings, consented_conversation):
    body = json.dumps(inbound_payload()).encode()
    assert post(client, settings, body, signature=sign(body, "not-the-app-secret")).status_code == 403
    assert not Message.objects.exists()


def test_replayed_duplicate_is_acknowledged_but_recorded_once(client, settings, consented_conversation):
    body = json.dumps(inbound_payload()).encode()
    assert post(client, settings, body).status_code == 200
    assert post(client, settings, body).status_code == 200
    # Meta also re-sends the same message id inside a different envelope.
    other = inbound_payload()
    other["entry"][0]["id"] = "WABA-again"
    assert post(client, settings, json.dumps(other).encode()).status_code == 200
    assert Message.objects.filter(channel_message_id="wamid.IN1").count() == 1


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'{"entry": "nope"}', b'{"entry": [{"changes": [{"value": []}]}]}', b"null",
     b'{"entry": [{"changes": [{"field": "messages", "value": {"messages": [{"id": 5}]}}]}]}'],
)
def test_malformed_signed_bodies_never_cause_a_server_error(client, settings, consented_conversation, body):
    response = post(client, settings, body)
    assert response.status_code in {200, 400}
    assert not Message.objects.exists()


def test_verification_handshake(client, settings):
    url = reverse("whatsapp_webhook")
    ok = client.get(url, {"hub.mode": "subscribe", "hub.verify_token": settings.WHATSAPP_VERIFY_TOKEN,
                          "hub.challenge": "1158201444"})
    assert ok.status_code == 200 and ok.content == b"1158201444"
    bad = client.get(url, {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "x"})
    assert bad.status_code == 403


def test_unknown_number_lands_in_triage_not_lost(client, settings, consented_conversation):
    from carecomms.messaging.models import UnknownSender

    body = json.dumps(inbound_payload(message_id="wamid.UNK", number="447700900999", text="who is this")).encode()
    assert post(client, settings, body).status_code == 200
    unknown = UnknownSender.objects.get()
    assert unknown.number == "+447700900999" and unknown.body == "who is this"
