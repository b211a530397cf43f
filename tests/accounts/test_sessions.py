"""Inactivity timeout, sign out everywhere, and the test helper that signs in with both factors."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from carecomms.accounts.testing import login_with_mfa
from carecomms.audit.models import AuditEntry
from tests.conftest import WORKING_NOW

pytestmark = pytest.mark.django_db


def test_login_with_mfa_gives_a_session_that_reaches_pages(client, alice):
    login_with_mfa(client, alice)
    assert client.get(reverse("web:caseload")).status_code == 200


def test_session_expires_after_thirty_minutes_idle_but_not_while_active(alice):
    with time_machine.travel(WORKING_NOW, tick=False) as traveller:
        client = Client()
        login_with_mfa(client, alice)
        for _ in range(3):  # activity keeps it alive well past 30 minutes in total
            traveller.shift(timedelta(minutes=25))
            assert client.get(reverse("web:caseload")).status_code == 200
        traveller.shift(timedelta(minutes=31))
        response = client.get(reverse("web:caseload"))
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_idle_timeout_is_configurable(settings, alice):
    settings.SESSION_COOKIE_AGE = 5 * 60
    with time_machine.travel(WORKING_NOW, tick=False) as traveller:
        client = Client()
        login_with_mfa(client, alice)
        traveller.shift(timedelta(minutes=6))
        assert client.get(reverse("web:caseload")).status_code == 302


def test_sign_out_everywhere_ends_every_session(alice, bob):
    laptop, phone, bobs = Client(), Client(), Client()
    for client, user in [(laptop, alice), (phone, alice), (bobs, bob)]:
        login_with_mfa(client, user)
    response = laptop.post(reverse("sign_out_everywhere"))
    assert response.status_code == 302 and response["Location"] == reverse("login")
    assert laptop.get(reverse("web:caseload")).status_code == 302
    on_phone = phone.get(reverse("web:caseload"))
    assert on_phone.status_code == 302 and on_phone["Location"] == reverse("login")
    assert phone.get(reverse("web:caseload")).status_code == 302  # stays signed out
    assert bobs.get(reverse("web:caseload")).status_code == 200  # other people are untouched
    assert AuditEntry.objects.filter(action="auth:signed_out_everywhere", actor=alice).count() == 1
    again = Client()
    login_with_mfa(again, alice)  # a new sign-in after that is fine
    assert again.get(reverse("web:caseload")).status_code == 200


def test_sign_out_everywhere_needs_a_post_with_csrf(alice):
    client = Client(enforce_csrf_checks=True)
    login_with_mfa(client, alice)
    assert client.post(reverse("sign_out_everywhere")).status_code == 403
    assert client.get(reverse("web:caseload")).status_code == 200
