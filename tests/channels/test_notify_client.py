"""The Notify adapter against the Notify simulator: what is sent, idempotency by reference, and errors
classified as Notify documents them (400/403 permanent, 429/5xx and no answer worth retrying)."""

from __future__ import annotations

import logging

import httpx
import pytest

from carecomms.channels.base import Channel, SendError
from carecomms.channels.notify.client import SMS_MAX_LENGTH, NotifyClient, render_template, reply_instruction
from carecomms.channels.notify.keys import parse_api_key
from tests.channels.notify_support import API_KEY, JENNY, TEMPLATE_ID

TEMPLATES = {
    "consent_request": 'We would like to text you. If you agree, reply "YES".',
    "appointment_reminder": "Hello {{1}}, see you on {{2}}.",
}


def client_for(simulator, **overrides) -> NotifyClient:
    return NotifyClient(overrides.pop("api_key", API_KEY), overrides.pop("template_id", TEMPLATE_ID),
                        base_url=simulator.url, templates=TEMPLATES, timeout=5, **overrides)


def sent(simulator) -> list[dict]:
    return httpx.get(f"{simulator.url}/notify/_control/outbox").json()["notifications"]


def fault(simulator, **spec) -> None:
    httpx.post(f"{simulator.url}/notify/_control/faults", json=spec).raise_for_status()


def test_it_is_a_channel(notify) -> None:
    assert isinstance(client_for(notify), Channel)


def test_text_goes_through_the_free_text_template_with_the_reference(notify) -> None:
    result = client_for(notify).send_text(JENNY, "See you at 2", idempotency_key="key-1")
    [notification] = sent(notify)
    assert result.channel_message_id == notification["id"]
    assert notification["body"] == "See you at 2"
    assert notification["reference"] == "key-1"
    assert notification["phone_number"] == JENNY
    assert notification["template"]["id"] == TEMPLATE_ID
    assert notification["sms_sender_id"] is None


def test_the_sender_id_is_passed_when_set(notify) -> None:
    sender = "3b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"
    client_for(notify, sms_sender_id=sender).send_text(JENNY, "Hello")
    assert sent(notify)[0]["sms_sender_id"] == sender


def test_consent_template_becomes_text_with_a_reply_instruction(notify) -> None:
    client_for(notify).send_template(JENNY, "consent_request", "en_GB", [],
                                     quick_reply_payloads=["CONSENT_YES", "CONSENT_NO"])
    assert sent(notify)[0]["body"] == TEMPLATES["consent_request"] + "\n\nReply YES or NO"


def test_keep_in_touch_template_is_filled_in(notify) -> None:
    client_for(notify).send_template(JENNY, "appointment_reminder", "en_GB", ["Jenny", "Friday"])
    assert sent(notify)[0]["body"] == "Hello Jenny, see you on Friday."


def test_unknown_template_or_missing_details_are_permanent(notify) -> None:
    client = client_for(notify)
    with pytest.raises(SendError) as unknown:
        client.send_template(JENNY, "no_such_template", "en_GB", [])
    with pytest.raises(SendError) as missing:
        client.send_template(JENNY, "appointment_reminder", "en_GB", ["Jenny"])
    assert unknown.value.permanent and missing.value.permanent
    assert sent(notify) == []


def test_too_long_is_refused_before_calling_notify(notify) -> None:
    with pytest.raises(SendError) as error:
        client_for(notify).send_text(JENNY, "x" * (SMS_MAX_LENGTH + 1))
    assert error.value.permanent and "918" in str(error.value)
    assert sent(notify) == []


def test_same_reference_twice_is_one_text(notify) -> None:
    client = client_for(notify)
    first = client.send_text(JENNY, "See you at 2", idempotency_key="key-2")
    again = client.send_text(JENNY, "See you at 2", idempotency_key="key-2")
    assert first == again
    assert len(sent(notify)) == 1


def test_a_lost_answer_then_a_retry_is_one_text(notify) -> None:
    fault(notify, status=500, after_accept=True)
    client = client_for(notify)
    with pytest.raises(SendError) as error:
        client.send_text(JENNY, "See you at 2", idempotency_key="key-3")
    assert not error.value.permanent
    result = client.send_text(JENNY, "See you at 2", idempotency_key="key-3")
    [notification] = sent(notify)
    assert result.channel_message_id == notification["id"]


def test_without_a_key_a_retry_would_send_again(notify) -> None:
    """Notify itself does not de-duplicate: that is why every outbox send carries its key."""
    client = client_for(notify)
    client.send_text(JENNY, "Hello")
    client.send_text(JENNY, "Hello")
    assert len(sent(notify)) == 2


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ({"status": 429}, "limiting how fast"),
        ({"status": 500}, "HTTP 500"),
        ({"status": 503}, "HTTP 503"),
    ],
)
def test_transient_errors_are_retried(notify, spec: dict, words: str) -> None:
    fault(notify, **spec)
    with pytest.raises(SendError) as error:
        client_for(notify).send_text(JENNY, "Hello", idempotency_key="key-4")
    assert not error.value.permanent
    assert words in str(error.value)
    assert error.value.http_status == spec["status"]
    client_for(notify).send_text(JENNY, "Hello", idempotency_key="key-4")
    assert len(sent(notify)) == 1


def test_the_daily_limit_fails_at_once_and_says_what_to_do(notify) -> None:
    """Retrying after Notify's midnight reset would text the person outside working hours (G9)."""
    fault(notify, status=429, error="TooManyRequestsError")
    with pytest.raises(SendError) as error:
        client_for(notify).send_text(JENNY, "Hello", idempotency_key="key-5")
    assert error.value.permanent and error.value.http_status == 429
    assert "daily text message limit" in str(error.value) and "Send it again tomorrow" in str(error.value)
    assert sent(notify) == []


def test_retry_after_is_passed_on(notify) -> None:
    fault(notify, status=429, retry_after=30)
    with pytest.raises(SendError) as error:
        client_for(notify).send_text(JENNY, "Hello")
    assert error.value.retry_after == 30


@pytest.mark.parametrize(
    ("number", "words"),
    [("+12025550123", "not a UK mobile number"), ("+442084960100", "not a UK mobile number")],
)
def test_validation_errors_are_permanent_and_readable(notify, number: str, words: str) -> None:
    with pytest.raises(SendError) as error:
        client_for(notify).send_text(number, "Hello")
    assert error.value.permanent and error.value.http_status == 400
    assert words in str(error.value)


def test_team_only_key_is_permanent(notify) -> None:
    fault(notify, status=400)
    with pytest.raises(SendError) as error:
        client_for(notify).send_text(JENNY, "Hello")
    assert error.value.permanent and "own team" in str(error.value)


def test_wrong_template_is_permanent(notify) -> None:
    with pytest.raises(SendError) as error:
        client_for(notify, template_id="00000000-0000-4000-8000-000000000000").send_text(JENNY, "Hello")
    assert error.value.permanent and "template" in str(error.value)


def test_wrong_secret_is_an_authentication_error(notify) -> None:
    key = parse_api_key(API_KEY)
    wrong = f"{key.name}-{key.service_id}-00000000-0000-4000-8000-000000000000"
    with pytest.raises(SendError) as error:
        client_for(notify, api_key=wrong).send_text(JENNY, "Hello")
    assert error.value.permanent and error.value.http_status == 403
    assert "sign in to GOV.UK Notify" in str(error.value)
    assert sent(notify) == []


def test_unreachable_notify_is_retried() -> None:
    client = NotifyClient(API_KEY, TEMPLATE_ID, base_url="http://127.0.0.1:9", timeout=2)
    with pytest.raises(SendError) as error:
        client.send_text(JENNY, "Hello", idempotency_key="key-5")
    assert not error.value.permanent and "could not be reached" in str(error.value)


def test_no_body_number_or_key_in_logs_or_errors(notify, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    secret_words = "Kestrel appointment"
    fault(notify, status=500)
    client = client_for(notify)
    with pytest.raises(SendError) as error:
        client.send_text(JENNY, secret_words, idempotency_key="key-6")
    client.send_text(JENNY, secret_words, idempotency_key="key-6")
    logged = " ".join(f"{record.getMessage()} {record.__dict__}" for record in caplog.records)
    for text in (logged, str(error.value), repr(error.value), repr(client)):
        assert secret_words not in text
        assert JENNY.lstrip("+") not in text
        assert parse_api_key(API_KEY).secret not in text


def test_reply_instruction_and_rendering() -> None:
    assert reply_instruction(["CONSENT_YES", "CONSENT_NO"]) == "Reply YES or NO"
    assert reply_instruction(["A_ONE", "A_TWO", "A_THREE"]) == "Reply ONE, TWO or THREE"
    assert reply_instruction([]) == ""
    assert render_template("Hi {{1}} and {{ 2 }}", ["A", "B"]) == "Hi A and B"
    with pytest.raises(ValueError):
        render_template("Hi {{2}}", ["A"])


@pytest.mark.parametrize("bad", ["", "not-a-key", "name-5b1d4c8e-3f2a-4e6b-9c7d-1a2b3c4d5e6f", API_KEY[:-1]])
def test_malformed_keys_are_refused_without_echoing_them(bad: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_api_key(bad)
    assert not bad or bad not in str(error.value)


def test_key_parts() -> None:
    key = parse_api_key(API_KEY)
    assert key.name == "carecomms_embedded"
    assert key.service_id == "5b1d4c8e-3f2a-4e6b-9c7d-1a2b3c4d5e6f"
    assert key.secret not in repr(key)
