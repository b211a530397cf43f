"""Sending through Meta's WhatsApp Cloud API (`POST /{version}/{phone-number-id}/messages`), and
fetching the media people send (`GET /{version}/{media-id}`, then the short-lived URL it gives).

Every outcome other than acceptance is a `SendError` (or, for media, a `MediaError`) that says
whether a retry could help, so callers can decide without knowing Meta's codes. Neither the access
token nor the message body nor the media bytes are ever logged or put into an error.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from carecomms.channels.base import ChannelError, SendError, SendResult
from carecomms.channels.whatsapp.payloads import template_message_body, text_message_body

__all__ = [
    "CloudApiClient",
    "DownloadedMedia",
    "ERROR_MESSAGES",
    "MediaError",
    "MediaInfo",
    "PERMANENT_CODES",
    "THROTTLING_CODES",
    "SendError",
    "SendResult",
    "normalise_sha256",
    "practitioner_message_for_error",
]

logger = logging.getLogger(__name__)

_ADMIN = " Tell your system administrator."
RE_ENGAGEMENT_MESSAGE = "More than 24 hours since they last wrote: only a template message can be sent."
THROTTLING_MESSAGE = "WhatsApp is limiting how fast messages can be sent. CareComms will try again shortly."

#: Meta error code -> what the practitioner is told. Codes not listed get a generic explanation.
ERROR_MESSAGES: Mapping[int, str] = {
    0: "CareComms could not sign in to WhatsApp." + _ADMIN,
    1: "The WhatsApp service had a problem. CareComms will try again.",
    2: "The WhatsApp service is temporarily unavailable. CareComms will try again.",
    3: "The organisation's WhatsApp account is not allowed to do this." + _ADMIN,
    4: THROTTLING_MESSAGE,
    10: "The organisation's WhatsApp account does not have permission to send." + _ADMIN,
    100: "WhatsApp rejected the message as badly formed." + _ADMIN,
    190: "CareComms' WhatsApp access has expired." + _ADMIN,
    368: "The organisation's WhatsApp number is temporarily blocked by WhatsApp for a policy reason.",
    470: RE_ENGAGEMENT_MESSAGE,
    80007: THROTTLING_MESSAGE,
    130429: THROTTLING_MESSAGE,
    130472: "WhatsApp did not deliver this message (the person's number is part of a WhatsApp experiment).",
    131000: "The WhatsApp service had a problem. CareComms will try again.",
    131005: "The organisation's WhatsApp account is not allowed to send this." + _ADMIN,
    131008: "WhatsApp rejected the message because something required was missing." + _ADMIN,
    131009: "WhatsApp rejected a value in the message." + _ADMIN,
    131016: "The WhatsApp service is temporarily unavailable. CareComms will try again.",
    131021: "A message cannot be sent to the organisation's own WhatsApp number.",
    131026: "The message could not be delivered: the number may not use WhatsApp, or the person may need to "
    "update WhatsApp or accept its terms. Try another way of contacting them.",
    131031: "The organisation's WhatsApp account is locked." + _ADMIN,
    131042: "The organisation's WhatsApp account has a billing problem." + _ADMIN,
    131047: RE_ENGAGEMENT_MESSAGE,
    131048: THROTTLING_MESSAGE,
    131049: "WhatsApp chose not to deliver this message, to limit how many business messages people get. "
    "Try again later or use another way of contacting them.",
    131050: "The person has asked WhatsApp to stop messages of this kind from the organisation.",
    131051: "This kind of message is not supported by WhatsApp.",
    131052: "The attachment could not be downloaded from WhatsApp.",
    131053: "The attachment could not be uploaded to WhatsApp.",
    131056: THROTTLING_MESSAGE,
    132000: "The template was sent with the wrong number of details." + _ADMIN,
    132001: "The message template does not exist in that language." + _ADMIN,
    132005: "The template's text is too long once the details are filled in.",
    132007: "The template breaks WhatsApp's content rules." + _ADMIN,
    132012: "A detail in the template is in the wrong format." + _ADMIN,
    132015: "The message template is paused by WhatsApp because of its quality." + _ADMIN,
    132016: "The message template has been disabled by WhatsApp." + _ADMIN,
    133010: "The organisation's WhatsApp number is not registered." + _ADMIN,
}

#: Meta's rate-limit codes: the same request will succeed later.
THROTTLING_CODES = frozenset({4, 80007, 130429, 131048, 131056})
#: Meta's "something went wrong on our side" codes: worth retrying.
_TRANSIENT_CODES = frozenset({1, 2, 131000, 131016})
#: Codes that are permanent whatever HTTP status they arrive with.
PERMANENT_CODES = frozenset({470, 131026, 131047, 131021, 131049, 131050, 131051})


def practitioner_message_for_error(code: int | None) -> str:
    """What to tell the practitioner about a Meta error code (from a send or a `failed` status)."""
    if code is not None and code in ERROR_MESSAGES:
        return ERROR_MESSAGES[code]
    suffix = f" (WhatsApp error {code})" if code is not None else ""
    return f"WhatsApp did not accept or deliver the message{suffix}. Try again later." + _ADMIN


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), or None."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _meta_error_code(response: httpx.Response) -> int | None:
    """Meta's error code from `{"error": {"code": ..., "message": ...}}`, if the body has one."""
    try:
        data = response.json()
    except ValueError:
        return None
    error = data.get("error") if isinstance(data, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def error_for_response(response: httpx.Response) -> SendError:
    """Classify a non-2xx answer from the Cloud API as permanent or transient."""
    status = response.status_code
    code = _meta_error_code(response)
    retry_after = _retry_after(response)
    if code in PERMANENT_CODES:
        return SendError(practitioner_message_for_error(code), permanent=True, code=code, http_status=status)
    if status == 429 or code in THROTTLING_CODES:
        return SendError(
            THROTTLING_MESSAGE, permanent=False, code=code, retry_after=retry_after, http_status=status
        )
    if status >= 500 or code in _TRANSIENT_CODES:
        message = ERROR_MESSAGES.get(code or 0) if code else None
        return SendError(
            message or f"The WhatsApp service had a problem (HTTP {status}). CareComms will try again.",
            permanent=False, code=code, retry_after=retry_after, http_status=status,
        )
    if status in (401, 403) and code is None:
        return SendError(ERROR_MESSAGES[190], permanent=True, code=None, http_status=status)
    return SendError(practitioner_message_for_error(code), permanent=True, code=code, http_status=status)


# --- media ---------------------------------------------------------------------------------------

#: Hosts Meta serves media from. The bearer token is only ever sent there, or to the API's own host.
MEDIA_HOST_SUFFIXES = (".fbsbx.com", ".facebook.com", ".whatsapp.net")
_HEX_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_MEDIA_GONE = (
    "The attachment is no longer available from WhatsApp (WhatsApp keeps files people send for 7 days)."
)


class MediaError(ChannelError):
    """An attachment could not be fetched; `permanent` says whether fetching again could ever help."""


@dataclass(frozen=True)
class MediaInfo:
    """Meta's answer to `GET /{version}/{media-id}`: where to fetch the bytes (for about 5 minutes)."""

    media_id: str
    url: str
    mime_type: str | None
    sha256: str | None  # lower-case hex
    file_size: int | None


@dataclass(frozen=True)
class DownloadedMedia:
    """The bytes, checked against Meta's size and SHA-256. `sha256` is computed here, in hex."""

    media_id: str
    content: bytes
    mime_type: str | None
    sha256: str

    @property
    def size(self) -> int:
        return len(self.content)


def normalise_sha256(value: object) -> str | None:
    """Meta's SHA-256 as lower-case hex: the media API gives hex, webhooks have been seen with base64."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if _HEX_SHA256.fullmatch(value):
        return value.lower()
    padded = value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4)
    try:
        raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw.hex() if len(raw) == 32 else None


def _size(value: object) -> int | None:
    """`file_size` arrives as a number or as a string of digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def media_error_for_response(response: httpx.Response, *, downloading: bool) -> MediaError:
    """Classify a non-2xx answer to a media request as permanent or transient."""
    status = response.status_code
    code = _meta_error_code(response)
    retry_after = _retry_after(response)
    if status == 429 or code in THROTTLING_CODES:
        return MediaError(THROTTLING_MESSAGE.replace("messages can be sent", "files can be fetched"),
                          permanent=False, code=code, http_status=status, retry_after=retry_after)
    if status >= 500 or code in _TRANSIENT_CODES:
        return MediaError(f"The WhatsApp service had a problem (HTTP {status}). CareComms will try again.",
                          permanent=False, code=code, http_status=status, retry_after=retry_after)
    if code == 190 or (status in (401, 403) and code is None):
        return MediaError(ERROR_MESSAGES[190], permanent=True, code=code, http_status=status)
    if downloading and status in (404, 410):
        # Download links expire after a few minutes: asking for the media again gives a fresh one.
        return MediaError("The download link from WhatsApp had expired. CareComms will ask for a new one.",
                          permanent=False, code=code, http_status=status)
    if status in (400, 404, 410) and code in (None, 100, 131052):
        return MediaError(_MEDIA_GONE, permanent=True, code=code, http_status=status)
    return MediaError(f"WhatsApp refused to give CareComms the attachment (HTTP {status}"
                      f"{f', error {code}' if code is not None else ''}).",
                      permanent=True, code=code, http_status=status)


class CloudApiClient:
    """One organisation-owned WhatsApp number on the Cloud API (or the simulator: only base_url differs)."""

    def __init__(
        self,
        base_url: str,
        api_version: str,
        phone_number_id: str,
        access_token: str,
        timeout: float,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_version = api_version
        self.phone_number_id = phone_number_id
        self._access_token = access_token
        self.timeout = timeout
        self._transport = transport

    def __repr__(self) -> str:
        return f"CloudApiClient({self.base_url!r}, {self.api_version!r}, {self.phone_number_id!r})"

    @property
    def messages_url(self) -> str:
        return f"{self.base_url}/{self.api_version}/{self.phone_number_id}/messages"

    def send(self, body: Mapping[str, Any]) -> SendResult:
        """POST one message body; returns Meta's message id or raises `SendError`."""
        log = {"phone_number_id": self.phone_number_id, "message_type": body.get("type")}
        try:
            with httpx.Client(transport=self._transport, timeout=self.timeout) as http:
                response = http.post(
                    self.messages_url,
                    json=dict(body),
                    headers={"Authorization": f"Bearer {self._access_token}"},
                )
        except httpx.TimeoutException as exc:
            logger.warning("whatsapp send timed out", extra=log)
            raise SendError(
                "The WhatsApp service did not answer in time. CareComms will try again.", permanent=False
            ) from exc
        except httpx.HTTPError as exc:
            logger.warning("whatsapp send could not connect", extra={**log, "error": type(exc).__name__})
            raise SendError(
                "The WhatsApp service could not be reached. CareComms will try again.", permanent=False
            ) from exc
        if not response.is_success:
            error = error_for_response(response)
            logger.warning(
                "whatsapp send refused",
                extra={**log, "http_status": error.http_status, "code": error.code,
                       "permanent": error.permanent},
            )
            raise error
        result = _accepted(response)
        if result is None:
            # Meta said yes but we cannot tell to what: retrying could send twice, so stop here.
            logger.error("whatsapp send answer unreadable",
                         extra={**log, "http_status": response.status_code})
            raise SendError(
                "WhatsApp's answer could not be read, so it is not known whether the message was sent. "
                "Check with the person before sending again.",
                permanent=True, http_status=response.status_code,
            )
        return result

    # --- media ---------------------------------------------------------------------------------

    def _media_url_allowed(self, url: str) -> bool:
        """Only Meta's media hosts (HTTPS), or the API's own origin (the simulator), get our token."""
        parts, base = urlsplit(url), urlsplit(self.base_url)
        if (parts.scheme, parts.netloc) == (base.scheme, base.netloc):
            return True
        host = (parts.hostname or "").lower()
        return parts.scheme == "https" and host.endswith(MEDIA_HOST_SUFFIXES)

    def _media_request_failed(self, exc: httpx.HTTPError, step: str) -> MediaError:
        logger.warning("whatsapp media %s failed", step, extra={"step": step, "error": type(exc).__name__})
        if isinstance(exc, httpx.TimeoutException):
            return MediaError("The WhatsApp service did not answer in time. CareComms will try again.",
                              permanent=False)
        return MediaError("The WhatsApp service could not be reached. CareComms will try again.",
                          permanent=False)

    def media_info(self, media_id: str) -> MediaInfo:
        """`GET /{version}/{media-id}`: the short-lived download URL, type, size and SHA-256."""
        if not media_id or not media_id.isascii() or "/" in media_id or "?" in media_id:
            raise MediaError(_MEDIA_GONE, permanent=True)
        try:
            with httpx.Client(transport=self._transport, timeout=self.timeout) as http:
                response = http.get(
                    f"{self.base_url}/{self.api_version}/{media_id}",
                    params={"phone_number_id": self.phone_number_id},
                    headers={"Authorization": f"Bearer {self._access_token}"},
                )
        except httpx.HTTPError as exc:
            raise self._media_request_failed(exc, "lookup") from exc
        if not response.is_success:
            error = media_error_for_response(response, downloading=False)
            logger.warning("whatsapp media lookup refused",
                           extra={"http_status": error.http_status, "code": error.code,
                                  "permanent": error.permanent})
            raise error
        try:
            data = response.json()
        except ValueError:
            data = None
        url = data.get("url") if isinstance(data, dict) else None
        if not isinstance(url, str) or not url:
            raise MediaError("WhatsApp's answer about the attachment could not be read. CareComms will try "
                             "again.", permanent=False, http_status=response.status_code)
        assert isinstance(data, dict)
        mime_type = data.get("mime_type")
        return MediaInfo(
            media_id=media_id,
            url=url,
            mime_type=mime_type if isinstance(mime_type, str) and mime_type else None,
            sha256=normalise_sha256(data.get("sha256")),
            file_size=_size(data.get("file_size")),
        )

    def download_media(self, info: MediaInfo, *, max_bytes: int) -> DownloadedMedia:
        """Fetch the bytes from `info.url` with the bearer token, never more than `max_bytes`, and
        check them against Meta's size and SHA-256."""
        too_large = MediaError(
            f"The attachment is larger than CareComms accepts ({_megabytes(max_bytes)}), so it was not "
            "fetched. Ask the person to send it another way.", permanent=True)
        if info.file_size is not None and info.file_size > max_bytes:
            raise too_large
        if not self._media_url_allowed(info.url):
            logger.error("whatsapp media url on an unexpected host; not fetched")
            raise MediaError("WhatsApp gave an unexpected download address, so the attachment was not "
                             "fetched." + _ADMIN, permanent=True)
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        received = 0
        try:
            with httpx.Client(transport=self._transport, timeout=self.timeout) as http:
                with http.stream("GET", info.url,
                                 headers={"Authorization": f"Bearer {self._access_token}"}) as response:
                    if not response.is_success:
                        response.read()
                        error = media_error_for_response(response, downloading=True)
                        logger.warning("whatsapp media download refused",
                                       extra={"http_status": error.http_status, "permanent": error.permanent})
                        raise error
                    declared = _size(response.headers.get("content-length"))
                    if declared is not None and declared > max_bytes:
                        raise too_large
                    for chunk in response.iter_bytes():
                        received += len(chunk)
                        if received > max_bytes:
                            raise too_large
                        digest.update(chunk)
                        chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise self._media_request_failed(exc, "download") from exc
        sha256 = digest.hexdigest()
        if info.file_size is not None and info.file_size != received:
            raise MediaError("The attachment arrived incomplete. CareComms will try again.", permanent=False)
        if info.sha256 is not None and info.sha256 != sha256:
            logger.warning("whatsapp media sha256 mismatch")
            raise MediaError("The attachment did not match the fingerprint (SHA-256) WhatsApp gave for it, "
                             "so it was not kept. CareComms will try again.", permanent=False)
        return DownloadedMedia(media_id=info.media_id, content=b"".join(chunks),
                               mime_type=info.mime_type, sha256=sha256)

    def fetch_media(self, media_id: str, *, max_bytes: int) -> DownloadedMedia:
        """Both steps: look the media up, then download it (the URL lives for about 5 minutes)."""
        return self.download_media(self.media_info(media_id), max_bytes=max_bytes)

    def send_text(self, to: str, body: str, *, idempotency_key: str | None = None) -> SendResult:
        return self.send(text_message_body(to.lstrip("+"), body, biz_opaque_callback_data=idempotency_key))

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
        return self.send(
            template_message_body(
                to.lstrip("+"), template_name, language_code, body_parameters,
                quick_reply_payloads=quick_reply_payloads, biz_opaque_callback_data=idempotency_key,
            )
        )


def _accepted(response: httpx.Response) -> SendResult | None:
    """`{"messages": [{"id": "wamid..."}], "contacts": [{"input": ..., "wa_id": ...}]}` -> SendResult."""
    try:
        data = response.json()
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    messages = data.get("messages")
    first = messages[0] if isinstance(messages, list) and messages else None
    message_id = first.get("id") if isinstance(first, dict) else None
    if not isinstance(message_id, str) or not message_id:
        return None
    contacts = data.get("contacts")
    contact = contacts[0] if isinstance(contacts, list) and contacts else None
    wa_id = contact.get("wa_id") if isinstance(contact, dict) else None
    return SendResult(channel_message_id=message_id, wa_id=wa_id if isinstance(wa_id, str) else None)
