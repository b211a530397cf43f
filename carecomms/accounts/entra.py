"""Microsoft Entra ID over OpenID Connect: identity is tenant id + object id, never an e-mail address.

allauth's generic `openid_connect` provider does the protocol (discovery, PKCE, state, token exchange,
issuer/audience/expiry checks). This subclass adds what it lacks: a nonce bound to the login state, a
uid built from `tid` + `oid`, and no way for a query string to inject authorisation parameters.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider
from django.http import HttpRequest

ENTRA_PROVIDER_ID = "entra"


def id_token_claims(data: dict[str, Any]) -> dict[str, Any]:
    """The verified ID token claims allauth stored (`fetch_userinfo` is off: userinfo lacks tid/oid)."""
    claims = data.get("id_token")
    if not isinstance(claims, dict):
        raise OAuth2Error("The identity provider sent no ID token")
    return claims


class EntraProvider(OpenIDConnectProvider):
    def get_auth_params_from_request(self, request: HttpRequest, action: Any) -> dict[str, Any]:
        return self.get_auth_params()

    def redirect(self, request: HttpRequest, process: Any, next_url: Any = None, data: Any = None,
                 **kwargs: Any) -> Any:
        nonce = secrets.token_urlsafe(32)
        auth_params = kwargs.pop("auth_params", None) or self.get_auth_params()
        auth_params["nonce"] = nonce
        # `nonce` lands in the stashed login state, which is single-use and bound to this session.
        return super().redirect(request, process, next_url, data, auth_params=auth_params, nonce=nonce,
                                **kwargs)

    def extract_uid(self, data: dict[str, Any]) -> str:
        claims = id_token_claims(data)
        tenant_id, object_id = claims.get("tid"), claims.get("oid")
        if not tenant_id or not object_id:
            raise OAuth2Error("The ID token has no tid/oid claims")
        return f"{tenant_id}:{object_id}"


@dataclass(frozen=True)
class EntraIdentity:
    tenant_id: str
    object_id: str
    groups: tuple[str, ...]
    claims: dict[str, Any]


def verified_identity(claims: dict[str, Any], *, expected_nonce: str | None, tenant_id: str) -> EntraIdentity:
    """Checks allauth does not make. Raises OAuth2Error with the reason; the caller refuses the login."""
    nonce = claims.get("nonce")
    if not expected_nonce or not isinstance(nonce, str) or not hmac.compare_digest(nonce, expected_nonce):
        raise OAuth2Error("ID token nonce does not match this sign-in")
    if not tenant_id or claims.get("tid") != tenant_id:
        raise OAuth2Error("ID token is from another tenant")
    object_id = claims.get("oid")
    if not isinstance(object_id, str) or not object_id:
        raise OAuth2Error("ID token has no object id")
    groups = claims.get("groups") or []
    if not isinstance(groups, list):
        groups = []
    return EntraIdentity(tenant_id=tenant_id, object_id=object_id,
                         groups=tuple(str(group) for group in groups), claims=claims)


# When someone is in several mapped groups, the most privileged role wins (the order of this tuple).
ROLE_PRECEDENCE = ("data_protection_officer", "administrator", "team_manager", "practitioner",
                   "student_social_worker")


def role_from_groups(groups: tuple[str, ...], group_roles: dict[str, str]) -> str | None:
    roles = {group_roles[group] for group in groups if group in group_roles}
    return next((role for role in ROLE_PRECEDENCE if role in roles), None)


def team_name_from_groups(groups: tuple[str, ...], group_teams: dict[str, str]) -> str | None:
    names = sorted({group_teams[group] for group in groups if group in group_teams})
    return names[0] if len(names) == 1 else None
