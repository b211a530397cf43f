"""The simulated WhatsApp world: chats, the 24-hour window, idempotency, faults and media.

Every method takes the lock only for its own bookkeeping and returns the webhook payloads it wants
sent; the caller hands those to the webhook sender after the lock is released.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # config imports the Notify half, which uses this module: no import at run time
    from carecomms.channels.simulator.config import SimulatorConfig

WINDOW_SECONDS = 24 * 60 * 60


class ApiFailure(Exception):
    """A Graph API error answer, shaped like Meta's `{"error": {...}}`."""

    def __init__(
        self,
        http_status: int,
        code: int,
        message: str,
        details: str,
        *,
        error_type: str = "OAuthException",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.code = code
        self.message = message
        self.details = details
        self.error_type = error_type
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.error_type,
                "code": self.code,
                "error_data": {"messaging_product": "whatsapp", "details": self.details},
                "fbtrace_id": "A" + secrets.token_urlsafe(16),
            }
        }


def invalid_parameter(details: str) -> ApiFailure:
    return ApiFailure(400, 100, "(#100) Invalid parameter", details)


@dataclass
class ChatMessage:
    """One bubble on the simulated phone."""

    id: str
    direction: str  # "out" (business to person) or "in" (person to business)
    kind: str
    text: str
    timestamp: int
    status: str = ""
    buttons: tuple[tuple[str, str], ...] = ()  # (payload, label) of a template's quick replies
    media_id: str | None = None
    filename: str | None = None
    context_id: str | None = None
    idempotency_key: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "direction": self.direction,
            "kind": self.kind,
            "text": self.text,
            "timestamp": self.timestamp,
            "status": self.status,
            "buttons": [{"payload": payload, "label": label} for payload, label in self.buttons],
            "media_id": self.media_id,
            "filename": self.filename,
            "context_id": self.context_id,
        }


@dataclass
class Media:
    """Bytes a person sent. `reported_sha256` makes the simulator misreport the hash (tests only)."""

    data: bytes
    mime_type: str
    filename: str | None
    reported_sha256: str | None = None
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        self.sha256 = self.reported_sha256 or hashlib.sha256(self.data).hexdigest()


@dataclass
class Fault:
    status: int
    remaining: int
    retry_after: float | None


class _Countdown(Protocol):
    remaining: int


F = TypeVar("F", bound=_Countdown)


def take_fault(faults: list[F]) -> F | None:
    """Use up one send of the first fault still armed (both halves' faults count down alike).

    Call while holding the lock that guards `faults`."""
    while faults and faults[0].remaining <= 0:
        faults.pop(0)
    if not faults:
        return None
    faults[0].remaining -= 1
    return faults[0]


def new_wamid() -> str:
    """An id in Meta's style: "wamid." + base64 (which may contain '/' and '+')."""
    return "wamid.HBgM" + base64.b64encode(secrets.token_bytes(30)).decode("ascii")


def digits_of(number: str) -> str:
    digits = number.strip().removeprefix("+")
    if not (digits.isascii() and digits.isdigit() and 6 <= len(digits) <= 15):
        raise invalid_parameter(f"Not a phone number: {number[:32]!r}")
    return digits


def label_for(payload: str, labels: Mapping[str, str]) -> str:
    if payload in labels:
        return labels[payload]
    return payload.replace("-", "_").split("_")[-1].capitalize() or payload


def render_template(
    template: Mapping[str, Any], texts: Mapping[str, str]
) -> tuple[str, tuple[str, ...], list[str]]:
    """(display text, body parameters, quick-reply payloads) of a template send body."""
    name = str(template.get("name"))
    parameters: list[str] = []
    payloads: list[str] = []
    components = template.get("components")
    for component in components if isinstance(components, list) else []:
        if not isinstance(component, dict):
            raise invalid_parameter("Each template component must be an object.")
        params = component.get("parameters") if isinstance(component.get("parameters"), list) else []
        if component.get("type") == "body":
            parameters += [str(p.get("text", "")) for p in params if isinstance(p, dict)]
        elif component.get("type") == "button" and component.get("sub_type") == "quick_reply":
            payloads += [str(p.get("payload", "")) for p in params if isinstance(p, dict)]
    text = texts.get(name)
    if text is None:
        shown = f"[Template “{name}”]"
        text = shown + ("\n" + "\n".join(parameters) if parameters else "")
    else:
        for index, value in enumerate(parameters, start=1):
            text = text.replace("{{" + str(index) + "}}", value)
    return text, tuple(parameters), payloads


class World:
    """All simulator state, guarded by one lock."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._chats: dict[str, list[ChatMessage]] = {}
            self._names: dict[str, str] = {}
            self._last_inbound: dict[str, float] = {}
            self._conversation_opened: dict[str, float] = {}
            self._outbox: list[dict[str, Any]] = []
            self._by_key: dict[str, dict[str, Any]] = {}
            self._faults: list[Fault] = []
            self._media: dict[str, Media] = {}
            self._media_url_key = secrets.token_bytes(32)  # signs download links, like Meta's `hash`

    # --- Graph API: sending -----------------------------------------------------------------------

    def set_fault(self, status: int, count: int, retry_after: float | None) -> None:
        with self._lock:
            self._faults.append(Fault(status, count, retry_after))

    def take_fault(self) -> Fault | None:
        with self._lock:
            return take_fault(self._faults)

    def accept_send(self, body: object, now: float) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Validate a send body like Meta; returns (API answer, statuses to post) or raises ApiFailure."""
        if not isinstance(body, dict):
            raise invalid_parameter("The request body must be a JSON object.")
        if body.get("messaging_product") != "whatsapp":
            raise ApiFailure(
                400,
                100,
                "(#100) The parameter messaging_product is required.",
                'messaging_product must be "whatsapp".',
            )
        to = body.get("to")
        if not isinstance(to, str) or not to:
            raise ApiFailure(400, 100, "(#100) The parameter to is required.", "to is required.")
        kind = body.get("type")
        if not isinstance(kind, str) or not kind:
            raise ApiFailure(400, 100, "(#100) The parameter type is required.", "type is required.")
        if body.get("recipient_type", "individual") != "individual":
            raise invalid_parameter("Only individual recipients are supported.")
        digits = digits_of(to)
        buttons: tuple[tuple[str, str], ...] = ()
        if kind == "text":
            text_part = body.get("text")
            if (
                not isinstance(text_part, dict)
                or not isinstance(text_part.get("body"), str)
                or not text_part["body"]
            ):
                raise ApiFailure(
                    400, 100, "(#100) The parameter text['body'] is required.", "text.body is required."
                )
            text = text_part["body"]
        elif kind == "template":
            template = body.get("template")
            if not isinstance(template, dict) or not isinstance(template.get("name"), str):
                raise ApiFailure(
                    400,
                    100,
                    "(#100) The parameter template['name'] is required.",
                    "template.name is required.",
                )
            language = template.get("language")
            if not isinstance(language, dict) or not isinstance(language.get("code"), str):
                raise ApiFailure(
                    400,
                    100,
                    "(#100) The parameter template['language']['code'] is required.",
                    "template.language.code is required.",
                )
            text, _, payloads = render_template(template, self.config.template_texts)
            buttons = tuple((p, label_for(p, self.config.button_labels)) for p in payloads)
        else:
            raise invalid_parameter(f"The simulator accepts text and template messages, not {kind[:32]!r}.")
        key = body.get("biz_opaque_callback_data")
        key = key if isinstance(key, str) and key else None
        with self._lock:
            if key is not None and key in self._by_key:
                return self._by_key[key], []
            if kind == "text" and self.config.enforce_24h_window and not self._window_open(digits, now):
                raise ApiFailure(
                    400,
                    131047,
                    "(#131047) Re-engagement message",
                    "Message failed to send because more than 24 hours have passed since the customer "
                    "last replied to this number.",
                )
            if kind == "template":
                self._conversation_opened[digits] = now
            wamid = new_wamid()
            answer = {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": digits}],
                "messages": [{"id": wamid}],
            }
            if key is not None:
                self._by_key[key] = answer
            self._outbox.append(
                {"id": wamid, "to": digits, "type": kind, "received_at": int(now), "body": body}
            )
            self._chats.setdefault(digits, []).append(
                ChatMessage(
                    id=wamid,
                    direction="out",
                    kind=kind,
                    text=text,
                    timestamp=int(now),
                    status="delivered",
                    buttons=buttons,
                    idempotency_key=key,
                )
            )
        return answer, [
            self._status(wamid, digits, "sent", now, key),
            self._status(wamid, digits, "delivered", now, key),
        ]

    def _window_open(self, digits: str, now: float) -> bool:
        last = max(self._last_inbound.get(digits, -1.0), self._conversation_opened.get(digits, -1.0))
        return last >= 0 and now - last < WINDOW_SECONDS

    def _status(self, wamid: str, digits: str, status: str, now: float, key: str | None) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": wamid,
            "status": status,
            "timestamp": str(int(now)),
            "recipient_id": digits,
        }
        if key is not None:
            item["biz_opaque_callback_data"] = key
        if status in ("sent", "delivered"):
            item["pricing"] = {
                "billable": True,
                "pricing_model": "PMP",
                "type": "regular",
                "category": "utility",
            }
        return self._envelope({"statuses": [item]})

    # --- the person's side ------------------------------------------------------------------------

    def mark_read(self, digits: str, now: float) -> list[dict[str, Any]]:
        """The tester looked at the phone: every unread business message becomes "read"."""
        payloads = []
        with self._lock:
            for message in self._chats.get(digits, []):
                if message.direction == "out" and message.status != "read":
                    message.status = "read"
                    payloads.append(self._status(message.id, digits, "read", now, message.idempotency_key))
        return payloads

    def store_media(
        self, data: bytes, mime_type: str, filename: str | None, *, reported_sha256: str | None = None
    ) -> tuple[str, Media]:
        media = Media(data=data, mime_type=mime_type, filename=filename, reported_sha256=reported_sha256)
        media_id = str(10**15 + secrets.randbelow(9 * 10**15))
        with self._lock:
            self._media[media_id] = media
        return media_id, media

    def media(self, media_id: str) -> Media | None:
        with self._lock:
            return self._media.get(media_id)

    def _media_url_hash(self, media_id: str, expires: int) -> str:
        message = f"{media_id}:{expires}".encode()
        return hmac.new(self._media_url_key, message, hashlib.sha256).hexdigest()[:40]

    def media_url_query(self, media_id: str, now: float) -> dict[str, str]:
        """`mid`, `ext` (expiry, Unix seconds) and `hash` of an opaque download link, as Meta's look."""
        expires = int(now + self.config.media_url_ttl_seconds)
        return {"mid": media_id, "ext": str(expires), "hash": self._media_url_hash(media_id, expires)}

    def media_for_url(self, query: Mapping[str, str], now: float) -> Media | None:
        """The media a download link points at, or None if it is forged, unknown or has expired."""
        media_id, expires, given = query.get("mid", ""), query.get("ext", ""), query.get("hash", "")
        if not expires.isdigit() or now > int(expires):
            return None
        if not hmac.compare_digest(given.encode(), self._media_url_hash(media_id, int(expires)).encode()):
            return None
        return self.media(media_id)

    def inbound(
        self,
        number: str,
        now: float,
        *,
        text: str | None = None,
        button: tuple[str, str] | None = None,
        context_id: str | None = None,
        media_id: str | None = None,
        caption: str | None = None,
        name: str | None = None,
    ) -> tuple[ChatMessage, dict[str, Any]]:
        """The person writes in; returns their bubble and the `messages` webhook Meta would send."""
        digits = digits_of(number)
        wamid = new_wamid()
        message: dict[str, Any] = {"from": digits, "id": wamid, "timestamp": str(int(now))}
        if context_id:
            message["context"] = {
                "from": self.config.display_phone_number.removeprefix("+"),
                "id": context_id,
            }
        media = self.media(media_id) if media_id else None
        if media_id and media is None:
            raise invalid_parameter(f"Unknown media id {media_id[:32]!r}.")
        if button is not None:
            payload, label = button
            message |= {"type": "button", "button": {"payload": payload, "text": label}}
            bubble = ChatMessage(wamid, "in", "button", label, int(now), context_id=context_id)
        elif media is not None and media_id is not None:
            kind = "image" if media.mime_type.startswith("image/") else "document"
            part: dict[str, Any] = {"mime_type": media.mime_type, "sha256": media.sha256, "id": media_id}
            if caption:
                part["caption"] = caption
            if kind == "document" and media.filename:
                part["filename"] = media.filename
            message |= {"type": kind, kind: part}
            bubble = ChatMessage(
                wamid,
                "in",
                kind,
                caption or "",
                int(now),
                media_id=media_id,
                filename=media.filename,
                context_id=context_id,
            )
        elif text:
            message |= {"type": "text", "text": {"body": text}}
            bubble = ChatMessage(wamid, "in", "text", text, int(now), context_id=context_id)
        else:
            raise invalid_parameter("An inbound message needs text, a button or media.")
        with self._lock:
            if name:
                self._names[digits] = name
            profile_name = self._names.get(digits, f"Tester {digits[-4:]}")
            self._last_inbound[digits] = now
            self._chats.setdefault(digits, []).append(bubble)
        value = {"contacts": [{"profile": {"name": profile_name}, "wa_id": digits}], "messages": [message]}
        return bubble, self._envelope(value)

    def _envelope(self, value: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": self.config.business_account_id,
                    "changes": [
                        {
                            "value": {
                                "messaging_product": "whatsapp",
                                "metadata": {
                                    "display_phone_number": self.config.display_phone_number.removeprefix(
                                        "+"
                                    ),
                                    "phone_number_id": self.config.phone_number_id,
                                },
                                **value,
                            },
                            "field": "messages",
                        }
                    ],
                }
            ],
        }

    # --- what the pages and tests look at ---------------------------------------------------------

    def numbers(self) -> list[tuple[str, str, int]]:
        """(digits, profile name, message count), most recently active first."""
        with self._lock:
            rows = [
                (d, self._names.get(d, ""), len(m), m[-1].timestamp if m else 0)
                for d, m in self._chats.items()
            ]
        return [(d, n, c) for d, n, c, _ in sorted(rows, key=lambda r: r[3], reverse=True)]

    def chat(self, digits: str) -> list[ChatMessage]:
        with self._lock:
            return list(self._chats.get(digits, []))

    def outbox(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(item) for item in self._outbox]

    def find(self, digits: str, message_id: str) -> ChatMessage | None:
        return next((m for m in self.chat(digits) if m.id == message_id), None)


def button_for(message: ChatMessage | None, payload: str) -> tuple[str, str] | None:
    """The (payload, label) of a quick reply that really is on `message`, or None."""
    if message is None:
        return None
    return next(((p, label) for p, label in message.buttons if p == payload), None)
