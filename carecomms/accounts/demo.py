"""Demo accounts' second factor: a TOTP secret anyone can derive, so it must never exist in production.

The secret is derived from the username, so `carecomms demo_totp alice` can print alice's current
code. Both functions refuse under production settings.
"""

from __future__ import annotations

import base64
import hashlib
import time
from typing import Any

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

DEMO_SECRET_SALT = b"carecomms-demo-totp-not-a-secret:"


def _refuse_in_production() -> None:
    if settings.PRODUCTION:
        raise ImproperlyConfigured("Demo second factors do not exist under production settings")


def demo_totp_secret(username: str) -> str:
    _refuse_in_production()
    digest = hashlib.sha256(DEMO_SECRET_SALT + username.encode()).digest()[:20]
    return base64.b32encode(digest).decode("ascii")


@transaction.atomic
def ensure_demo_authenticator(user: Any) -> Authenticator:
    """Give a demo user the known TOTP secret (replacing any other TOTP). Idempotent."""
    secret = demo_totp_secret(user.username)
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing is not None:
        if decrypt(existing.data["secret"]) == secret:
            return existing
        existing.delete()
    return TOTP.activate(user, secret).instance


def current_demo_code(user: Any, *, now: float | None = None) -> str:
    """The code a demo user's authenticator app would show now. Only for the known demo secret."""
    secret = demo_totp_secret(user.username)
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None or decrypt(authenticator.data["secret"]) != secret:
        raise ValueError(f"{user.username} has no demo authenticator")
    counter = int(time.time() if now is None else now) // settings.MFA_TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))
