"""Reading Meta's webhook notifications into typed, immutable events.

`parse_webhook` is total: whatever JSON value arrives (a signed body can still be the wrong shape),
it returns a `WebhookBatch` and never raises. Items it cannot make sense of are skipped and counted
in `malformed`, so the view can acknowledge the delivery (Meta retries anything that is not 200)
without a bad item stopping the good ones. Field names follow Meta's webhook reference.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

MESSAGE_KINDS = frozenset({
    "text", "button", "interactive", "image", "document", "audio", "video", "sticker", "location",
    "contacts", "reaction", "unsupported", "system", "edit", "revoke", "order", "unknown",
})
MEDIA_KINDS = ("image", "document", "audio", "video", "sticker")
_EMPTY: Mapping[str, Any] = MappingProxyType({})
_INTEGER = re.compile(r"-?[0-9]{1,18}")


@dataclass(frozen=True)
class ApiError:
    """One entry of an `errors` array (message-, status- or value-level)."""

    code: int | None
    title: str | None
    message: str | None
    details: str | None
    href: str | None = None


@dataclass(frozen=True)
class MediaRef:
    """Metadata of an attachment; the bytes are fetched separately with the media id."""

    id: str | None
    mime_type: str | None
    sha256: str | None
    filename: str | None
    caption: str | None
    voice: bool = False


@dataclass(frozen=True)
class Reaction:
    """An emoji reaction to one of our messages; `emoji` None means the reaction was removed."""

    message_id: str | None
    emoji: str | None

    @property
    def removed(self) -> bool:
        return self.emoji is None


@dataclass(frozen=True)
class Location:
    latitude: float | None
    longitude: float | None
    name: str | None
    address: str | None


@dataclass(frozen=True)
class InboundMessage:
    """Something a WhatsApp user sent to the organisation's number.

    `from_number` is E.164 ("+447700900123"), or None when Meta sent only a business-scoped user id
    (`from_user_id`). `timestamp` is None when Meta's was missing or unreadable.
    """

    channel_message_id: str
    from_number: str | None
    from_user_id: str | None
    phone_number_id: str | None
    display_phone_number: str | None
    timestamp: datetime | None
    kind: str
    text: str | None = None
    button_payload: str | None = None
    button_text: str | None = None
    media: MediaRef | None = None
    context_message_id: str | None = None
    errors: tuple[ApiError, ...] = ()
    profile_name: str | None = None
    reaction: Reaction | None = None
    location: Location | None = None
    original_message_id: str | None = None
    raw: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class StatusUpdate:
    """Meta's news about a message the organisation sent: sent, delivered, read, failed, played, deleted."""

    channel_message_id: str
    status: str
    timestamp: datetime | None
    recipient_number: str | None
    recipient_user_id: str | None = None
    phone_number_id: str | None = None
    errors: tuple[ApiError, ...] = ()
    biz_opaque_callback_data: str | None = None
    raw: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class WebhookBatch:
    """Everything one webhook delivery said, in the order it said it."""

    messages: tuple[InboundMessage, ...] = ()
    statuses: tuple[StatusUpdate, ...] = ()
    ignored: tuple[str, ...] = ()
    errors: tuple[ApiError, ...] = ()
    malformed: int = 0


# --- small total readers --------------------------------------------------------------------------


def _dict(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else _EMPTY


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _nonempty(value: object) -> str | None:
    text = _str(value)
    return text if text else None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value.strip())
    return None


def _float(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:
            return None
        return number if math.isfinite(number) else None
    return None


def _e164(value: object) -> str | None:
    """Meta sends numbers as digits without '+'; anything else is not a phone number."""
    text = _str(value)
    if text is None:
        return None
    digits = text.strip().removeprefix("+")
    if digits.isascii() and digits.isdigit() and 6 <= len(digits) <= 15:
        return "+" + digits
    return None


def _timestamp(value: object) -> datetime | None:
    seconds = _int(value)
    if seconds is None or seconds < 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _errors(value: object) -> tuple[ApiError, ...]:
    found: list[ApiError] = []
    for item in _list(value):
        if not isinstance(item, Mapping):
            continue
        found.append(
            ApiError(
                code=_int(item.get("code")),
                title=_str(item.get("title")),
                message=_str(item.get("message")),
                details=_str(_dict(item.get("error_data")).get("details")) or _str(item.get("details")),
                href=_str(item.get("href")),
            )
        )
    return tuple(found)


# --- messages -------------------------------------------------------------------------------------


def _media(kind: str, content: Mapping[str, Any]) -> MediaRef:
    return MediaRef(
        id=_str(content.get("id")),
        mime_type=_str(content.get("mime_type")),
        sha256=_str(content.get("sha256")),
        filename=_str(content.get("filename")),
        caption=_str(content.get("caption")),
        voice=kind == "audio" and content.get("voice") is True,
    )


def _content(item: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """The kind-specific fields of a message (shared by plain messages and the inside of an edit)."""
    found: dict[str, Any] = {}
    if kind == "text":
        found["text"] = _str(_dict(item.get("text")).get("body"))
    elif kind == "button":
        button = _dict(item.get("button"))
        found["button_payload"] = _str(button.get("payload"))
        found["button_text"] = _str(button.get("text"))
    elif kind == "interactive":
        interactive = _dict(item.get("interactive"))
        reply = _dict(interactive.get("button_reply")) or _dict(interactive.get("list_reply"))
        found["button_payload"] = _str(reply.get("id"))
        found["button_text"] = _str(reply.get("title"))
    elif kind in MEDIA_KINDS:
        media = _media(kind, _dict(item.get(kind)))
        found["media"] = media
        found["text"] = media.caption
    elif kind == "location":
        place = _dict(item.get("location"))
        found["location"] = Location(
            latitude=_float(place.get("latitude")),
            longitude=_float(place.get("longitude")),
            name=_str(place.get("name")),
            address=_str(place.get("address")),
        )
    elif kind == "reaction":
        reaction = _dict(item.get("reaction"))
        found["reaction"] = Reaction(
            message_id=_str(reaction.get("message_id")), emoji=_nonempty(reaction.get("emoji"))
        )
    elif kind == "system":
        found["text"] = _str(_dict(item.get("system")).get("body"))
    elif kind == "order":
        found["text"] = _str(_dict(item.get("order")).get("text"))
    return found


def _message(
    item: object, metadata: Mapping[str, Any], contacts: list[Any]
) -> InboundMessage | None:
    if not isinstance(item, Mapping):
        return None
    message_id = _nonempty(item.get("id"))
    if message_id is None:
        return None
    declared = _str(item.get("type"))
    kind = declared if declared in MESSAGE_KINDS else "unknown"
    from_number = _e164(item.get("from"))
    from_user_id = _str(item.get("from_user_id"))
    profile_name = None
    for contact in contacts:
        contact = _dict(contact)
        same_number = from_number is not None and _e164(contact.get("wa_id")) == from_number
        same_user = from_user_id is not None and _str(contact.get("user_id")) == from_user_id
        if same_number or same_user or len(contacts) == 1:
            profile_name = _str(_dict(contact.get("profile")).get("name"))
            from_number = from_number or _e164(contact.get("wa_id"))
            from_user_id = from_user_id or _str(contact.get("user_id"))
            break
    content: dict[str, Any]
    original_message_id = None
    if kind == "edit":
        edit = _dict(item.get("edit"))
        original_message_id = _str(edit.get("original_message_id"))
        inner = _dict(edit.get("message"))
        inner_kind = _str(inner.get("type")) or ""
        content = _content(inner, inner_kind) if inner_kind in MESSAGE_KINDS else {}
    elif kind == "revoke":
        original_message_id = _str(_dict(item.get("revoke")).get("original_message_id"))
        content = {}
    else:
        content = _content(item, kind)
    return InboundMessage(
        channel_message_id=message_id,
        from_number=from_number,
        from_user_id=from_user_id,
        phone_number_id=_str(metadata.get("phone_number_id")),
        display_phone_number=_str(metadata.get("display_phone_number")),
        timestamp=_timestamp(item.get("timestamp")),
        kind=kind,
        context_message_id=_str(_dict(item.get("context")).get("id")),
        errors=_errors(item.get("errors")),
        profile_name=profile_name,
        original_message_id=original_message_id,
        raw=item,
        **content,
    )


def _status(item: object, metadata: Mapping[str, Any]) -> StatusUpdate | None:
    if not isinstance(item, Mapping):
        return None
    message_id = _nonempty(item.get("id"))
    status = _nonempty(item.get("status"))
    if message_id is None or status is None:
        return None
    return StatusUpdate(
        channel_message_id=message_id,
        status=status.lower(),
        timestamp=_timestamp(item.get("timestamp")),
        recipient_number=_e164(item.get("recipient_id")),
        recipient_user_id=_str(item.get("recipient_user_id")),
        phone_number_id=_str(metadata.get("phone_number_id")),
        errors=_errors(item.get("errors")),
        biz_opaque_callback_data=_str(item.get("biz_opaque_callback_data")),
        raw=item,
    )


# --- the batch ------------------------------------------------------------------------------------


def parse_webhook(payload: object) -> WebhookBatch:
    """Every message, status and value-level error in one webhook body (already JSON-decoded)."""
    try:
        return _parse(payload)
    except Exception:  # noqa: BLE001 - the parser is total by contract; the readers above should never get here
        return WebhookBatch(malformed=1)


def _parse(payload: object) -> WebhookBatch:
    messages: list[InboundMessage] = []
    statuses: list[StatusUpdate] = []
    ignored: list[str] = []
    errors: list[ApiError] = []
    malformed = 0
    if not isinstance(payload, Mapping) or not isinstance(payload.get("entry"), list):
        return WebhookBatch(malformed=1)
    for entry in payload["entry"]:
        changes = _dict(entry).get("changes")
        if not isinstance(changes, list):
            malformed += 1
            continue
        for change in changes:
            if not isinstance(change, Mapping):
                malformed += 1
                continue
            field_name = _str(change.get("field"))
            value = change.get("value")
            if field_name != "messages":
                ignored.append(field_name or "<missing field>")
                continue
            if not isinstance(value, Mapping):
                malformed += 1
                continue
            metadata = _dict(value.get("metadata"))
            contacts = _list(value.get("contacts"))
            errors.extend(_errors(value.get("errors")))
            for item in _list(value.get("messages")):
                try:
                    message = _message(item, metadata, contacts)
                except Exception:  # noqa: BLE001 - one bad item must not lose the rest
                    message = None
                if message is None:
                    malformed += 1
                else:
                    messages.append(message)
            for item in _list(value.get("statuses")):
                try:
                    status = _status(item, metadata)
                except Exception:  # noqa: BLE001
                    status = None
                if status is None:
                    malformed += 1
                else:
                    statuses.append(status)
            for key in ("messages", "statuses"):
                if key in value and not isinstance(value[key], list):
                    malformed += 1
    return WebhookBatch(
        messages=tuple(messages),
        statuses=tuple(statuses),
        ignored=tuple(ignored),
        errors=tuple(errors),
        malformed=malformed,
    )
