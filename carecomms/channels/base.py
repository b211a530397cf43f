"""What every channel adapter offers the rest of CareComms, and nothing more.

A channel can send one text, or one pre-approved template, to one recipient. There is deliberately
no status, story, broadcast or group capability here (guidance G10: status sharing is prohibited;
one message has one recipient), so no caller can reach such a feature through an adapter even when
the underlying service has one. Adding one would be a policy change, not a code change.

WhatsApp (Cloud API) implements this today; an SMS adapter (GOV.UK Notify) is expected to follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class SendResult:
    """The channel accepted the message: its id is what later status updates refer to."""

    channel_message_id: str
    wa_id: str | None = None


class ChannelError(Exception):
    """A channel call failed. `str(error)` is written for the practitioner; `permanent` says whether
    trying the same request again could ever succeed; `retry_after` (seconds) is the service's own
    back-off request."""

    def __init__(
        self,
        message: str,
        *,
        permanent: bool,
        code: int | None = None,
        retry_after: float | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.permanent = permanent
        self.code = code
        self.retry_after = retry_after
        self.http_status = http_status

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, permanent={self.permanent}, code={self.code}, "
            f"retry_after={self.retry_after}, http_status={self.http_status})"
        )


class SendError(ChannelError):
    """The channel did not accept the message; `permanent` tells the outbox whether to retry."""


@runtime_checkable
class Channel(Protocol):
    """One organisation-owned sending account. `to` is an E.164 number ("+447700900123")."""

    def send_text(self, to: str, body: str, *, idempotency_key: str | None = None) -> SendResult: ...

    def send_template(
        self,
        to: str,
        template_name: str,
        language_code: str,
        body_parameters: Sequence[str],
        *,
        quick_reply_payloads: Sequence[str] = (),
        idempotency_key: str | None = None,
    ) -> SendResult: ...
