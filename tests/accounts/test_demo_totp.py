"""The demo second factor: a known code outside production, nothing at all under production."""

from __future__ import annotations

import pyotp
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.urls import reverse

from carecomms.accounts.demo import demo_totp_secret, ensure_demo_authenticator
from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_demo_code_signs_a_demo_user_in(client, alice, capsys):
    ensure_demo_authenticator(alice)
    ensure_demo_authenticator(alice)  # idempotent
    call_command("demo_totp", "alice")
    code = capsys.readouterr().out.strip()
    assert code == pyotp.TOTP(demo_totp_secret("alice")).now()
    client.post(reverse("account_login"), {"login": "alice", "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.get(reverse("web:caseload")).status_code == 200


def test_demo_totp_refuses_users_without_the_demo_secret(alice):
    with pytest.raises(CommandError, match="no demo authenticator"):
        call_command("demo_totp", "alice")


def test_nothing_demo_works_under_production(settings, alice):
    settings.PRODUCTION = True
    with pytest.raises(ImproperlyConfigured):
        ensure_demo_authenticator(alice)
    with pytest.raises(CommandError, match="production"):
        call_command("demo_totp", "alice")
