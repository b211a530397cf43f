"""Second-factor secrets (TOTP keys, recovery-code seeds) are sealed at rest like message bodies.

django-allauth stores them in `Authenticator.data` and calls the MFA adapter's `encrypt`/`decrypt`
hooks around them; these functions are what the hooks call, and what key rotation and the
migration that introduced sealing use to re-seal the rows already stored.
"""

from __future__ import annotations

from typing import Any

from carecomms.crypto import decrypt_text, encrypt_text, is_token, needs_rotation

# Which key of `Authenticator.data` holds the secret, per authenticator type (allauth's layout).
SECRET_KEYS: dict[str, str] = {"totp": "secret", "recovery_codes": "seed"}


def seal_secret(plaintext: str) -> str:
    return encrypt_text(plaintext)


def open_secret(stored: str) -> str:
    """Read a sealed secret; a value stored before sealing existed is still read (and re-sealed later)."""
    return decrypt_text(stored) if is_token(stored) else stored


def reseal_authenticators(authenticators: Any) -> int:
    """Seal every plaintext secret, and re-seal those under an old key; returns how many changed.

    `authenticators` is a queryset of allauth's Authenticator (historical or real model), so the
    migration and `rotate_keys` share this one loop.
    """
    resealed = 0
    for authenticator in authenticators.filter(type__in=list(SECRET_KEYS)).iterator():
        key = SECRET_KEYS[authenticator.type]
        stored = (authenticator.data or {}).get(key)
        if not stored or (is_token(stored) and not needs_rotation(stored)):
            continue
        authenticator.data = {**authenticator.data, key: seal_secret(open_secret(stored))}
        authenticator.save(update_fields=["data"])
        resealed += 1
    return resealed
