"""Sign-in fixtures: a clean cache per test (rate limits and used TOTP codes live there)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

PASSWORD = "correct-horse-battery"  # what tests/conftest.make_user gives every persona


@pytest.fixture(autouse=True)
def clean_cache() -> Iterator[None]:
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def alice_totp(alice):
    """Alice with an authenticator app set up; returns her pyotp.TOTP."""
    import pyotp
    from allauth.mfa.totp.internal.auth import TOTP

    secret = pyotp.random_base32()
    TOTP.activate(alice, secret)
    return pyotp.TOTP(secret)
