"""Sending text messages through GOV.UK Notify (`POST /v2/notifications/sms`) with the official client.

Notify sends only from templates. The council keeps one "free text" SMS template whose whole body
is `((body))`; every CareComms message is that template with `personalisation={"body": text}`.
WhatsApp-style templates (the consent request, keep-in-touch templates) are rendered here from the
policy document's wording, with "Reply YES or NO" standing in for quick-reply buttons.

Notify has no idempotency key. Each send carries the outbox item's key as `reference`, and before
sending this adapter asks Notify for a notification with that reference (`GET /v2/notifications`):
a retry after a lost answer returns the first notification instead of texting the person twice.
The same reference lets delivery receipts find their message even before the send was recorded.

Every outcome other than acceptance is a `SendError` saying whether a retry could help. Neither the
key nor the message body nor the number is ever logged or put into an error.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import requests
from notifications_python_client import NotificationsAPIClient
from notifications_python_client.errors import APIError

from carecomms.channels.base import SendError, SendResult
from carecomms.channels.notify.keys import ApiKey, parse_api_key

__all__ = ["NOTIFY_BASE_URL", "NotifyClient", "SMS_MAX_LENGTH", "error_for_api_error", "render_template"]

logger = logging.getLogger(__name__)

NOTIFY_BASE_URL = "https://api.notifications.service.gov.uk"
#: Notify refuses longer text messages (6 fragments of 153 GSM characters, less the sender name).
SMS_MAX_LENGTH = 918

_ADMIN = " Tell your system administrator."
_PLACEHOLDER = re.compile(r"\{\{\s*(\d+)\s*\}\}")
RATE_LIMIT_MESSAGE = "GOV.UK Notify is limiting how fast texts can be sent. CareComms will try again shortly."
# Notify's daily limit resets at midnight: retrying would only send the text outside the
# practitioner's working hours (G9), so it fails now and says what to do.
DAILY_LIMIT_MESSAGE = (
    "The council has reached its daily text message limit in GOV.UK Notify, so this text was not sent. "
    "Send it again tomorrow, or phone instead."
)
UNREACHABLE_MESSAGE = "GOV.UK Notify could not be reached. CareComms will try again."

#: Notify's 400 messages (matched by a fragment) -> what the practitioner is told.
_BAD_REQUEST_MESSAGES: tuple[tuple[str, str], ...] = (
    ("not a uk mobile number", "GOV.UK Notify cannot text this number: it is not a UK mobile number. "
                               "Check the number on their record."),
    ("not a valid", "GOV.UK Notify cannot text this number: it is not a valid mobile number. "
                    "Check the number on their record."),
    ("international", "GOV.UK Notify is not allowed to text international numbers for the council."
                      + _ADMIN),
    ("team-only api key", "CareComms' GOV.UK Notify key can only text the council's own team." + _ADMIN),
    ("trial mode", "The council's GOV.UK Notify service is in trial mode and can only text its own team."
                   + _ADMIN),
    ("template not found", "The text message template set up for CareComms does not exist in GOV.UK Notify."
                           + _ADMIN),
    ("missing personalisation", "The GOV.UK Notify text message template must contain only ((body))."
                                + _ADMIN),
    ("cannot be longer than", f"The message is too long for a text message (at most {SMS_MAX_LENGTH} "
                              "characters)."),
    ("sms_sender_id", "The text message sender set up for CareComms does not exist in GOV.UK Notify."
                      + _ADMIN),
)


def _errors(error: APIError) -> list[tuple[str, str]]:
    """(error name, message) pairs from `{"status_code": ..., "errors": [{"error": ..., "message": ...}]}`."""
    response = error.response
    if response is None:
        return []
    try:
        data = response.json()
    except ValueError:
        return []
    items = data.get("errors") if isinstance(data, dict) else None
    found = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            found.append((str(item.get("error") or ""), str(item.get("message") or "")))
    return found


def _retry_after(error: APIError) -> float | None:
    response = error.response
    value = response.headers.get("Retry-After") if response is not None else None
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return max(seconds, 0.0) if seconds is not None and math.isfinite(seconds) else None


def error_for_api_error(error: APIError) -> SendError:
    """Classify the official client's error: 400, 403 and the daily limit are permanent; the rate limit
    (429) and 5xx are worth retrying."""
    status = error.status_code
    errors = _errors(error)
    names = {name for name, _ in errors}
    if error.response is None:  # the client's own 503: timeout, refused connection, DNS
        return SendError(UNREACHABLE_MESSAGE, permanent=False, http_status=None)
    if status == 429:
        if "TooManyRequestsError" in names:
            return SendError(DAILY_LIMIT_MESSAGE, permanent=True, http_status=status)
        return SendError(RATE_LIMIT_MESSAGE, permanent=False, retry_after=_retry_after(error), http_status=status)
    if status >= 500:
        return SendError(
            f"GOV.UK Notify had a problem (HTTP {status}). CareComms will try again.",
            permanent=False, retry_after=_retry_after(error), http_status=status,
        )
    if status in (401, 403):
        return SendError("CareComms could not sign in to GOV.UK Notify." + _ADMIN, permanent=True,
                         http_status=status)
    if status == 400:
        text = " ".join(message for _, message in errors).lower()
        for fragment, explanation in _BAD_REQUEST_MESSAGES:
            if fragment in text:
                return SendError(explanation, permanent=True, http_status=status)
    return SendError(
        f"GOV.UK Notify did not accept the text message (HTTP {status})." + _ADMIN,
        permanent=True, http_status=status,
    )


def reply_instruction(quick_reply_payloads: Sequence[str]) -> str:
    """ "Reply YES or NO" for the payloads CONSENT_YES, CONSENT_NO: SMS has no buttons."""
    words = [payload.replace("-", "_").split("_")[-1].upper() for payload in quick_reply_payloads]
    words = [word for word in words if word]
    if not words:
        return ""
    return "Reply " + (" or ".join(words) if len(words) <= 2 else ", ".join(words[:-1]) + " or " + words[-1])


def render_template(
    text: str, body_parameters: Sequence[str], quick_reply_payloads: Sequence[str] = ()
) -> str:
    """A WhatsApp-style template body ({{1}}, {{2}}…) as one plain text message."""
    values = list(body_parameters)

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            raise ValueError("the template needs more details than were given")
        return values[index]

    rendered = _PLACEHOLDER.sub(fill, text).strip()
    instruction = reply_instruction(quick_reply_payloads)
    return f"{rendered}\n\n{instruction}" if instruction else rendered


class NotifyClient:
    """One council GOV.UK Notify service (or the simulator: only base_url differs).

    `templates` maps a template name to its wording with {{n}} placeholders (from the policy
    document the message was decided under), because Notify knows only the free-text template.
    """

    def __init__(
        self,
        api_key: str | ApiKey,
        sms_template_id: str,
        *,
        base_url: str = NOTIFY_BASE_URL,
        sms_sender_id: str | None = None,
        templates: Mapping[str, str] | None = None,
        timeout: float = 15,
    ) -> None:
        self._key = api_key if isinstance(api_key, ApiKey) else parse_api_key(api_key)
        self.base_url = base_url.rstrip("/")
        self.sms_template_id = sms_template_id
        self.sms_sender_id = sms_sender_id or None
        self.templates = dict(templates or {})
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"NotifyClient({self.base_url!r}, service_id={self.service_id!r})"

    @property
    def service_id(self) -> str:
        return self._key.service_id

    def _api(self) -> NotificationsAPIClient:
        # The official client is not thread-safe (one requests.Session): one per call.
        return NotificationsAPIClient(str(self._key), base_url=self.base_url, timeout=self.timeout)

    def _call(self, what: str, call: Any) -> Any:
        api = self._api()
        try:
            return call(api)
        except APIError as error:
            failure = error_for_api_error(error)
            logger.warning(
                "notify %s refused", what,
                extra={"http_status": failure.http_status, "permanent": failure.permanent,
                       "errors": [name for name, _ in _errors(error)]},
            )
            raise failure from error
        except requests.RequestException as error:  # the client lets a few through (e.g. invalid URL)
            logger.warning("notify %s could not connect", what, extra={"error": type(error).__name__})
            raise SendError(UNREACHABLE_MESSAGE, permanent=False) from error
        finally:
            api.request_session.close()

    def find_by_reference(self, reference: str) -> SendResult | None:
        """The text message already sent with this reference (Notify keeps 7 days), if any."""
        answer = self._call(
            "lookup", lambda api: api.get_all_notifications(template_type="sms", reference=reference)
        )
        notifications = answer.get("notifications") if isinstance(answer, dict) else None
        for notification in notifications if isinstance(notifications, list) else []:
            if isinstance(notification, dict) and notification.get("reference") == reference:
                found = notification.get("id")
                if isinstance(found, str) and found:
                    return SendResult(channel_message_id=found)
        return None

    def send_text(self, to: str, body: str, *, idempotency_key: str | None = None) -> SendResult:
        if not body.strip():
            raise SendError("There is nothing to send.", permanent=True)
        if len(body) > SMS_MAX_LENGTH:
            raise SendError(
                f"The message is too long for a text message (at most {SMS_MAX_LENGTH} characters).",
                permanent=True,
            )
        if idempotency_key:
            earlier = self.find_by_reference(idempotency_key)
            if earlier is not None:
                logger.info("notify send already made; not sending again")
                return earlier
        answer = self._call(
            "send",
            lambda api: api.send_sms_notification(
                phone_number=to,
                template_id=self.sms_template_id,
                personalisation={"body": body},
                reference=idempotency_key,
                sms_sender_id=self.sms_sender_id,
            ),
        )
        notification_id = answer.get("id") if isinstance(answer, dict) else None
        if not isinstance(notification_id, str) or not notification_id:
            # Notify said yes but we cannot tell to what; the reference lookup makes a retry safe.
            logger.error("notify send answer unreadable")
            raise SendError("GOV.UK Notify's answer could not be read. CareComms will check and try again.",
                            permanent=False)
        return SendResult(channel_message_id=notification_id)

    def send_template(
        self,
        to: str,
        template_name: str,
        language_code: str,
        body_parameters: Sequence[str],
        *,
        quick_reply_payloads: Sequence[str] = (),
        idempotency_key: str | None = None,
    ) -> SendResult:
        """The template's wording as plain text; quick replies become "Reply YES or NO"."""
        wording = self.templates.get(template_name)
        if wording is None:
            raise SendError(
                f"The wording of the “{template_name}” template is not available for text messages." + _ADMIN,
                permanent=True,
            )
        try:
            text = render_template(wording, body_parameters, quick_reply_payloads)
        except ValueError as error:
            raise SendError(f"The “{template_name}” template was sent without every detail." + _ADMIN,
                            permanent=True) from error
        return self.send_text(to, text, idempotency_key=idempotency_key)
