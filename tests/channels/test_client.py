"""CloudApiClient against the simulator over real HTTP, and edge cases through httpx.MockTransport."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from carecomms.channels.base import Channel, SendError
from carecomms.channels.simulator import RunningSimulator
from carecomms.channels.whatsapp.client import (
    ERROR_MESSAGES,
    CloudApiClient,
    practitioner_message_for_error,
)
from carecomms.channels.whatsapp.payloads import template_message_body, text_message_body
from tests.channels.conftest import PHONE_NUMBER_ID, SAM, TOKEN, client_for, mock_client

SAM_DIGITS = SAM.lstrip("+")


def fault(simulator: RunningSimulator, **spec) -> None:
    httpx.post(f"{simulator.url}/_control/faults", json=spec).raise_for_status()


def write_in(simulator: RunningSimulator, text: str = "hello") -> None:
    httpx.post(f"{simulator.url}/_control/inbound", json={"from": SAM, "text": text}).raise_for_status()


def test_the_client_is_a_channel() -> None:
    assert isinstance(mock_client(lambda r: httpx.Response(200)), Channel)


def test_success_returns_the_wamid_and_sends_bearer_auth(simulator: RunningSimulator) -> None:
    write_in(simulator)
    result = client_for(simulator).send_text(SAM, "See you Thursday.", idempotency_key="k-1")
    assert result.channel_message_id.startswith("wamid.")
    assert result.wa_id == SAM_DIGITS
    (sent,) = httpx.get(f"{simulator.url}/_control/outbox").json()["messages"]
    assert sent["id"] == result.channel_message_id
    assert sent["body"] == text_message_body(SAM_DIGITS, "See you Thursday.", biz_opaque_callback_data="k-1")


def test_500_is_transient_and_the_retry_succeeds(simulator: RunningSimulator) -> None:
    write_in(simulator)
    fault(simulator, status=500, count=1)
    client = client_for(simulator)
    with pytest.raises(SendError) as failure:
        client.send_text(SAM, "hello", idempotency_key="k-2")
    assert not failure.value.permanent and failure.value.http_status == 500
    assert client.send_text(SAM, "hello", idempotency_key="k-2").channel_message_id
    assert len(httpx.get(f"{simulator.url}/_control/outbox").json()["messages"]) == 1


def test_503_is_transient(simulator: RunningSimulator) -> None:
    write_in(simulator)
    fault(simulator, status=503, count=1)
    with pytest.raises(SendError) as failure:
        client_for(simulator).send_text(SAM, "hello")
    assert not failure.value.permanent and failure.value.code == 2


def test_429_is_transient_and_honours_retry_after(simulator: RunningSimulator) -> None:
    write_in(simulator)
    fault(simulator, status=429, count=2, retry_after=7)
    client = client_for(simulator)
    for _ in range(2):
        with pytest.raises(SendError) as failure:
            client.send_text(SAM, "hello")
        assert not failure.value.permanent
        assert failure.value.retry_after == 7.0
        assert failure.value.code == 130429 and failure.value.http_status == 429
    assert client.send_text(SAM, "hello").channel_message_id


def test_wrong_token_is_permanent(simulator: RunningSimulator) -> None:
    with pytest.raises(SendError) as failure:
        client_for(simulator, token="wrong").send_template(SAM, "hello_world", "en_US", [])
    assert failure.value.permanent and failure.value.http_status == 401 and failure.value.code == 190


def test_re_engagement_131047_is_permanent_and_explained(simulator: RunningSimulator) -> None:
    with pytest.raises(SendError) as failure:
        client_for(simulator).send_text(SAM, "Are you free on Thursday?")
    error = failure.value
    assert error.permanent and error.code == 131047
    assert str(error) == "More than 24 hours since they last wrote: only a template message can be sent."


def test_template_opens_the_conversation_for_text(simulator: RunningSimulator) -> None:
    client = client_for(simulator)
    client.send(template_message_body(SAM_DIGITS, "carecomms_consent_request", "en_GB", [], ["YES", "NO"]))
    assert client.send_text(SAM, "Thanks").channel_message_id


def test_bad_request_is_permanent(simulator: RunningSimulator) -> None:
    with pytest.raises(SendError) as failure:
        client_for(simulator).send({"messaging_product": "whatsapp", "type": "text", "text": {"body": "x"}})
    assert failure.value.permanent and failure.value.code == 100 and failure.value.http_status == 400


def test_connection_refused_is_transient() -> None:
    client = CloudApiClient("http://127.0.0.1:9", "v21.0", PHONE_NUMBER_ID, TOKEN, timeout=2)
    with pytest.raises(SendError) as failure:
        client.send_text(SAM, "hello")
    assert not failure.value.permanent and failure.value.http_status is None


def test_timeout_is_transient() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(SendError) as failure:
        mock_client(slow).send_text(SAM, "hello")
    assert not failure.value.permanent


@pytest.mark.parametrize("code", [4, 80007, 130429, 131048, 131056])
def test_meta_throttling_codes_are_transient_whatever_the_status(code: int) -> None:
    def throttled(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400,
            json={"error": {"message": "limit", "type": "OAuthException", "code": code}},
            headers={"Retry-After": "30"},
        )

    with pytest.raises(SendError) as failure:
        mock_client(throttled).send_text(SAM, "hello")
    assert not failure.value.permanent and failure.value.retry_after == 30.0 and failure.value.code == code


def test_retry_after_as_an_http_date() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)

    def limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": when})

    with pytest.raises(SendError) as failure:
        mock_client(limited).send_text(SAM, "hello")
    assert failure.value.retry_after is not None and 100 < failure.value.retry_after <= 120


@pytest.mark.parametrize("code", [131026, 131047, 132001, 100])
def test_meta_refusals_are_permanent(code: int) -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": {"message": "no", "type": "OAuthException", "code": code}})

    with pytest.raises(SendError) as failure:
        mock_client(refused).send_text(SAM, "hello")
    assert failure.value.permanent and failure.value.code == code
    assert str(failure.value) == ERROR_MESSAGES[code]


def test_a_2xx_answer_without_a_message_id_is_not_retried() -> None:
    with pytest.raises(SendError) as failure:
        mock_client(lambda r: httpx.Response(200, text="<html>proxy</html>")).send_text(SAM, "hello")
    assert failure.value.permanent


def test_request_shape_and_no_secrets_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    client = mock_client(refuse)
    with caplog.at_level(logging.DEBUG), pytest.raises(SendError):
        client.send_text(SAM, "secret words about the visit")
    (request,) = seen
    assert str(request.url) == f"https://graph.example/v21.0/{PHONE_NUMBER_ID}/messages"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    logged = caplog.text + "".join(str(r.__dict__) for r in caplog.records)
    assert "secret words" not in logged and TOKEN not in logged
    assert TOKEN not in repr(client)


def test_unknown_codes_still_get_a_readable_message() -> None:
    assert "999999" in practitioner_message_for_error(999999)
    assert practitioner_message_for_error(None)
