"""Signing users in from tests without driving the sign-in form each time.

`login_with_mfa(client, user)` gives the user a TOTP authenticator if they have none, logs the
Django test client in and records in its session that a password and a second factor were used,
exactly as allauth's own sign-in would. A bare `client.force_login(user)` is not enough: the
session guard signs out any local-account session that never passed a second factor.
"""

from __future__ import annotations

import time
from typing import Any

from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.account.internal.flows.login import _AUTHENTICATION_METHODS_USER_SESSION_KEY
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret


def ensure_totp(user: Any) -> Authenticator:
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, generate_totp_secret()).instance


def login_with_mfa(client: Any, user: Any) -> None:
    authenticator = ensure_totp(user)
    client.force_login(user)
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "username": user.username},
        {"method": "mfa", "at": now, "id": authenticator.pk, "type": authenticator.type},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
