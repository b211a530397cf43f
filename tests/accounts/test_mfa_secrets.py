"""Second-factor secrets are sealed at rest, survive key rotation, and lockouts are shared (issue 9)."""

from __future__ import annotations

import json
import os

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from carecomms import crypto
from carecomms.accounts.mfa_secrets import reseal_authenticators
from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

OLD_SPEC = crypto.generate_key_spec("k2025")
NEW_SPEC = crypto.generate_key_spec("k2026")


def raw_data(authenticator: Authenticator) -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator WHERE id = %s", [authenticator.pk])
        value = cursor.fetchone()[0]
    return json.loads(value) if isinstance(value, str) else value


def sign_in(client, username: str, code: str):
    client.post(reverse("account_login"), {"login": username, "password": PASSWORD})
    return client.post(reverse("mfa_authenticate"), {"code": code})


def test_a_totp_key_set_up_through_the_page_is_sealed_and_still_signs_in(client, alice):
    client.post(reverse("account_login"), {"login": "alice", "password": PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    client.post(reverse("mfa_activate_totp"), {"code": pyotp.TOTP(secret).now()})
    stored = Authenticator.objects.get(user=alice, type=Authenticator.Type.TOTP)
    raw = raw_data(stored)
    assert crypto.is_token(raw["secret"]) and secret not in json.dumps(raw)
    recovery = Authenticator.objects.get(user=alice, type=Authenticator.Type.RECOVERY_CODES)
    assert crypto.is_token(raw_data(recovery)["seed"])

    client.post(reverse("account_logout"))
    caches["default"].clear()  # forget that this code was just used (replays are refused)
    signed_in = sign_in(client, "alice", pyotp.TOTP(secret).now())
    assert signed_in.status_code == 302
    assert client.get(reverse("web:caseload")).status_code == 200


def test_secrets_stored_before_sealing_are_sealed_and_rotation_reseals_them(settings, alice):
    settings.ENCRYPTION_KEYS = OLD_SPEC
    secret = pyotp.random_base32()
    legacy = Authenticator.objects.create(user=alice, type=Authenticator.Type.TOTP, data={"secret": secret})
    assert reseal_authenticators(Authenticator.objects.all()) == 1
    assert crypto.token_key_id(raw_data(legacy)["secret"]) == "k2025"
    assert reseal_authenticators(Authenticator.objects.all()) == 0  # idempotent

    settings.ENCRYPTION_KEYS = f"{NEW_SPEC},{OLD_SPEC}"
    call_command("rotate_keys", stdout=open(os.devnull, "w"))
    assert crypto.token_key_id(raw_data(legacy)["secret"]) == "k2026"

    settings.ENCRYPTION_KEYS = NEW_SPEC  # the old key is retired; the authenticator still works
    assert TOTP(Authenticator.objects.get(pk=legacy.pk)).validate_code(pyotp.TOTP(secret).now())


def test_lockout_lives_in_the_shared_database_cache(client, settings, alice, alice_totp):
    """What production uses by default: another process reading the same table sees the lockout."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                                   "LOCATION": "carecomms_cache"}}
    caches["default"].clear()
    for _ in range(settings.SIGN_IN_ATTEMPTS):
        client.post(reverse("account_login"), {"login": "alice", "password": "not-her-password-1"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM carecomms_cache")
        assert cursor.fetchone()[0] > 0
    caches.close_all()
    fresh_client = client.__class__()  # no cookies: a different browser, as another worker would see it
    locked = fresh_client.post(reverse("account_login"), {"login": "alice", "password": PASSWORD})
    assert "Too many failed" in str(locked.context["form"].errors)
