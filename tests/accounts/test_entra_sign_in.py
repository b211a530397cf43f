"""Entra ID sign-in against a real OpenID provider running in the test (oidc-provider-mock: discovery,
JWKS, RS256-signed ID tokens, PKCE). The provider's user claims override ID token fields, which is how
these tests make it sign a token for another audience, an expired one or one with a replayed nonce.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from carecomms.audit.models import AuditEntry
from carecomms.settings import entra_app

pytestmark = pytest.mark.django_db

TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT_ID = "carecomms-test-client"
PRACTITIONERS_GROUP = "aaaaaaaa-0000-0000-0000-000000000001"
NORTH_GROUP = "aaaaaaaa-0000-0000-0000-000000000002"


@pytest.fixture
def provider(settings, team) -> Iterator[str]:
    from oidc_provider_mock import run_server_in_thread

    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"  # the provider is plain http on localhost
    with run_server_in_thread(require_nonce=True) as server:
        url = f"http://localhost:{server.server_port}"
        settings.ENTRA_TENANT_ID = TENANT
        settings.ENTRA_GROUP_ROLES = {PRACTITIONERS_GROUP: "practitioner"}
        settings.ENTRA_GROUP_TEAMS = {NORTH_GROUP: team.name}
        settings.SOCIALACCOUNT_PROVIDERS = {
            "openid_connect": {"OAUTH_PKCE_ENABLED": True, "APPS": [entra_app(url, CLIENT_ID, "test-secret")]}
        }
        yield url


def claims(object_id: str, **extra: object) -> dict[str, object]:
    return {"tid": TENANT, "oid": object_id, "groups": [PRACTITIONERS_GROUP, NORTH_GROUP],
            "name": "Dee Okafor", "given_name": "Dee", "family_name": "Okafor",
            "preferred_username": "dee.okafor@council.example", "email": "dee.okafor@council.example",
            **extra}


def set_provider_user(provider: str, sub: str, user_claims: dict[str, object]) -> None:
    httpx.put(f"{provider}/users/{sub}", json=user_claims).raise_for_status()


def authorise_at_provider(client, sub: str) -> str:
    """Start sign-in, approve it at the provider as `sub`; return our callback URL (path + query)."""
    start = client.post(reverse("openid_connect_login", kwargs={"provider_id": "entra"}))
    assert start.status_code == 302, start.content
    authorize_url = start["Location"]
    assert "nonce=" in authorize_url and "code_challenge=" in authorize_url
    approved = httpx.post(authorize_url, data={"sub": sub})
    assert approved.status_code == 302, approved.text
    callback = urlsplit(approved.headers["location"])
    return f"{callback.path}?{callback.query}"


def signed_in_user(client):
    page = client.get(reverse("web:caseload"))
    return page.wsgi_request.user if page.status_code == 200 else None


def test_first_sign_in_creates_the_user_keyed_on_tenant_and_object_id(client, provider, team):
    set_provider_user(provider, "dee", claims("oid-dee"))
    response = client.get(authorise_at_provider(client, "dee"))
    assert response.status_code == 302 and response["Location"] == reverse("web:caseload")
    user = signed_in_user(client)
    assert user is not None, "an SSO user needs no local TOTP: the identity provider enforces MFA"
    assert (user.entra_tenant_id, user.entra_object_id) == (TENANT, "oid-dee")
    assert (user.role, user.team) == ("practitioner", team)
    assert not user.has_usable_password()
    assert AuditEntry.objects.filter(action="auth:signed_in", actor=user, detail__method="sso:entra").exists()


def test_second_sign_in_matches_the_same_user(client, provider):
    set_provider_user(provider, "dee", claims("oid-dee"))
    client.get(authorise_at_provider(client, "dee"))
    first = signed_in_user(client)
    client.post(reverse("logout"))
    client.get(authorise_at_provider(client, "dee"))
    assert signed_in_user(client) == first
    assert get_user_model().objects.filter(entra_object_id="oid-dee").count() == 1


def test_a_pre_provisioned_user_is_matched_on_tid_and_oid(client, provider, carol):
    carol.entra_tenant_id, carol.entra_object_id = TENANT, "oid-carol"
    carol.save()
    set_provider_user(provider, "carol", claims("oid-carol", email="someone-else@example.org"))
    client.get(authorise_at_provider(client, "carol"))
    assert signed_in_user(client) == carol


def test_same_email_but_different_object_id_is_not_matched(client, provider, alice):
    impostor = claims("oid-impostor", email=alice.email, preferred_username="alice")
    set_provider_user(provider, "impostor", impostor)
    client.get(authorise_at_provider(client, "impostor"))
    user = signed_in_user(client)
    assert user is not None and user != alice
    alice.refresh_from_db()
    assert alice.entra_object_id == ""


@pytest.mark.parametrize("bad_claims, refused_by", [
    ({"aud": "some-other-application"}, "allauth: audience"),
    ({"exp": int(time.time()) - 600, "iat": int(time.time()) - 4200}, "allauth: expiry"),
    ({"nonce": "nonce-from-another-sign-in"}, "ID token nonce does not match this sign-in"),
    ({"tid": "99999999-0000-0000-0000-000000000000"}, "ID token is from another tenant"),
])
def test_signed_tokens_that_fail_validation_are_refused(client, provider, bad_claims, refused_by):
    set_provider_user(provider, "dee", claims("oid-dee", **bad_claims))
    response = client.get(authorise_at_provider(client, "dee"))
    assert response.status_code == 401 and b"We could not sign you in" in response.content, refused_by
    assert signed_in_user(client) is None, refused_by
    assert not get_user_model().objects.filter(entra_object_id="oid-dee").exists(), refused_by
    if not refused_by.startswith("allauth"):  # our own checks say why in the audit trail
        assert AuditEntry.objects.filter(action="auth:sso_refused", detail__reason=refused_by).exists()


def test_a_replayed_callback_is_refused(client, provider):
    set_provider_user(provider, "dee", claims("oid-dee"))
    callback = authorise_at_provider(client, "dee")
    assert client.get(callback).status_code == 302
    client.post(reverse("logout"))
    replay = client.get(callback)  # same code, same state: the state was single-use
    assert replay.status_code == 401 and b"We could not sign you in" in replay.content
    assert signed_in_user(client) is None


def test_a_callback_from_another_browser_is_refused(client, provider, django_user_model):
    from django.test import Client

    set_provider_user(provider, "dee", claims("oid-dee"))
    victims_callback = authorise_at_provider(client, "dee")
    attacker = Client()
    response = attacker.get(victims_callback)  # the state is bound to the victim's session
    assert b"We could not sign you in" in response.content
    assert attacker.get(reverse("web:caseload")).status_code == 302


def test_no_mapped_role_group_means_no_account(client, provider):
    set_provider_user(provider, "visitor", claims("oid-visitor", groups=["unrelated-group"]))
    response = client.get(authorise_at_provider(client, "visitor"))
    assert b"do not have a CareComms account" in response.content
    assert not get_user_model().objects.filter(entra_object_id="oid-visitor").exists()
    assert AuditEntry.objects.filter(action="auth:sso_refused").exists()
