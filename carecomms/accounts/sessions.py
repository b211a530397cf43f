"""Which sessions still count: the sign-in epoch and the second-factor state of a session."""

from __future__ import annotations

from enum import Enum
from typing import Any

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest

from carecomms.accounts.models import SignInEpoch
from carecomms.audit.actions import do_audit

EPOCH_SESSION_KEY = "carecomms_sign_in_epoch"
STRONG_AUTHENTICATORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


class SecondFactor(Enum):
    SATISFIED = "satisfied"  # passed a second factor this session, or signed in through the IdP
    ENROL = "enrol"  # a local account with no authenticator yet: must set one up first
    BYPASSED = "bypassed"  # has an authenticator but this session never used it: not a valid session


def current_epoch(user: Any) -> int:
    return SignInEpoch.objects.filter(user=user).values_list("epoch", flat=True).first() or 0


def remember_epoch(request: HttpRequest, user: Any) -> None:
    request.session[EPOCH_SESSION_KEY] = current_epoch(user)


def session_is_current(request: HttpRequest, user: Any) -> bool:
    return request.session.get(EPOCH_SESSION_KEY, 0) == current_epoch(user)


@transaction.atomic
def do_sign_out_everywhere(user: Any) -> int:
    """End every session the user has (including the caller's), audited. Returns the new epoch."""
    SignInEpoch.objects.get_or_create(user=user)
    SignInEpoch.objects.filter(user=user).update(epoch=F("epoch") + 1)
    epoch = current_epoch(user)
    do_audit("auth:signed_out_everywhere", actor=user, target=user, detail={"epoch": epoch})
    return epoch


def has_strong_authenticator(user: Any) -> bool:
    return Authenticator.objects.filter(user=user, type__in=STRONG_AUTHENTICATORS).exists()


def second_factor_state(request: HttpRequest, user: Any) -> SecondFactor:
    """Decide from the session's own record of how it was authenticated, never from the user alone.

    Entra ID sessions are satisfied: the organisation's identity provider enforces MFA (Conditional
    Access), and CareComms does not ask twice.
    """
    methods = {record.get("method") for record in get_authentication_records(request, user)}
    if methods & {"mfa", "socialaccount"}:
        return SecondFactor.SATISFIED
    if has_strong_authenticator(user):
        return SecondFactor.BYPASSED
    return SecondFactor.ENROL
