"""Local accounts: password then a second factor, for every role; no enumeration; lockout, audited."""

from __future__ import annotations

import pytest
from django.urls import reverse

from carecomms.audit.models import AuditEntry
from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

PAGES_BEHIND_SIGN_IN = ["web:caseload", "web:exceptions", "sign_out_everywhere", "admin:index"]


def sign_in_with_password(client, username: str, password: str = PASSWORD):
    return client.post(reverse("account_login"), {"login": username, "password": password})


def test_password_alone_reaches_no_page_when_totp_is_set_up(client, alice, alice_totp):
    response = sign_in_with_password(client, "alice")
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    for name in PAGES_BEHIND_SIGN_IN:
        page = client.get(reverse(name))
        assert page.status_code == 302, name
        assert page["Location"].startswith((reverse("login"), reverse("admin:login"))), name


def test_the_admin_sign_in_is_allauths(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_password_and_wrong_code_is_refused_and_audited(client, alice, alice_totp):
    sign_in_with_password(client, "alice")
    wrong = f"{(int(alice_totp.now()) + 1) % 1_000_000:06d}"
    response = client.post(reverse("mfa_authenticate"), {"code": wrong})
    assert response.status_code == 200 and b"Incorrect code" in response.content
    assert client.get(reverse("web:caseload")).status_code == 302
    entry = AuditEntry.objects.filter(action="auth:sign_in_failed").last()
    assert entry.detail["stage"] == "second_factor" and entry.actor == alice


def test_password_and_code_signs_in(client, alice, alice_totp):
    sign_in_with_password(client, "alice")
    response = client.post(reverse("mfa_authenticate"), {"code": alice_totp.now()})
    assert response.status_code == 302
    assert client.get(reverse("web:caseload")).status_code == 200
    assert AuditEntry.objects.filter(action="auth:signed_in", actor=alice).exists()


@pytest.mark.parametrize("role", ["practitioner", "student_social_worker", "team_manager", "administrator",
                                  "data_protection_officer"])
@pytest.mark.django_db(transaction=True)  # allauth records the enrolment in an on_commit callback
def test_every_role_must_set_up_a_second_factor_first(client, team, role):
    import pyotp

    from tests.conftest import make_user

    make_user("sam", role, team)
    response = sign_in_with_password(client, "sam")
    assert response.status_code == 302
    for name in PAGES_BEHIND_SIGN_IN:
        page = client.get(reverse(name))
        assert page.status_code == 302 and page["Location"] == reverse("mfa_activate_totp"), name
    setup = client.get(reverse("mfa_activate_totp"))
    assert setup.status_code == 200
    secret = setup.context["form"].secret
    activated = client.post(reverse("mfa_activate_totp"), {"code": pyotp.TOTP(secret).now()})
    assert activated.status_code == 302
    assert client.get(reverse("sign_out_everywhere")).status_code == 200
    assert AuditEntry.objects.filter(action="auth:authenticator_added", actor__username="sam").exists()


def test_a_session_that_skipped_the_second_factor_is_signed_out(client, alice, alice_totp):
    client.force_login(alice)  # a session made without allauth's stages, as a bypass would
    response = client.get(reverse("web:caseload"))
    assert response.status_code == 302 and response["Location"] == reverse("login")
    assert client.get(reverse("web:caseload"))["Location"].startswith(reverse("login"))
    assert AuditEntry.objects.filter(action="auth:second_factor_bypass_refused", actor=alice).exists()


def test_unknown_user_and_wrong_password_look_the_same(client, alice):
    unknown = sign_in_with_password(client, "nobody-here", "whatever-password-1")
    wrong = sign_in_with_password(client, "alice", "not-her-password-1")
    assert unknown.status_code == wrong.status_code == 200
    assert unknown.context["form"].errors == wrong.context["form"].errors
    assert "not correct" in str(unknown.context["form"].errors)


def test_password_reset_page_does_not_reveal_accounts(client, alice):
    known = client.post(reverse("account_reset_password"), {"email": alice.email})
    unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_lockout_after_repeated_failures_is_audited_and_holds_even_with_the_right_password(
        client, settings, alice, alice_totp):
    for _ in range(settings.SIGN_IN_ATTEMPTS):
        sign_in_with_password(client, "alice", "not-her-password-1")
    failures = AuditEntry.objects.filter(action="auth:sign_in_failed", actor=alice)
    assert failures.count() == settings.SIGN_IN_ATTEMPTS
    locked = sign_in_with_password(client, "alice")
    assert locked.status_code == 200 and "Too many failed" in str(locked.context["form"].errors)
    assert AuditEntry.objects.filter(action="auth:locked_out", actor=alice).exists()
    # An unknown username locks out the same way, so lockout reveals nothing either.
    for _ in range(settings.SIGN_IN_ATTEMPTS + 1):
        response = sign_in_with_password(client, "nobody-here", "whatever-password-1")
    assert "Too many failed" in str(response.context["form"].errors)


def test_sign_up_is_closed(client):
    response = client.get(reverse("account_signup"))
    assert b"do not have a CareComms account" in response.content
