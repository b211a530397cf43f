"""A stand-in for GOV.UK Notify's SMS API, served by the same simulator process as WhatsApp.

Notify's API paths are absolute (`/v2/...`, the official client joins them onto the base URL), so
they are served at the root; they cannot collide with the Graph API's `/{version}/...` paths. The
rest lives under `/notify/`:

    POST /v2/notifications/sms                 send from a template (JWT as Notify checks it)
    GET  /v2/notifications[?reference=&template_type=&status=]    list, newest first
    GET  /v2/notifications/{id}                one notification
The tester's phone:  GET /notify/,  POST /notify/write-in,  GET /notify/phone/{digits},
    GET /notify/phone/{digits}/messages.json,  POST /notify/phone/{digits}/reply
Control for tests:   POST /notify/_control/faults | /notify/_control/reset | /notify/_control/inbound,
    GET /notify/_control/outbox | /notify/_control/callbacks

Like Notify: the JWT's `iss` must be the service id, `iat` within 30 seconds, HS256 with the key's
secret (checked with the same library Notify uses); `reference` is stored and searchable but
does not make a send idempotent; delivery receipts and received texts are POSTed to the service's
callback URLs with `Authorization: Bearer <token>`, retried on failure.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any
from urllib.parse import parse_qs

from notifications_python_client.authentication import decode_jwt_token, get_token_issuer
from notifications_python_client.errors import TokenError, TokenExpiredError

from carecomms.channels.notify.keys import parse_api_key
from carecomms.channels.simulator import pages
from carecomms.channels.simulator.web import Response, Route, html_response, json_response, match_route, redirect
from carecomms.channels.simulator.webhooks import PostQueue
from carecomms.channels.simulator.world import ChatMessage, take_fault

logger = logging.getLogger(__name__)

DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
SMS_MAX_LENGTH = 918
_PLACEHOLDER = re.compile(r"\(\(([^)]+)\)\)")
_UUID = r"[0-9a-fA-F-]{36}"


@dataclass(frozen=True)
class NotifySimulatorConfig:
    """One simulated Notify service: its API key, its one SMS template and its callbacks.

    `template_body` is the template's content as set up in Notify (the council's is "((body))").
    Empty callback URLs mean no callbacks are sent (tests of the API alone).
    """

    api_key: str
    sms_template_id: str
    inbound_number: str
    receipts_url: str = ""
    inbound_url: str = ""
    bearer_token: str = ""
    template_body: str = "((body))"
    status_delay_seconds: float = 0.3
    callback_retry_delays: tuple[float, ...] = (0.5, 2.0, 5.0)

    def __repr__(self) -> str:  # keep the key and the token out of logs and tracebacks
        return (
            f"NotifySimulatorConfig(sms_template_id={self.sms_template_id!r}, "
            f"receipts_url={self.receipts_url!r}, inbound_url={self.inbound_url!r})"
        )


class NotifyFailure(Exception):
    """Notify's error answer: `{"status_code": 400, "errors": [{"error": "...", "message": "..."}]}`."""

    def __init__(self, status: int, error: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.retry_after = retry_after

    def response(self) -> Response:
        headers = (("Retry-After", f"{self.retry_after:g}"),) if self.retry_after is not None else ()
        return json_response(
            self.status,
            {"status_code": self.status, "errors": [{"error": self.error, "message": self.message}]},
            headers,
        )


def _validation(message: str) -> NotifyFailure:
    return NotifyFailure(400, "ValidationError", message)


def _stamp(moment: float) -> str:
    return datetime.fromtimestamp(moment, tz=UTC).strftime(DATETIME_FORMAT)


def uk_mobile_digits(number: str) -> str:
    """Notify's check: a UK mobile (07…, 447…, +447…) as 447… digits; anything else is refused."""
    digits = re.sub(r"[\s()-]", "", number or "")
    if digits.startswith("+"):
        digits = digits[1:]
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = "44" + digits[1:]
    if not (digits.isascii() and digits.isdigit()):
        raise _validation("phone_number Must not contain letters or symbols")
    if not (digits.startswith("447") and len(digits) == 12):
        raise _validation("phone_number Not a UK mobile number")
    return digits


@dataclass
class Fault:
    """The next `remaining` sends fail with `status`; `after_accept` sends first, then fails (a lost answer);
    `receipt` accepts the send and reports that final status instead of "delivered"."""

    status: int | None
    remaining: int
    retry_after: float | None = None
    error: str | None = None
    after_accept: bool = False
    receipt: str | None = None


_FINAL_FAILURES = frozenset({"permanent-failure", "temporary-failure", "technical-failure"})
_FAULTS = {
    400: ("BadRequestError", "Can't send to this recipient using a team-only API key"),
    403: ("AuthError", "Invalid token: API key not found"),
    429: ("RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"),
    500: ("Exception", "Internal server error"),
    503: ("Exception", "Service unavailable"),
}


class CallbackSender(PostQueue):
    """Notify's callbacks, in order, with the service's bearer token; a 4xx other than 429 is not retried,
    as Notify does not retry it."""

    label = "simulated notify callback"

    def __init__(self, token: str, retry_delays: tuple[float, ...], timeout: float = 10.0) -> None:
        self._token = token
        super().__init__("simulator-notify-callbacks", retry_delays, timeout)

    def _headers(self, body: bytes) -> dict[str, str]:
        return {"Content-Type": "application/json", "Authorization": f"Bearer {self._token}"}

    def _retries(self, status: int) -> bool:
        return status >= 500 or status == 429

    def enqueue(self, url: str, kind: str, payload: dict[str, Any], *, not_before: float = 0.0) -> None:
        if url:
            self._put(url, kind, json.dumps(payload).encode("utf-8"), not_before)


class NotifySimulator:
    """All Notify state behind one lock, and the routes that reach it."""

    def __init__(self, config: NotifySimulatorConfig) -> None:
        self.config = config
        key = parse_api_key(config.api_key)
        self._service_id = key.service_id
        self._secret = key.secret
        self._lock = threading.Lock()
        self.callbacks = CallbackSender(config.bearer_token, config.callback_retry_delays)
        self._routes: list[Route] = [
            ("POST", re.compile(r"/v2/notifications/sms"), self.send_sms),
            ("GET", re.compile(r"/v2/notifications"), self.list_notifications),
            ("GET", re.compile(rf"/v2/notifications/({_UUID})"), self.get_notification),
            ("GET", re.compile(r"/notify/?"), self.index),
            ("POST", re.compile(r"/notify/write-in"), self.write_in),
            ("GET", re.compile(r"/notify/phone/(\d{6,15})"), self.phone),
            ("GET", re.compile(r"/notify/phone/(\d{6,15})/messages\.json"), self.phone_messages),
            ("POST", re.compile(r"/notify/phone/(\d{6,15})/reply"), self.phone_reply),
            ("POST", re.compile(r"/notify/_control/faults"), self.control_faults),
            ("POST", re.compile(r"/notify/_control/reset"), self.control_reset),
            ("POST", re.compile(r"/notify/_control/inbound"), self.control_inbound),
            ("GET", re.compile(r"/notify/_control/outbox"), self.control_outbox),
            ("GET", re.compile(r"/notify/_control/callbacks"), self.control_callbacks),
        ]
        self.reset()

    def close(self) -> None:
        self.callbacks.stop()

    def reset(self) -> None:
        with self._lock:
            self._notifications: list[dict[str, Any]] = []
            self._chats: dict[str, list[ChatMessage]] = {}
            self._faults: list[Fault] = []

    def handles(self, path: str) -> bool:
        return path.startswith("/v2/") or path == "/notify" or path.startswith("/notify/")

    def dispatch(self, request: Any) -> Response:
        """Answer one request the server routed here (`request` is the server's Request)."""
        found = match_route(self._routes, request.method, request.path)
        if not isinstance(found, int):
            handler, groups = found
            try:
                return handler(request, *groups)
            except NotifyFailure as failure:
                return failure.response()
        if found == 405:
            message = "The method is not allowed for the requested URL."
            return NotifyFailure(405, "MethodNotAllowed", message).response()
        return NotifyFailure(404, "NotFound", "The requested URL was not found on the server.").response()

    # --- the API ------------------------------------------------------------------------------------

    def _authorise(self, request: Any) -> None:
        token = request.bearer_token()
        if token is None:
            raise NotifyFailure(401, "AuthError", "Unauthorized: authentication token must be provided")
        try:
            issuer = get_token_issuer(token)
        except Exception:  # noqa: BLE001 - any undecodable token is refused, as Notify does
            raise NotifyFailure(403, "AuthError", "Invalid token: signature, api token not found") from None
        if issuer != self._service_id:
            raise NotifyFailure(403, "AuthError", "Invalid token: service not found")
        try:
            decode_jwt_token(token, self._secret)
        except TokenExpiredError:
            message = "Error: Your system clock must be accurate to within 30 seconds"
            raise NotifyFailure(403, "AuthError", message) from None
        except TokenError:
            raise NotifyFailure(403, "AuthError", "Invalid token: API key not found") from None

    def _take_fault(self) -> Fault | None:
        with self._lock:
            return take_fault(self._faults)

    def send_sms(self, request: Any) -> Response:
        self._authorise(request)
        try:
            body = json.loads(request.body or b"null")
        except (ValueError, UnicodeDecodeError):
            raise NotifyFailure(400, "BadRequestError", "Invalid JSON supplied in POST data") from None
        if not isinstance(body, dict):
            raise NotifyFailure(400, "BadRequestError", "Invalid JSON supplied in POST data")
        fault = self._take_fault()
        if fault is not None and fault.status is not None and not fault.after_accept:
            error, message = _FAULTS.get(fault.status, ("Exception", "Internal server error"))
            raise NotifyFailure(fault.status, fault.error or error, message, fault.retry_after)
        answer, receipt = self._accept(body, time.time(), fault.receipt if fault else None)
        self.callbacks.enqueue(self.config.receipts_url, "delivery_receipt", receipt,
                               not_before=time.monotonic() + self.config.status_delay_seconds)
        if fault is not None and fault.after_accept and fault.status is not None:
            error, message = _FAULTS.get(fault.status, ("Exception", "Internal server error"))
            raise NotifyFailure(fault.status, fault.error or error, message, fault.retry_after)
        return json_response(201, answer)

    def _accept(
        self, body: dict[str, Any], now: float, final: str | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        phone_number = body.get("phone_number")
        template_id = body.get("template_id")
        if not isinstance(phone_number, str) or not phone_number:
            raise _validation("phone_number is a required property")
        if not isinstance(template_id, str) or not template_id:
            raise _validation("template_id is a required property")
        digits = uk_mobile_digits(phone_number)
        if template_id != self.config.sms_template_id:
            raise NotifyFailure(400, "BadRequestError", "Template not found")
        personalisation = body.get("personalisation") or {}
        if not isinstance(personalisation, dict):
            raise _validation(f"personalisation {type(personalisation).__name__} is not of type object")
        needed = _PLACEHOLDER.findall(self.config.template_body)
        missing = [name for name in needed if name not in personalisation]
        if missing:
            raise NotifyFailure(400, "BadRequestError", f"Missing personalisation: {', '.join(missing)}")
        template = self.config.template_body
        content = _PLACEHOLDER.sub(lambda m: str(personalisation[m.group(1)]), template).strip()
        if not content:
            raise NotifyFailure(400, "BadRequestError", "Your message is empty.")
        if len(content) > SMS_MAX_LENGTH:
            raise NotifyFailure(
                400, "BadRequestError",
                f"Text messages cannot be longer than {SMS_MAX_LENGTH} characters. "
                f"Your message is {len(content)} characters long.",
            )
        reference = body.get("reference")
        if reference is not None and not isinstance(reference, str):
            raise _validation("reference is not of type string")
        sender_id = body.get("sms_sender_id")
        notification_id = str(uuid.uuid4())
        created = _stamp(now)
        status = final or "delivered"
        notification = {
            "id": notification_id,
            "reference": reference,
            "phone_number": phone_number,
            "type": "sms",
            "status": status,
            "template": {"id": template_id, "version": 1,
                         "uri": f"/v2/template/{template_id}/version/1"},
            "body": content,
            "subject": None,
            "created_at": created,
            "created_by_name": None,
            "sent_at": created,
            "completed_at": created,
            "sms_sender_id": sender_id,
        }
        with self._lock:
            self._notifications.append(notification)
            self._chats.setdefault(digits, []).append(
                ChatMessage(notification_id, "out", "text", content, int(now), status)
            )
        answer = {
            "id": notification_id,
            "reference": reference,
            "content": {"body": content, "from_number": self.config.inbound_number},
            "uri": f"/v2/notifications/{notification_id}",
            "template": {"id": template_id, "version": 1, "uri": f"/v2/template/{template_id}/version/1"},
            "scheduled_for": None,
        }
        receipt = {
            "id": notification_id,
            "reference": reference,
            "to": phone_number,
            "status": status,
            "created_at": created,
            "completed_at": created,
            "sent_at": created,
            "notification_type": "sms",
            "template_id": template_id,
            "template_version": 1,
        }
        return answer, receipt

    def list_notifications(self, request: Any) -> Response:
        self._authorise(request)
        query = {k: v[0] for k, v in parse_qs(str(request.environ.get("QUERY_STRING", ""))).items()}
        with self._lock:
            found = [dict(n) for n in reversed(self._notifications)]
        if "reference" in query:
            found = [n for n in found if n["reference"] == query["reference"]]
        if "template_type" in query:
            found = [n for n in found if n["type"] == query["template_type"]]
        if "status" in query:
            found = [n for n in found if n["status"] == query["status"]]
        return json_response(200, {"notifications": found[:250], "links": {"current": "/v2/notifications"}})

    def get_notification(self, request: Any, notification_id: str) -> Response:
        self._authorise(request)
        with self._lock:
            found = next((dict(n) for n in self._notifications if n["id"] == notification_id), None)
        if found is None:
            raise NotifyFailure(404, "NoResultFound", "No result found")
        return json_response(200, found)

    # --- the person's side --------------------------------------------------------------------------

    def inbound(self, number: str, text: str, now: float) -> ChatMessage:
        """The person texts the council's number; Notify posts a received-text callback."""
        digits = uk_mobile_digits(number)
        if not text.strip():
            raise _validation("An inbound text needs a message.")
        bubble = ChatMessage(str(uuid.uuid4()), "in", "text", text, int(now))
        with self._lock:
            self._chats.setdefault(digits, []).append(bubble)
        payload = {
            "id": bubble.id,
            "source_number": digits,
            "destination_number": self.config.inbound_number.removeprefix("+"),
            "message": text,
            "date_received": _stamp(now),
        }
        self.callbacks.enqueue(self.config.inbound_url, "received_text", payload)
        return bubble

    def _page_action(self, action: Callable[[], str]) -> Response:
        try:
            location = action()
        except NotifyFailure as failure:
            body = (f'<h1>Not sent</h1><p class="error">{escape(failure.message)}</p>'
                    '<p><a href="/notify/">Back to the phones</a></p>')
            return html_response(400, pages.layout("Not sent", body, pages.SMS))
        return redirect(location)

    def write_in(self, request: Any) -> Response:
        form = request.form()

        def act() -> str:
            digits = uk_mobile_digits(form.get("from", ""))
            self.inbound(digits, form.get("text", "").strip(), time.time())
            return f"/notify/phone/{digits}"

        return self._page_action(act)

    def phone_reply(self, request: Any, digits: str) -> Response:
        text = request.form().get("text", "").strip()

        def act() -> str:
            self.inbound(digits, text, time.time())
            return f"/notify/phone/{digits}"

        return self._page_action(act)

    def chat(self, digits: str) -> list[ChatMessage]:
        with self._lock:
            return list(self._chats.get(digits, []))

    def index(self, request: Any) -> Response:
        with self._lock:
            rows = sorted(((d, len(m), m[-1].timestamp) for d, m in self._chats.items() if m),
                          key=lambda r: r[2], reverse=True)
        return html_response(200, _index_page(rows, self.config.inbound_number))

    def phone(self, request: Any, digits: str) -> Response:
        return html_response(200, _phone_page(digits, self.chat(digits), self.config.inbound_number))

    def phone_messages(self, request: Any, digits: str) -> Response:
        return json_response(200, {"messages": [bubble.to_json() for bubble in self.chat(digits)]})

    # --- control API for tests ----------------------------------------------------------------------

    def control_faults(self, request: Any) -> Response:
        try:
            spec = json.loads(request.body or b"null")
        except ValueError:
            spec = None
        usage = ('Expected {"status": 429|500|503|400|403, "count": N, "retry_after": seconds, '
                 '"after_accept": bool} or {"receipt": "permanent-failure", "count": N}.')
        if not isinstance(spec, dict):
            raise _validation(usage)
        status, count, receipt = spec.get("status"), spec.get("count", 1), spec.get("receipt")
        retry_after, after_accept = spec.get("retry_after"), spec.get("after_accept", False)
        if status is None and receipt is None:
            raise _validation(usage)
        if status is not None and (not isinstance(status, int) or not 400 <= status <= 599):
            raise _validation(usage)
        if receipt is not None and receipt not in _FINAL_FAILURES:
            raise _validation(usage)
        if not isinstance(count, int) or count < 1 or not isinstance(after_accept, bool):
            raise _validation(usage)
        if retry_after is not None and not isinstance(retry_after, int | float):
            raise _validation(usage)
        error = spec.get("error") if isinstance(spec.get("error"), str) else None
        with self._lock:
            self._faults.append(Fault(status, count, float(retry_after) if retry_after is not None else None,
                                      error, after_accept, receipt))
        return json_response(200, {"ok": True})

    def control_reset(self, request: Any) -> Response:
        self.reset()
        return json_response(200, {"ok": True})

    def control_inbound(self, request: Any) -> Response:
        try:
            spec = json.loads(request.body or b"null")
        except ValueError:
            spec = None
        if not isinstance(spec, dict) or not all(isinstance(spec.get(key), str) for key in ("from", "text")):
            raise _validation('Expected {"from": "+447700900123", "text": "YES"}.')
        bubble = self.inbound(spec["from"], spec["text"], time.time())
        return json_response(200, {"id": bubble.id})

    def control_outbox(self, request: Any) -> Response:
        with self._lock:
            return json_response(200, {"notifications": [dict(n) for n in self._notifications]})

    def control_callbacks(self, request: Any) -> Response:
        deliveries = [asdict(d) for d in self.callbacks.deliveries()]
        return json_response(200, {"deliveries": deliveries, "idle": self.callbacks.idle()})


# --- pages ----------------------------------------------------------------------------------------


def _index_page(rows: list[tuple[str, int, int]], council_number: str) -> str:
    items = [
        f'<li><a href="/notify/phone/{d}">{escape(pages.pretty_number(d))}</a> '
        f'<span class="hint">({count} texts)</span></li>'
        for d, count, _ in rows
    ]
    intro = f"<p>Each phone below has exchanged text messages with the council's number {escape(council_number)}.</p>"
    return pages.listing_page(
        pages.SMS, "Phones (SMS)", intro, items,
        empty="No texts yet. Send one from CareComms, or text in below.",
        write_in="Text in", from_hint="A UK mobile, for example +447700900123",
    )


def _phone_page(digits: str, chat: list[ChatMessage], council_number: str) -> str:
    return pages.chat_page(
        pages.SMS, digits, chat,
        heading=f"Phone {escape(pages.pretty_number(digits))} (SMS)",
        hint=(f"Texts from the council's number {escape(council_number)}\n"
              "appear below as they arrive. Text messages have no buttons: reply in words."),
        chat_heading="Texts", send_label="Send text",
    )


__all__ = ["NotifyFailure", "NotifySimulator", "NotifySimulatorConfig"]
