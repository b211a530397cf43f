"""The GET handshake Meta performs when a webhook URL is registered."""

from __future__ import annotations

import hmac
from collections.abc import Mapping


def verify_subscription(params: Mapping[str, str], verify_token: str) -> str | None:
    """The `hub.challenge` to echo back if the request is a genuine subscribe, otherwise None.

    The token comparison is constant-time; an unconfigured (empty) token never matches.
    """
    if not verify_token:
        return None
    mode = params.get("hub.mode")
    token = params.get("hub.verify_token")
    challenge = params.get("hub.challenge")
    if mode != "subscribe" or not isinstance(token, str) or not isinstance(challenge, str) or not challenge:
        return None
    if not hmac.compare_digest(token.encode("utf-8"), verify_token.encode("utf-8")):
        return None
    return challenge
