"""allauth adapters: no public sign-up, audited failures and lockouts, Entra users keyed on tid + oid."""

from __future__ import annotations

import logging
import time
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.helpers import render_authentication_error
from allauth.socialaccount.models import SocialLogin
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from carecomms.accounts.entra import (
    ENTRA_PROVIDER_ID,
    EntraIdentity,
    EntraProvider,
    id_token_claims,
    role_from_groups,
    team_name_from_groups,
    verified_identity,
)
from carecomms.accounts.mfa_secrets import open_secret, seal_secret
from carecomms.accounts.sessions import has_strong_authenticator
from carecomms.audit.actions import do_audit
from carecomms.people.models import Team, User

logger = logging.getLogger(__name__)
MAX_LOGGED_USERNAME = 150


def _attempted_username(credentials: dict[str, Any]) -> str:
    return str(credentials.get("username") or credentials.get("email") or "")[:MAX_LOGGED_USERNAME]


def _password_typed_recently(request: HttpRequest, user: Any) -> bool:
    records = [r for r in get_authentication_records(request, user) if r.get("method") == "password"]
    return bool(records) and time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        """Staff accounts are made by administrators or by the identity provider, never by visitors."""
        return False

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """First enrolment straight after typing the password does not ask for the password again."""
        request = context.request
        user = getattr(request, "user", None)
        if (app == "allauth.mfa" and user is not None and user.is_authenticated
                and not has_strong_authenticator(user) and _password_typed_recently(request, user)):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            username = _attempted_username(credentials)
            do_audit("auth:locked_out", actor=User.objects.filter(username=username).first(),
                     actor_label="anonymous", detail={"username": username})
            raise

    def authentication_failed(self, request: HttpRequest, **credentials: Any) -> None:
        username = _attempted_username(credentials)
        do_audit("auth:sign_in_failed", actor=User.objects.filter(username=username).first(),
                 actor_label="anonymous", detail={"username": username, "stage": "password"})


class MFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text: str) -> str:
        """TOTP keys and recovery-code seeds are sealed with the message-body keys (issue 9)."""
        return seal_secret(text)

    def decrypt(self, encrypted_text: str) -> str:
        return open_secret(encrypted_text)

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """A local account keeps at least one second factor: removing the last would disable MFA."""
        if authenticator.type == Authenticator.Type.RECOVERY_CODES:
            return False
        return (Authenticator.objects.filter(user_id=authenticator.user_id,
                                             type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN])
                .exclude(pk=authenticator.pk).exists())


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def get_provider(self, request: HttpRequest, provider: str, client_id: str | None = None) -> Any:
        found = super().get_provider(request, provider, client_id=client_id)
        if getattr(found, "app", None) is not None and found.app.provider_id == ENTRA_PROVIDER_ID:
            return EntraProvider(request, app=found.app)
        return found

    def pre_social_login(self, request: HttpRequest, sociallogin: SocialLogin) -> None:
        """Match on tenant + object id only, apply group mappings; refuse anything that does not check out."""
        provider = sociallogin.account.get_provider()
        try:
            identity = verified_identity(id_token_claims(sociallogin.account.extra_data),
                                         expected_nonce=(sociallogin.state or {}).get("nonce"),
                                         tenant_id=settings.ENTRA_TENANT_ID)
        except OAuth2Error as error:
            self._refuse(request, provider, str(error))
        matched = User.objects.filter(entra_tenant_id=identity.tenant_id,
                                      entra_object_id=identity.object_id).first()
        if sociallogin.is_existing and sociallogin.user != matched:
            self._refuse(request, provider, "linked account does not carry this tenant and object id")
        if matched is not None:
            if not sociallogin.is_existing:
                sociallogin.connect(request, matched)
            self._apply_groups(matched, identity, save=True)

    def is_auto_signup_allowed(self, request: HttpRequest, sociallogin: SocialLogin) -> bool:
        return True  # e-mail collisions do not matter: e-mail is not an identity here

    def is_open_for_signup(self, request: HttpRequest, sociallogin: SocialLogin) -> bool:
        """A first Entra sign-in creates a user only if a group claim gives them a CareComms role."""
        identity = self._identity(sociallogin)
        allowed = role_from_groups(identity.groups, settings.ENTRA_GROUP_ROLES) is not None
        if not allowed:
            do_audit("auth:sso_refused", actor_label="anonymous",
                     detail={"reason": "no mapped role group", "object_id": identity.object_id})
        return allowed

    def populate_user(self, request: HttpRequest, sociallogin: SocialLogin, data: dict[str, Any]) -> Any:
        user = super().populate_user(request, sociallogin, data)
        identity = self._identity(sociallogin)
        user.entra_tenant_id = identity.tenant_id
        user.entra_object_id = identity.object_id
        self._apply_groups(user, identity, save=False)
        return user

    def save_user(self, request: HttpRequest, sociallogin: SocialLogin, form: Any = None) -> Any:
        user = super().save_user(request, sociallogin, form)
        do_audit("auth:sso_user_created", actor_label="system", target=user,
                 detail={"role": user.role, "team": user.team.name if user.team else ""})
        return user

    @staticmethod
    def _identity(sociallogin: SocialLogin) -> EntraIdentity:
        claims = id_token_claims(sociallogin.account.extra_data)
        return EntraIdentity(tenant_id=str(claims.get("tid", "")), object_id=str(claims.get("oid", "")),
                             groups=tuple(str(g) for g in claims.get("groups") or []), claims=claims)

    @staticmethod
    def _apply_groups(user: User, identity: EntraIdentity, *, save: bool) -> None:
        role = role_from_groups(identity.groups, settings.ENTRA_GROUP_ROLES)
        team_name = team_name_from_groups(identity.groups, settings.ENTRA_GROUP_TEAMS)
        team = Team.objects.filter(name=team_name).first() if team_name else None
        if team_name and team is None:
            logger.warning("entra group maps to a team that does not exist", extra={"team": team_name})
        changes: dict[str, str] = {}
        if role and role != user.role:
            changes["role"] = role
            user.role = role
        if team and team != user.team:
            changes["team"] = team.name
            user.team = team
        if changes and save:
            user.save(update_fields=[field for field in ("role", "team") if field in changes])
            do_audit("auth:sso_groups_applied", actor_label="system", target=user, detail=changes)

    @staticmethod
    def _refuse(request: HttpRequest, provider: Any, reason: str) -> None:
        do_audit("auth:sso_refused", actor_label="anonymous", detail={"reason": reason})
        raise ImmediateHttpResponse(render_authentication_error(request, provider,
                                                                exception=OAuth2Error(reason)))
