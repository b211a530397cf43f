"""Audit every sign-in event, and remember the sign-in epoch in each new session."""

from __future__ import annotations

from typing import Any

from allauth.account.internal.flows.login import record_authentication
from allauth.account.signals import user_logged_in as allauth_user_logged_in
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authentication_failed, authenticator_added, authenticator_removed
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver
from django.http import HttpRequest

from carecomms.accounts.sessions import remember_epoch
from carecomms.audit.actions import do_audit


@receiver(user_logged_in, dispatch_uid="carecomms.accounts.remember_epoch")
def _remember_epoch(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        remember_epoch(request, user)


@receiver(allauth_user_logged_in, dispatch_uid="carecomms.accounts.audit_sign_in")
def _audit_sign_in(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    sociallogin = kwargs.get("sociallogin")
    method = f"sso:{sociallogin.account.provider}" if sociallogin else "password+second_factor"
    do_audit("auth:signed_in", actor=user, target=user, detail={"method": method})


@receiver(user_logged_out, dispatch_uid="carecomms.accounts.audit_sign_out")
def _audit_sign_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is not None:
        do_audit("auth:signed_out", actor=user, target=user)


@receiver(authenticator_added, dispatch_uid="carecomms.accounts.authenticator_added")
def _authenticator_added(sender: Any, request: HttpRequest, user: Any, authenticator: Authenticator,
                         **kwargs: Any) -> None:
    """Setting up TOTP means typing a valid code: that counts as this session's second factor."""
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type, enrolled=True)
    do_audit("auth:authenticator_added", actor=user, target=user, detail={"type": authenticator.type})


@receiver(authenticator_removed, dispatch_uid="carecomms.accounts.authenticator_removed")
def _authenticator_removed(sender: Any, request: HttpRequest, user: Any, authenticator: Authenticator,
                           **kwargs: Any) -> None:
    do_audit("auth:authenticator_removed", actor=user, target=user, detail={"type": authenticator.type})


@receiver(authentication_failed, dispatch_uid="carecomms.accounts.second_factor_failed")
def _second_factor_failed(sender: Any, request: HttpRequest, user: Any, authenticator: Authenticator,
                          **kwargs: Any) -> None:
    do_audit("auth:sign_in_failed", actor=user, actor_label="anonymous",
             detail={"username": user.username, "stage": "second_factor", "type": authenticator.type})
