"""Meta's webhook signature: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`.

The HMAC must be computed over the bytes exactly as received. Meta escapes non-ASCII as `\\uXXXX`
and may escape `/` as `\\/`; re-serialising parsed JSON changes those bytes and breaks the check.
"""

from __future__ import annotations

import hashlib
import hmac

_PREFIX = "sha256="


def sign(raw_body: bytes, app_secret: str) -> str:
    """The header value Meta would send for this body (used by the simulator and tests)."""
    digest = hmac.new(app_secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()
    return _PREFIX + digest


def verify_signature(raw_body: bytes, header: str | None, app_secret: str) -> bool:
    """True only if `header` is a valid signature of `raw_body`; constant-time; never raises."""
    if not header or not app_secret or not isinstance(header, str):
        return False
    header = header.strip()
    if not header.lower().startswith(_PREFIX):
        return False
    given = header[len(_PREFIX):].strip().lower()
    expected = sign(raw_body, app_secret)[len(_PREFIX):]
    return hmac.compare_digest(given.encode("ascii", "replace"), expected.encode("ascii"))
