"""Reading GOV.UK Notify's callbacks: delivery receipts and received text messages.

Notify POSTs JSON with `Authorization: Bearer <the token the service configured>`; there is no
signature over the body, so the token is the whole of the trust and is compared in constant time.
The readers are total: whatever JSON arrives they return an event or None and never raise.

Delivery receipt:  {"id", "reference", "to", "status", "created_at", "completed_at", "sent_at",
                    "notification_type", "template_id", "template_version"}
Received text:     {"id", "source_number", "destination_number", "message", "date_received"}
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, ClassVar

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_ADMIN = " Tell your system administrator."

#: Notify's final SMS statuses -> CareComms' delivery status.
STATUS_FOR_NOTIFY = MappingProxyType({
    "delivered": "delivered",
    "permanent-failure": "failed",
    "temporary-failure": "failed",
    "technical-failure": "failed",
    "sent": "sent",  # international numbers: handed to the network, no receipt will follow
    "sending": "sent",
    "pending": "sent",
    "created": "sent",
})

#: What the practitioner is told when a text was not delivered.
FAILURE_MESSAGES = MappingProxyType({
    "permanent-failure": "The text message could not be delivered: the number may not exist or may not be a "
                         "mobile. Check the number, or contact them another way.",
    "temporary-failure": "The text message could not be delivered: their phone may have been switched off or "
                         "without signal for several days. Try again later, or contact them another way.",
    "technical-failure": "GOV.UK Notify could not send the text message because of a problem on its side. "
                         "Try sending it again.",
})


def failure_message(notify_status: str) -> str:
    return FAILURE_MESSAGES.get(
        notify_status, f"GOV.UK Notify did not deliver the text message ({notify_status[:40]})." + _ADMIN
    )


def verify_bearer(header: str | None, token: str) -> bool:
    """True only for `Bearer <token>` with the configured token; constant-time; never raises.

    An unconfigured (empty) token never matches, so a missing setting refuses everything.
    """
    if not token or not isinstance(header, str):
        return False
    scheme, _, given = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    return hmac.compare_digest(given.strip().encode("utf-8", "replace"), token.encode("utf-8"))


@dataclass(frozen=True)
class ReceivedText:
    """A text message someone sent to the council's Notify number.

    The class attributes give it the same reading surface as a WhatsApp text message, so both go
    through one `do_receive_message`.
    """

    channel_message_id: str
    from_number: str | None
    to_number: str | None
    text: str
    timestamp: datetime | None
    raw: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False, hash=False, repr=False)

    kind: ClassVar[str] = "text"
    from_user_id: ClassVar[None] = None
    button_payload: ClassVar[None] = None
    button_text: ClassVar[None] = None
    media: ClassVar[None] = None


@dataclass(frozen=True)
class DeliveryReceipt:
    """Notify's final word on one text message the council sent. `reference` is our idempotency key."""

    channel_message_id: str
    reference: str | None
    notify_status: str
    timestamp: datetime | None
    notification_type: str | None = None
    raw: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False, hash=False, repr=False)

    @property
    def status(self) -> str | None:
        """sent, delivered or failed; None for a status CareComms does not know."""
        return STATUS_FOR_NOTIFY.get(self.notify_status)

    @property
    def failure_reason(self) -> str:
        return failure_message(self.notify_status) if self.status == "failed" else ""


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def e164(value: object) -> str | None:
    """A Notify phone number ("447700900123", "+447700900123", "07700900123") as E.164, or None."""
    text = _str(value)
    if text is None:
        return None
    digits = "".join(text.split())
    if digits.startswith("+"):
        digits = digits[1:]
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0") and len(digits) == 11:
        digits = "44" + digits[1:]  # a UK national number, as Notify shows its own inbound numbers
    if digits.isascii() and digits.isdigit() and 6 <= len(digits) <= 15 and not digits.startswith("0"):
        return "+" + digits
    return None


def _timestamp(value: object) -> datetime | None:
    """Notify's "2017-05-14T12:15:30.000000Z" (any ISO 8601 with a zone is accepted)."""
    text = _str(value)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def parse_received_text(payload: object) -> ReceivedText | None:
    """A received-text callback, or None if it is not one."""
    if not isinstance(payload, Mapping):
        return None
    message_id = _str(payload.get("id"))
    text = payload.get("message")
    if message_id is None or not isinstance(text, str) or "source_number" not in payload:
        return None
    return ReceivedText(
        channel_message_id=message_id,
        from_number=e164(payload.get("source_number")),
        to_number=e164(payload.get("destination_number")),
        text=text,
        timestamp=_timestamp(payload.get("date_received")),
        raw=payload,
    )


def parse_delivery_receipt(payload: object) -> DeliveryReceipt | None:
    """A delivery-receipt callback, or None if it is not one."""
    if not isinstance(payload, Mapping):
        return None
    notification_id = _str(payload.get("id"))
    status = _str(payload.get("status"))
    if notification_id is None or status is None:
        return None
    occurred = (
        _timestamp(payload.get("completed_at"))
        or _timestamp(payload.get("sent_at"))
        or _timestamp(payload.get("created_at"))
    )
    return DeliveryReceipt(
        channel_message_id=notification_id,
        reference=_str(payload.get("reference")),
        notify_status=status.strip().lower(),
        timestamp=occurred,
        notification_type=_str(payload.get("notification_type")),
        raw=payload,
    )
