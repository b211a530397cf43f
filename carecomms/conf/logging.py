"""Logging that cannot leak: bodies, secrets, tokens and full phone numbers never reach a log line.

Three layers, applied to the message, every `extra=` field (nested too) and exception tracebacks:
fields whose *name* says they hold content or credentials are dropped whatever their value; the
configured secrets are cut out wherever they appear; bearer tokens and phone numbers are masked.
"""

from __future__ import annotations

import logging
import re
from typing import Any

_PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-+/=]+")
_ASSIGNED_SECRET = re.compile(r"(?i)\b(access_token|token|secret|password|api_key|signature)=([^\s&,;]+)")
REDACTED = "[redacted]"
# Field names whose values are message content or credentials: never logged, whatever they hold.
SENSITIVE_FIELDS = frozenset({
    "body", "text", "caption", "message_body", "content", "transcript", "note",
    "token", "access_token", "refresh_token", "id_token", "secret", "app_secret", "client_secret",
    "password", "authorization", "api_key", "key", "keys", "cookie", "sessionid", "signature",
})
# Settings whose values are secrets: cut out of any log text they turn up in.
SECRET_SETTINGS = ("SECRET_KEY", "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN",
                   "ENTRA_CLIENT_SECRET", "EMAIL_HOST_PASSWORD", "METRICS_TOKEN", "ENCRYPTION_KEYS",
                   "NOTIFY_API_KEY", "NOTIFY_CALLBACK_BEARER_TOKEN")


def mask_phone(number: str) -> str:
    """07700 9•••12 style: enough to recognise, not enough to dial."""
    digits = re.sub(r"\D", "", number)
    if len(digits) < 6:
        return "•" * len(digits)
    return f"{digits[:5]}•••{digits[-2:]}"


def _configured_secrets() -> list[str]:
    try:
        from django.conf import settings

        if not settings.configured:
            return []
        values = [str(getattr(settings, name, "") or "") for name in SECRET_SETTINGS]
    except Exception:  # logging must work before and without Django
        return []
    parts = [part for value in values for part in [value, *value.split(",")] if len(part) >= 8]
    return sorted(set(parts), key=len, reverse=True)


def redact(text: str) -> str:
    for secret in _configured_secrets():
        text = text.replace(secret, REDACTED)
    text = _BEARER.sub(rf"\1{REDACTED}", text)
    text = _ASSIGNED_SECRET.sub(rf"\1={REDACTED}", text)
    return _PHONE.sub(lambda m: mask_phone(m.group(0)), text)


def redact_value(value: Any, name: str = "") -> Any:
    """Redact one `extra=` value, looking inside dicts, lists and tuples."""
    if name.lower() in SENSITIVE_FIELDS and value not in (None, "", 0):
        return REDACTED
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return REDACTED
    if isinstance(value, dict):
        return {key: redact_value(item, str(key)) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(item) for item in value]
    return value


_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}


class RedactSecretsFilter(logging.Filter):
    """Applied on the handler, so every record is cleaned before any formatter sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, dict):
            record.msg = redact_value(record.msg)
        else:
            record.msg = redact(record.getMessage())
            record.args = None
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_ATTRIBUTES:
                setattr(record, key, redact_value(value, key))
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
