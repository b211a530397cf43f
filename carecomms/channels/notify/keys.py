"""Notify API keys: `{key name}-{service id}-{secret}`, where both ids are UUIDs.

The official client cuts the key by position; this checks its shape first, so a truncated or
pasted-wrongly key is a configuration error at start-up rather than a refused send at 3 a.m.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_KEY = re.compile(rf"(?P<name>.+)-(?P<service>{_UUID})-(?P<secret>{_UUID})", re.IGNORECASE)
_UUID_ONLY = re.compile(_UUID, re.IGNORECASE)


@dataclass(frozen=True)
class ApiKey:
    """A parsed key. `secret` signs every request's JWT; it never leaves the process otherwise."""

    name: str
    service_id: str
    secret: str

    def __repr__(self) -> str:  # keep the secret out of logs and tracebacks
        return f"ApiKey(name={self.name!r}, service_id={self.service_id!r})"

    def __str__(self) -> str:
        return f"{self.name}-{self.service_id}-{self.secret}"


def parse_api_key(value: str) -> ApiKey:
    """The parts of a Notify API key; raises ValueError (without echoing the key) if malformed."""
    match = _KEY.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise ValueError("a GOV.UK Notify API key looks like name-<service id>-<secret>, both ids UUIDs")
    return ApiKey(match["name"], match["service"].lower(), match["secret"].lower())


def is_uuid(value: str) -> bool:
    return isinstance(value, str) and _UUID_ONLY.fullmatch(value) is not None
