"""Per-request guards: old-epoch sessions end, local accounts pass a second factor, headers are set."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from carecomms.accounts.sessions import SecondFactor, second_factor_state, session_is_current
from carecomms.audit.actions import do_audit

# What a signed-in local account may still reach before it has a second factor set up.
ENROLMENT_URL_NAMES = frozenset({
    "account_logout", "logout", "account_reauthenticate", "mfa_reauthenticate", "mfa_activate_totp",
    "mfa_view_recovery_codes", "mfa_download_recovery_codes", "mfa_generate_recovery_codes",
    "health", "whatsapp_webhook", "metrics",
})


class SessionGuardMiddleware:
    """Runs after authentication: a valid Django session is necessary, not sufficient."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func: Callable[..., Any], view_args: Any,
                     view_kwargs: Any) -> HttpResponse | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if not session_is_current(request, user):
            return self._sign_out(request, user, "auth:session_ended_everywhere",
                                  "You were signed out on every device. Sign in again.")
        state = second_factor_state(request, user)
        if state is SecondFactor.SATISFIED:
            return None
        if state is SecondFactor.BYPASSED:
            return self._sign_out(request, user, "auth:second_factor_bypass_refused",
                                  "Sign in again with your authentication code.")
        url_name = request.resolver_match.url_name if request.resolver_match else None
        if url_name in ENROLMENT_URL_NAMES:
            return None
        return redirect("mfa_activate_totp")

    @staticmethod
    def _sign_out(request: HttpRequest, user: Any, action: str, message: str) -> HttpResponse:
        do_audit(action, actor=user, target=user)
        logout(request)
        flash.info(request, message)
        return redirect(settings.LOGIN_URL)


class PermissionsPolicyMiddleware:
    """Browser features this service never uses are switched off for every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
