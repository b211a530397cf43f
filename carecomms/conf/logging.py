"""Logging that cannot leak: secrets and full phone numbers are masked before any record is written."""

from __future__ import annotations

import logging
import re

_PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-]+")


def mask_phone(number: str) -> str:
    """07700 9•••12 style: enough to recognise, not enough to dial."""
    digits = re.sub(r"\D", "", number)
    if len(digits) < 6:
        return "•" * len(digits)
    return f"{digits[:5]}•••{digits[-2:]}"


def redact(text: str) -> str:
    text = _BEARER.sub(r"\1[redacted]", text)
    return _PHONE.sub(lambda m: mask_phone(m.group(0)), text)


_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class RedactSecretsFilter(logging.Filter):
    """Masks bearer tokens and phone numbers in the message and its string extras."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.getMessage())
            record.args = None
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_ATTRIBUTES and isinstance(value, str):
                setattr(record, key, redact(value))
        return True
