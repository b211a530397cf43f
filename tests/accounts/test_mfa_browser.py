"""The second-factor pages in a real browser: TOTP sign-in, and a security key (WebAuthn) added and used.

Chromium's virtual authenticator (DevTools protocol) stands in for a hardware key, so allauth's own
WebAuthn JavaScript and fido2's checks run for real. Every page is checked with axe at 320 px.
"""

from __future__ import annotations

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from tests.accounts.conftest import PASSWORD
from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def type_password(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()


def add_virtual_security_key(page) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send("WebAuthn.addVirtualAuthenticator", {"options": {
        "protocol": "ctap2", "transport": "usb", "hasResidentKey": True,
        "hasUserVerification": True, "isUserVerified": True, "automaticPresenceSimulation": True,
    }})


def test_sign_in_with_password_and_authenticator_code(page, alice):
    secret = pyotp.random_base32()
    TOTP.activate(alice, secret)
    type_password(page, "alice")
    page.wait_for_url("**/2fa/authenticate/**")
    assert_accessible(page, "second-factor page")
    page.get_by_label("Code").fill(pyotp.TOTP(secret).now())
    page.keyboard.press("Enter")
    page.wait_for_url("**/caseload/**")


def test_a_security_key_is_added_and_then_signs_in(page, alice):
    secret = pyotp.random_base32()
    TOTP.activate(alice, secret)
    add_virtual_security_key(page)
    type_password(page, "alice")
    page.wait_for_url("**/2fa/authenticate/**")
    page.get_by_label("Code").fill(pyotp.TOTP(secret).now())
    page.keyboard.press("Enter")
    page.wait_for_url("**/caseload/**")

    page.goto("/accounts/2fa/")
    assert_accessible(page, "second-factor overview")
    page.goto("/accounts/2fa/webauthn/add/")
    page.wait_for_url("**/reauthenticate/**")  # adding a key always asks for the password again
    assert_accessible(page, "confirm your password")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/2fa/webauthn/add/**")
    assert_accessible(page, "add a security key")
    page.get_by_label("Name").fill("Blue key")
    page.get_by_role("button", name="Add").click()
    # The first key comes with recovery codes, shown once so they can be saved.
    page.wait_for_url("**/2fa/recovery-codes/**")
    codes = page.get_by_label("Unused codes").input_value().split()
    assert len(codes) == 10 and all(code.isalnum() for code in codes)
    assert_accessible(page, "recovery codes")
    assert Authenticator.objects.filter(user=alice, type=Authenticator.Type.WEBAUTHN).count() == 1
    page.goto("/accounts/2fa/webauthn/")
    assert page.get_by_role("heading", name="Blue key").is_visible()
    assert_accessible(page, "security keys")

    page.get_by_role("button", name="Sign out", exact=True).click()  # the header's
    page.wait_for_url("**/accounts/login/**")
    type_password(page, "alice")
    page.wait_for_url("**/2fa/authenticate/**")
    page.get_by_role("button", name="Use a security key").click()
    page.wait_for_url("**/caseload/**")
