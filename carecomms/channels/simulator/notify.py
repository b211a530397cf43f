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
import queue
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

import httpx
from notifications_python_client.authentication import decode_jwt_token, get_token_issuer
from notifications_python_client.errors import TokenError, TokenExpiredError

from carecomms.channels.notify.keys import parse_api_key

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


@dataclass
class NotifyResponse:
    """Duck-typed like the simulator's own Response, so the server can return it as it is."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()


def _json(status: int, data: Any, headers: tuple[tuple[str, str], ...] = ()) -> NotifyResponse:
    return NotifyResponse(status, json.dumps(data).encode("utf-8"), "application/json", headers)


class NotifyFailure(Exception):
    """Notify's error answer: `{"status_code": 400, "errors": [{"error": "...", "message": "..."}]}`."""

    def __init__(self, status: int, error: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.retry_after = retry_after

    def response(self) -> NotifyResponse:
        headers = (("Retry-After", f"{self.retry_after:g}"),) if self.retry_after is not None else ()
        return _json(
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
class Bubble:
    """One message on the simulated phone; shaped like the WhatsApp phone's so phone.js can show it."""

    id: str
    direction: str
    text: str
    timestamp: int
    status: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "direction": self.direction, "kind": "text", "text": self.text,
                "timestamp": self.timestamp, "status": self.status, "buttons": [], "media_id": None,
                "filename": None, "context_id": None}


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


@dataclass(frozen=True)
class CallbackDelivery:
    kind: str
    status_code: int | None
    attempts: int
    delivered: bool


class CallbackSender:
    """One thread posting callbacks in order with the service's bearer token, retrying like Notify."""

    def __init__(self, token: str, retry_delays: tuple[float, ...], timeout: float = 10.0) -> None:
        self._token = token
        self._delays = retry_delays
        self._timeout = timeout
        self._queue: queue.Queue[tuple[float, str, str, bytes] | None] = queue.Queue()
        self._stopping = threading.Event()
        self._log_lock = threading.Lock()
        self._log: list[CallbackDelivery] = []
        self._thread = threading.Thread(target=self._run, name="simulator-notify-callbacks", daemon=True)
        self._thread.start()

    def enqueue(self, url: str, kind: str, payload: dict[str, Any], *, not_before: float = 0.0) -> None:
        if url:
            self._queue.put((not_before, url, kind, json.dumps(payload).encode("utf-8")))

    def deliveries(self) -> list[CallbackDelivery]:
        with self._log_lock:
            return list(self._log)

    def idle(self) -> bool:
        return self._queue.unfinished_tasks == 0

    def stop(self) -> None:
        self._stopping.set()
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        with httpx.Client(timeout=self._timeout) as http:
            while True:
                item = self._queue.get()
                try:
                    if item is None:
                        return
                    not_before, url, kind, body = item
                    wait = not_before - time.monotonic()
                    if wait > 0 and self._stopping.wait(wait):
                        return
                    delivery = self._deliver(http, url, kind, body)
                    with self._log_lock:
                        self._log.append(delivery)
                finally:
                    self._queue.task_done()

    def _deliver(self, http: httpx.Client, url: str, kind: str, body: bytes) -> CallbackDelivery:
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self._token}"}
        status: int | None = None
        attempts = 0
        for delay in (0.0, *self._delays):
            if delay and self._stopping.wait(delay):
                break
            attempts += 1
            try:
                status = http.post(url, content=body, headers=headers).status_code
            except httpx.HTTPError as exc:
                status = None
                logger.warning("simulated notify callback failed", extra={"error": type(exc).__name__})
                continue
            if 200 <= status < 300:
                return CallbackDelivery(kind, status, attempts, True)
            if status < 500 and status != 429:
                break  # Notify does not retry a 4xx other than 429
        logger.error("simulated notify callback given up", extra={"kind": kind, "http_status": status})
        return CallbackDelivery(kind, status, attempts, False)


class NotifySimulator:
    """All Notify state behind one lock, and the routes that reach it."""

    def __init__(self, config: NotifySimulatorConfig) -> None:
        self.config = config
        key = parse_api_key(config.api_key)
        self._service_id = key.service_id
        self._secret = key.secret
        self._lock = threading.Lock()
        self.callbacks = CallbackSender(config.bearer_token, config.callback_retry_delays)
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., NotifyResponse]]] = [
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
            self._chats: dict[str, list[Bubble]] = {}
            self._faults: list[Fault] = []

    def handles(self, path: str) -> bool:
        return path.startswith("/v2/") or path == "/notify" or path.startswith("/notify/")

    def dispatch(self, request: Any) -> NotifyResponse:
        """Answer one request the server routed here (`request` is the server's Request)."""
        allowed = False
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(request.path)
            if match is None:
                continue
            if method != request.method:
                allowed = True
                continue
            try:
                return handler(request, *match.groups())
            except NotifyFailure as failure:
                return failure.response()
        if allowed:
            message = "The method is not allowed for the requested URL."
            return NotifyFailure(405, "MethodNotAllowed", message).response()
        return NotifyFailure(404, "NotFound", "The requested URL was not found on the server.").response()

    # --- the API ------------------------------------------------------------------------------------

    def _authorise(self, request: Any) -> None:
        header = str(request.environ.get("HTTP_AUTHORIZATION", ""))
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise NotifyFailure(401, "AuthError", "Unauthorized: authentication token must be provided")
        token = token.strip()
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
            while self._faults and self._faults[0].remaining <= 0:
                self._faults.pop(0)
            if not self._faults:
                return None
            self._faults[0].remaining -= 1
            return self._faults[0]

    def send_sms(self, request: Any) -> NotifyResponse:
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
        return _json(201, answer)

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
                Bubble(notification_id, "out", content, int(now), status)
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

    def list_notifications(self, request: Any) -> NotifyResponse:
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
        return _json(200, {"notifications": found[:250], "links": {"current": "/v2/notifications"}})

    def get_notification(self, request: Any, notification_id: str) -> NotifyResponse:
        self._authorise(request)
        with self._lock:
            found = next((dict(n) for n in self._notifications if n["id"] == notification_id), None)
        if found is None:
            raise NotifyFailure(404, "NoResultFound", "No result found")
        return _json(200, found)

    # --- the person's side --------------------------------------------------------------------------

    def inbound(self, number: str, text: str, now: float) -> Bubble:
        """The person texts the council's number; Notify posts a received-text callback."""
        digits = uk_mobile_digits(number)
        if not text.strip():
            raise _validation("An inbound text needs a message.")
        bubble = Bubble(str(uuid.uuid4()), "in", text, int(now))
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

    def _form(self, request: Any) -> dict[str, str]:
        fields = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {name: values[0] for name, values in fields.items()}

    def _page_action(self, action: Callable[[], str]) -> NotifyResponse:
        try:
            location = action()
        except NotifyFailure as failure:
            return _page(400, "Not sent", f'<h1>Not sent</h1><p class="error">{escape(failure.message)}</p>'
                                          '<p><a href="/notify/">Back to the phones</a></p>')
        return NotifyResponse(303, b"", "text/plain", (("Location", location),))

    def write_in(self, request: Any) -> NotifyResponse:
        form = self._form(request)

        def act() -> str:
            digits = uk_mobile_digits(form.get("from", ""))
            self.inbound(digits, form.get("text", "").strip(), time.time())
            return f"/notify/phone/{digits}"

        return self._page_action(act)

    def phone_reply(self, request: Any, digits: str) -> NotifyResponse:
        text = self._form(request).get("text", "").strip()

        def act() -> str:
            self.inbound(digits, text, time.time())
            return f"/notify/phone/{digits}"

        return self._page_action(act)

    def chat(self, digits: str) -> list[Bubble]:
        with self._lock:
            return list(self._chats.get(digits, []))

    def index(self, request: Any) -> NotifyResponse:
        with self._lock:
            rows = sorted(((d, len(m), m[-1].timestamp) for d, m in self._chats.items() if m),
                          key=lambda r: r[2], reverse=True)
        return _page(200, "Phones", _index_body(rows, self.config.inbound_number))

    def phone(self, request: Any, digits: str) -> NotifyResponse:
        return _page(200, f"Phone {_pretty(digits)}", _phone_body(digits, self.chat(digits),
                                                                  self.config.inbound_number))

    def phone_messages(self, request: Any, digits: str) -> NotifyResponse:
        return _json(200, {"messages": [bubble.to_json() for bubble in self.chat(digits)]})

    # --- control API for tests ----------------------------------------------------------------------

    def control_faults(self, request: Any) -> NotifyResponse:
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
        return _json(200, {"ok": True})

    def control_reset(self, request: Any) -> NotifyResponse:
        self.reset()
        return _json(200, {"ok": True})

    def control_inbound(self, request: Any) -> NotifyResponse:
        try:
            spec = json.loads(request.body or b"null")
        except ValueError:
            spec = None
        if not isinstance(spec, dict) or not all(isinstance(spec.get(key), str) for key in ("from", "text")):
            raise _validation('Expected {"from": "+447700900123", "text": "YES"}.')
        bubble = self.inbound(spec["from"], spec["text"], time.time())
        return _json(200, {"id": bubble.id})

    def control_outbox(self, request: Any) -> NotifyResponse:
        with self._lock:
            return _json(200, {"notifications": [dict(n) for n in self._notifications]})

    def control_callbacks(self, request: Any) -> NotifyResponse:
        deliveries = [asdict(d) for d in self.callbacks.deliveries()]
        return _json(200, {"deliveries": deliveries, "idle": self.callbacks.idle()})


# --- pages ----------------------------------------------------------------------------------------


def _pretty(digits: str) -> str:
    if digits.startswith("44") and len(digits) == 12:
        return f"+44 {digits[2:6]} {digits[6:]}"
    return "+" + digits


def _page(status: int, title: str, body: str) -> NotifyResponse:
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – SMS simulator</title>
<link rel="stylesheet" href="/static/phone.css">
<script src="/static/phone.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header">
  <div class="width">
    <a class="header-link" href="/notify/">SMS simulator (GOV.UK Notify)</a>
    <span class="header-note">A test tool for CareComms. Not a real phone.
      <a class="header-link" href="/">WhatsApp</a></span>
  </div>
</header>
<div class="width">
<main id="main" tabindex="-1">
{body}
</main>
</div>
</body>
</html>
"""
    return NotifyResponse(status, page.encode("utf-8"), "text/html; charset=utf-8")


def _index_body(rows: list[tuple[str, int, int]], council_number: str) -> str:
    if rows:
        items = "\n".join(
            f'<li><a href="/notify/phone/{d}">{escape(_pretty(d))}</a> '
            f'<span class="hint">({count} texts)</span></li>'
            for d, count, _ in rows
        )
        listing = f'<ul class="list">{items}</ul>'
    else:
        listing = '<p class="hint">No texts yet. Send one from CareComms, or text in below.</p>'
    return f"""<h1>Phones (SMS)</h1>
<p>Each phone below has exchanged text messages with the council's number {escape(council_number)}.</p>
<section aria-labelledby="phones-heading">
<h2 id="phones-heading">Phones with texts</h2>
{listing}
</section>
<section aria-labelledby="new-heading">
<h2 id="new-heading">Text in as a new number</h2>
<form method="post" action="/notify/write-in" class="form">
  <div class="field">
    <label for="from">Mobile number</label>
    <p class="hint" id="from-hint">A UK mobile, for example +447700900123</p>
    <input id="from" name="from" type="tel" autocomplete="off" required aria-describedby="from-hint">
  </div>
  <div class="field">
    <label for="first-text">Message</label>
    <textarea id="first-text" name="text" rows="3" required></textarea>
  </div>
  <button type="submit" class="button">Send text</button>
</form>
</section>"""


def _bubble(bubble: Bubble) -> str:
    moment = datetime.fromtimestamp(bubble.timestamp, tz=UTC)
    who = "Council" if bubble.direction == "out" else "You"
    text = escape(bubble.text).replace("\n", "<br>")
    status = f' · <span class="status">{escape(bubble.status)}</span>' if bubble.direction == "out" else ""
    return (f'<li class="bubble {bubble.direction}" data-id="{escape(bubble.id)}"><p class="who">{who}</p>'
            f'<p class="text">{text}</p><p class="meta"><time datetime="{moment.isoformat()}">'
            f'{moment:%d %b %H:%M UTC}</time>{status}</p></li>')


def _phone_body(digits: str, chat: list[Bubble], council_number: str) -> str:
    bubbles = "\n".join(_bubble(b) for b in chat)
    return f"""<h1>Phone {escape(_pretty(digits))} (SMS)</h1>
<p class="hint">You are playing this person. Texts from the council's number {escape(council_number)}
appear below as they arrive. Text messages have no buttons: reply in words.</p>
<section aria-labelledby="chat-heading">
<h2 id="chat-heading">Texts</h2>
<ol class="chat" id="chat" aria-live="polite" data-poll-url="/notify/phone/{digits}/messages.json"
    data-number="{digits}">
{bubbles}
</ol>
</section>
<section aria-labelledby="reply-heading">
<h2 id="reply-heading">Reply</h2>
<form method="post" action="/notify/phone/{digits}/reply" class="form">
  <div class="field">
    <label for="reply-text">Message</label>
    <textarea id="reply-text" name="text" rows="3" required></textarea>
  </div>
  <button type="submit" class="button">Send text</button>
</form>
</section>"""


__all__ = ["NotifyFailure", "NotifySimulator", "NotifySimulatorConfig"]
