"""The simulator behaves like Meta where the gateway can see it: wire format, signatures, idempotency."""

from __future__ import annotations

import hashlib
import json
import re
import time

import httpx
import pytest

from carecomms.channels.simulator import RunningSimulator
from carecomms.channels.simulator.__main__ import config_from_env
from carecomms.channels.whatsapp.events import parse_webhook
from carecomms.channels.whatsapp.payloads import template_message_body, text_message_body
from carecomms.channels.whatsapp.signature import verify_signature
from tests.channels.conftest import PHONE_NUMBER_ID, SAM, SECRET, TOKEN, WebhookReceiver

SAM_DIGITS = SAM.lstrip("+")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def send(simulator: RunningSimulator, body: dict, headers: dict | None = None) -> httpx.Response:
    return httpx.post(
        f"{simulator.url}/v21.0/{PHONE_NUMBER_ID}/messages",
        json=body,
        headers=AUTH if headers is None else headers,
    )


def consent_template(key: str | None = None) -> dict:
    return template_message_body(
        SAM_DIGITS,
        "carecomms_consent_request",
        "en_GB",
        [],
        ["CONSENT_YES", "CONSENT_NO"],
        biz_opaque_callback_data=key,
    )


def outbox(simulator: RunningSimulator) -> list[dict]:
    return httpx.get(f"{simulator.url}/_control/outbox").json()["messages"]


def wait_idle(simulator: RunningSimulator) -> list[dict]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        state = httpx.get(f"{simulator.url}/_control/webhooks").json()
        if state["idle"]:
            return state["deliveries"]
        time.sleep(0.02)
    raise AssertionError("webhooks still pending")


def receiver_payloads_with_messages(receiver: WebhookReceiver) -> list[dict]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        found = [p for p in receiver.payloads() if "messages" in p["entry"][0]["changes"][0]["value"]]
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError("no inbound message webhook")


# --- Graph API ------------------------------------------------------------------------------------


def test_accepted_send_has_metas_answer_shape(simulator: RunningSimulator) -> None:
    answer = send(simulator, consent_template())
    assert answer.status_code == 200
    body = answer.json()
    assert body["messaging_product"] == "whatsapp"
    assert body["contacts"] == [{"input": SAM_DIGITS, "wa_id": SAM_DIGITS}]
    assert re.fullmatch(r"wamid\.[A-Za-z0-9+/=]+", body["messages"][0]["id"])


def test_same_idempotency_key_gives_the_same_wamid_once(simulator: RunningSimulator) -> None:
    first = send(simulator, consent_template("outbox-7")).json()
    second = send(simulator, consent_template("outbox-7")).json()
    assert first == second
    assert len(outbox(simulator)) == 1
    third = send(simulator, consent_template("outbox-8")).json()
    assert third["messages"][0]["id"] != first["messages"][0]["id"]
    assert len(outbox(simulator)) == 2


def test_wrong_or_missing_token_gets_metas_401(simulator: RunningSimulator) -> None:
    for headers in ({"Authorization": "Bearer nope"}, {}):
        answer = send(simulator, consent_template(), headers=headers)
        assert answer.status_code == 401
        error = answer.json()["error"]
        assert error["code"] == 190 and error["type"] == "OAuthException" and error["fbtrace_id"]
    assert outbox(simulator) == []


@pytest.mark.parametrize("missing", ["to", "type"])
def test_missing_required_parameter_gets_metas_400(simulator: RunningSimulator, missing: str) -> None:
    body = text_message_body(SAM_DIGITS, "hi")
    del body[missing]
    answer = send(simulator, body)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert set(error) == {"message", "type", "code", "error_data", "fbtrace_id"}
    assert error["code"] == 100 and missing in error["message"]
    assert error["error_data"]["messaging_product"] == "whatsapp"


def test_unknown_phone_number_id_and_unsupported_types_are_refused(simulator: RunningSimulator) -> None:
    wrong = httpx.post(f"{simulator.url}/v21.0/999/messages", json=consent_template(), headers=AUTH)
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == 100
    status_post = send(simulator, {"messaging_product": "whatsapp", "to": SAM_DIGITS, "type": "status"})
    assert status_post.status_code == 400


def test_24_hour_window_is_enforced_and_can_be_switched_off(make_simulator) -> None:
    strict = make_simulator()
    refused = send(strict, text_message_body(SAM_DIGITS, "hello"))
    assert refused.status_code == 400 and refused.json()["error"]["code"] == 131047
    relaxed = make_simulator(enforce_24h_window=False)
    assert send(relaxed, text_message_body(SAM_DIGITS, "hello")).status_code == 200


def test_faults_fail_the_next_n_sends_then_reset(simulator: RunningSimulator) -> None:
    httpx.post(f"{simulator.url}/_control/faults", json={"status": 503, "count": 2}).raise_for_status()
    assert [send(simulator, consent_template()).status_code for _ in range(3)] == [503, 503, 200]
    httpx.post(f"{simulator.url}/_control/faults", json={"status": 500, "count": 5}).raise_for_status()
    httpx.post(f"{simulator.url}/_control/reset").raise_for_status()
    assert send(simulator, consent_template()).status_code == 200
    assert len(outbox(simulator)) == 1


def test_bad_fault_spec_is_refused(simulator: RunningSimulator) -> None:
    assert httpx.post(f"{simulator.url}/_control/faults", json={"status": 200}).status_code == 400


# --- webhooks ------------------------------------------------------------------------------------


def test_webhooks_are_signed_like_metas_and_parse(make_simulator, receiver: WebhookReceiver) -> None:
    simulator = make_simulator(receiver.url)
    httpx.post(
        f"{simulator.url}/_control/inbound",
        json={"from": SAM, "text": "Café at 2/3pm? 👍", "name": "Sam Taylor"},
    ).raise_for_status()
    wamid = send(simulator, text_message_body(SAM_DIGITS, "Yes", biz_opaque_callback_data="k-9")).json()[
        "messages"
    ][0]["id"]
    received = receiver.wait_for(3)
    for item in received:
        assert verify_signature(item.body, item.headers["X-Hub-Signature-256"], SECRET)
        assert not verify_signature(item.body, item.headers["X-Hub-Signature-256"], "other-secret")
        assert item.body.isascii()
    assert b"\\u00e9" in received[0].body and b"2\\/3pm" in received[0].body

    inbound = parse_webhook(json.loads(received[0].body))
    (message,) = inbound.messages
    assert (message.kind, message.text, message.from_number) == ("text", "Café at 2/3pm? 👍", SAM)
    assert message.profile_name == "Sam Taylor"
    assert message.phone_number_id == PHONE_NUMBER_ID and message.display_phone_number == "442084960100"
    assert isinstance(
        json.loads(received[0].body)["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"], str
    )

    statuses = [parse_webhook(json.loads(r.body)).statuses[0] for r in received[1:]]
    assert [(s.status, s.channel_message_id) for s in statuses] == [("sent", wamid), ("delivered", wamid)]
    assert all(s.biz_opaque_callback_data == "k-9" and s.recipient_number == SAM for s in statuses)


def test_opening_the_phone_marks_messages_read(make_simulator, receiver: WebhookReceiver) -> None:
    simulator = make_simulator(receiver.url)
    wamid = send(simulator, consent_template()).json()["messages"][0]["id"]
    receiver.wait_for(2)
    assert httpx.get(f"{simulator.url}/phone/{SAM_DIGITS}").status_code == 200
    read = receiver.wait_for(3)[2]
    assert [(s.status, s.channel_message_id) for s in parse_webhook(json.loads(read.body)).statuses] == [
        ("read", wamid)
    ]
    httpx.get(f"{simulator.url}/phone/{SAM_DIGITS}/messages.json")
    time.sleep(0.2)
    assert len(receiver.payloads()) == 3  # read is reported once


def test_quick_reply_tap_posts_a_button_message(make_simulator, receiver: WebhookReceiver) -> None:
    simulator = make_simulator(receiver.url)
    wamid = send(simulator, consent_template()).json()["messages"][0]["id"]
    tapped = httpx.post(
        f"{simulator.url}/phone/{SAM_DIGITS}/button", data={"payload": "CONSENT_YES", "context_id": wamid}
    )
    assert tapped.status_code == 303 and tapped.headers["Location"] == f"/phone/{SAM_DIGITS}"
    (message,) = parse_webhook(receiver_payloads_with_messages(receiver)[0]).messages
    assert (message.kind, message.button_payload, message.button_text) == ("button", "CONSENT_YES", "Yes")
    assert message.context_message_id == wamid


def test_a_button_that_was_never_offered_is_refused(simulator: RunningSimulator) -> None:
    wamid = send(simulator, consent_template()).json()["messages"][0]["id"]
    forged = httpx.post(
        f"{simulator.url}/phone/{SAM_DIGITS}/button", data={"payload": "DELETE", "context_id": wamid}
    )
    assert forged.status_code == 400 and "There is a problem" in forged.text


def test_control_inbound_button_matches_what_the_page_does(make_simulator, receiver: WebhookReceiver) -> None:
    simulator = make_simulator(receiver.url)
    httpx.post(
        f"{simulator.url}/_control/inbound",
        json={"from": SAM, "button_payload": "CONSENT_NO", "button_text": "No", "context_id": "wamid.ABC"},
    ).raise_for_status()
    (message,) = parse_webhook(receiver_payloads_with_messages(receiver)[0]).messages
    assert (message.button_payload, message.button_text, message.context_message_id) == (
        "CONSENT_NO",
        "No",
        "wamid.ABC",
    )


def test_attachment_upload_and_media_download_like_meta(make_simulator, receiver: WebhookReceiver) -> None:
    simulator = make_simulator(receiver.url)
    data = b"%PDF-1.4 pretend letter"
    answer = httpx.post(
        f"{simulator.url}/phone/{SAM_DIGITS}/attach",
        data={"caption": "My letter"},
        files={"file": ("letter.pdf", data, "application/pdf")},
    )
    assert answer.status_code == 303
    (message,) = parse_webhook(receiver_payloads_with_messages(receiver)[0]).messages
    assert message.kind == "document" and message.media is not None
    assert message.media.filename == "letter.pdf" and message.media.caption == "My letter"
    assert message.media.sha256 == hashlib.sha256(data).hexdigest()

    info_url = f"{simulator.url}/v21.0/{message.media.id}"
    assert httpx.get(info_url).status_code == 401
    info = httpx.get(info_url, headers=AUTH).json()
    assert info["mime_type"] == "application/pdf" and info["file_size"] == len(data)
    assert httpx.get(info["url"]).status_code == 401
    assert httpx.get(info["url"], headers=AUTH).content == data


def test_control_inbound_image(make_simulator, receiver: WebhookReceiver) -> None:
    simulator = make_simulator(receiver.url)
    httpx.post(
        f"{simulator.url}/_control/inbound",
        json={"from": SAM, "media": {"mime_type": "image/png", "data": "pretend-png", "caption": "Look"}},
    ).raise_for_status()
    (message,) = parse_webhook(receiver_payloads_with_messages(receiver)[0]).messages
    assert message.kind == "image" and message.media is not None and message.media.caption == "Look"


def test_gateway_failures_are_retried(make_simulator, receiver: WebhookReceiver) -> None:
    receiver.answers = [500, 503]
    simulator = make_simulator(receiver.url)
    httpx.post(f"{simulator.url}/_control/inbound", json={"from": SAM, "text": "hello"}).raise_for_status()
    (delivery,) = wait_idle(simulator)
    assert delivery == {"kind": "messages", "status_code": 200, "attempts": 3, "delivered": True}
    assert len(receiver.received) == 3
    assert len({r.body for r in receiver.received}) == 1  # the same signed bytes each time


def test_gateway_that_never_answers_is_given_up_on(make_simulator) -> None:
    simulator = make_simulator("http://127.0.0.1:9/webhooks/whatsapp")
    httpx.post(f"{simulator.url}/_control/inbound", json={"from": SAM, "text": "hello"}).raise_for_status()
    (delivery,) = wait_idle(simulator)
    assert not delivery["delivered"] and delivery["attempts"] == 3


# --- pages ---------------------------------------------------------------------------------------


def test_pages_are_accessible_plain_html(simulator: RunningSimulator) -> None:
    send(simulator, consent_template())
    index = httpx.get(f"{simulator.url}/").text
    phone = httpx.get(f"{simulator.url}/phone/{SAM_DIGITS}").text
    for page in (index, phone):
        assert '<html lang="en">' in page and '<main id="main"' in page and "<h1>" in page
        assert 'name="viewport"' in page and 'class="skip-link"' in page
        assert "<script>" not in page and 'src="/static/phone.js"' in page
        for field_id in re.findall(r'<(?:input|textarea)[^>]* id="([^"]+)"', page):
            assert f'<label for="{field_id}">' in page
    assert f'href="/phone/{SAM_DIGITS}"' in index
    assert 'value="CONSENT_YES">Yes</button>' in phone and 'value="CONSENT_NO">No</button>' in phone
    assert 'aria-live="polite"' in phone
    js = httpx.get(f"{simulator.url}/static/phone.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert "textContent" in js.text and "innerHTML" not in js.text


def test_writing_in_as_a_new_number(simulator: RunningSimulator) -> None:
    answer = httpx.post(
        f"{simulator.url}/write-in", data={"from": "+447700900456", "name": "Jo", "text": "Hi"}
    )
    assert answer.status_code == 303 and answer.headers["Location"] == "/phone/447700900456"
    assert "Hi" in httpx.get(f"{simulator.url}/phone/447700900456").text
    assert httpx.post(f"{simulator.url}/write-in", data={"from": "call me", "text": "Hi"}).status_code == 400


def test_message_text_is_escaped_on_the_page(make_simulator) -> None:
    simulator = make_simulator(enforce_24h_window=False)
    send(simulator, text_message_body(SAM_DIGITS, "<script>alert(1)</script>"))
    page = httpx.get(f"{simulator.url}/phone/{SAM_DIGITS}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_config_from_environment() -> None:
    config = config_from_env(
        {
            "WHATSAPP_ACCESS_TOKEN": "tok-123",
            "WHATSAPP_APP_SECRET": "sec-456",
            "WHATSAPP_PHONE_NUMBER_ID": "42",
            "SIMULATOR_WEBHOOK_URL": "http://gw/hook",
            "SIMULATOR_ENFORCE_24H_WINDOW": "0",
        }
    )
    assert (config.access_token, config.app_secret, config.phone_number_id) == ("tok-123", "sec-456", "42")
    assert config.webhook_url == "http://gw/hook" and not config.enforce_24h_window
    assert "tok-123" not in repr(config) and "sec-456" not in repr(config)
