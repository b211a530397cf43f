"""The Notify simulator checks what Notify checks (the JWT) and calls back as Notify does (bearer token)."""

from __future__ import annotations

import json
import time

import httpx
import jwt
import pytest

from carecomms.channels.notify.keys import parse_api_key
from tests.channels.notify_support import API_KEY as KEY
from tests.channels.notify_support import CALLBACK_TOKEN, COUNCIL_NUMBER, JENNY, TEMPLATE_ID

SERVICE_ID = parse_api_key(KEY).service_id
SECRET = parse_api_key(KEY).secret
BODY = {"phone_number": JENNY, "template_id": TEMPLATE_ID, "personalisation": {"body": "Hello"},
        "reference": "r1"}


def token(iss: str = SERVICE_ID, iat: float | None = None, secret: str = SECRET, algorithm: str = "HS256",
          ) -> str:
    claims = {"iss": iss, "iat": int(time.time() if iat is None else iat)}
    return jwt.encode(claims, secret, algorithm=algorithm, headers={"typ": "JWT", "alg": algorithm})


def post(simulator, body: object = BODY, bearer: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {bearer}"} if bearer is not None else {}
    return httpx.post(f"{simulator.url}/v2/notifications/sms", content=json.dumps(body), headers=headers)


def test_accepted_send_answers_like_notify(notify) -> None:
    response = post(notify, bearer=token())
    assert response.status_code == 201
    answer = response.json()
    assert set(answer) >= {"id", "reference", "content", "uri", "template"}
    assert answer["content"] == {"body": "Hello", "from_number": COUNCIL_NUMBER}
    assert answer["reference"] == "r1"
    assert answer["template"]["id"] == TEMPLATE_ID


@pytest.mark.parametrize(
    ("make_bearer", "status", "message"),
    [
        (lambda: None, 401, "authentication token must be provided"),
        (lambda: "not-a-jwt", 403, "Invalid token"),
        (lambda: token(secret="0" * 36), 403, "Invalid token"),
        (lambda: token(iss="00000000-0000-4000-8000-000000000000"), 403, "service not found"),
        (lambda: token(iat=time.time() - 60), 403, "within 30 seconds"),
        (lambda: token(iat=time.time() + 60), 403, "within 30 seconds"),
    ],
    ids=["missing", "not a jwt", "wrong secret", "other service", "stale", "future"],
)
def test_the_jwt_is_checked_as_notify_checks_it(notify, make_bearer, status: int, message: str):
    bearer = make_bearer()
    response = post(notify, bearer=bearer)
    assert response.status_code == status
    error = response.json()
    assert error["status_code"] == status
    assert error["errors"][0]["error"] == "AuthError" and message in error["errors"][0]["message"]
    assert httpx.get(f"{notify.url}/notify/_control/outbox").json()["notifications"] == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"phone_number": "+12025550123"}, "Not a UK mobile number"),
        ({"template_id": "00000000-0000-4000-8000-000000000000"}, "Template not found"),
        ({"personalisation": {}}, "Missing personalisation: body"),
        ({"personalisation": {"body": "x" * 919}}, "cannot be longer than 918"),
    ],
)
def test_bad_requests_are_refused_with_notify_errors(notify, change: dict, message: str) -> None:
    response = post(notify, {**BODY, **change}, bearer=token())
    assert response.status_code == 400
    assert message in response.json()["errors"][0]["message"]


def test_reference_is_searchable_but_does_not_deduplicate(notify) -> None:
    for _ in range(2):
        assert post(notify, bearer=token()).status_code == 201
    found = httpx.get(f"{notify.url}/v2/notifications", params={"reference": "r1", "template_type": "sms"},
                      headers={"Authorization": f"Bearer {token()}"}).json()["notifications"]
    assert len(found) == 2 and all(n["reference"] == "r1" for n in found)
    one = httpx.get(f"{notify.url}/v2/notifications/{found[0]['id']}",
                    headers={"Authorization": f"Bearer {token()}"})
    assert one.status_code == 200 and one.json()["body"] == "Hello"
    assert httpx.get(f"{notify.url}/v2/notifications").status_code == 401


def test_receipts_and_received_texts_are_called_back_with_the_bearer_token(make_notify, receiver) -> None:
    simulator = make_notify(receipts_url=receiver.url, inbound_url=receiver.url)
    notification_id = post(simulator, bearer=token()).json()["id"]
    inbound = {"from": JENNY, "text": "YES"}
    httpx.post(f"{simulator.url}/notify/_control/inbound", json=inbound).raise_for_status()
    receipt, text = receiver.wait_for(2)
    for callback in (receipt, text):
        assert callback.headers["Authorization"] == f"Bearer {CALLBACK_TOKEN}"
        assert callback.headers["Content-Type"] == "application/json"
    receipt_body, text_body = json.loads(receipt.body), json.loads(text.body)
    assert receipt_body["id"] == notification_id and receipt_body["status"] == "delivered"
    assert receipt_body["reference"] == "r1" and receipt_body["notification_type"] == "sms"
    assert set(receipt_body) == {"id", "reference", "to", "status", "created_at", "completed_at", "sent_at",
                                 "notification_type", "template_id", "template_version"}
    assert set(text_body) == {"id", "source_number", "destination_number", "message", "date_received"}
    assert text_body["source_number"] == "447700900101" and text_body["message"] == "YES"


def test_callbacks_are_retried_after_a_server_error(make_notify, receiver) -> None:
    receiver.answers.extend([500])
    simulator = make_notify(receipts_url=receiver.url)
    post(simulator, bearer=token())
    first, second = receiver.wait_for(2)
    assert first.body == second.body
    deliveries = httpx.get(f"{simulator.url}/notify/_control/callbacks").json()["deliveries"]
    assert deliveries == [{"kind": "delivery_receipt", "status_code": 200, "attempts": 2, "delivered": True}]


def test_failed_receipt_on_request(make_notify, receiver) -> None:
    simulator = make_notify(receipts_url=receiver.url)
    httpx.post(f"{simulator.url}/notify/_control/faults",
               json={"receipt": "permanent-failure"}).raise_for_status()
    post(simulator, bearer=token())
    [receipt] = receiver.wait_for(1)
    assert json.loads(receipt.body)["status"] == "permanent-failure"


def test_the_phone_page_replies_by_text(make_notify, receiver) -> None:
    simulator = make_notify(inbound_url=receiver.url)
    post(simulator, bearer=token())
    page = httpx.get(f"{simulator.url}/notify/phone/447700900101")
    assert page.status_code == 200 and "Hello" in page.text
    assert 'action="/notify/phone/447700900101/reply"' in page.text
    reply = httpx.post(f"{simulator.url}/notify/phone/447700900101/reply", data={"text": "yes please"})
    assert reply.status_code == 303
    [callback] = receiver.wait_for(1)
    assert json.loads(callback.body)["message"] == "yes please"
    chat = httpx.get(f"{simulator.url}/notify/phone/447700900101/messages.json").json()["messages"]
    assert [(m["direction"], m["text"]) for m in chat] == [("out", "Hello"), ("in", "yes please")]
    assert "447700900101" in httpx.get(f"{simulator.url}/notify/").text


def test_whatsapp_routes_are_untouched(notify) -> None:
    """Notify's paths live beside the Graph API's on the same server."""
    response = httpx.post(f"{notify.url}/v21.0/100000000000001/messages", json={})
    assert response.status_code == 401 and response.json()["error"]["code"] == 190
