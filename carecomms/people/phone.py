"""Phone numbers: parsed and stored as E.164 with `phonenumbers`.

Ofcom's drama ranges (07700 900xxx, 020 7946 0xxx, 020 8496 0xxx) are *possible* but not *valid*
numbers; demo and test settings accept them (CARECOMMS_ACCEPT_DRAMA_NUMBERS) so that no real
person's number ever appears in demo data, without weakening validation in production.
"""

from __future__ import annotations

import re

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError

_DRAMA_RANGES = (
    re.compile(r"^\+447700900\d{3}$"),
    re.compile(r"^\+44207946\d{4}$"),
    re.compile(r"^\+44208496\d{4}$"),
)


def is_drama_number(e164: str) -> bool:
    return any(pattern.match(e164) for pattern in _DRAMA_RANGES)


def normalise_number(raw: str, region: str = "GB") -> str:
    """Return the E.164 form of `raw`, or raise ValidationError with a sentence a person can act on."""
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("Enter a phone number, like 07700 900123 or +44 7700 900123") from exc
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(parsed):
        return e164
    if settings.ACCEPT_DRAMA_NUMBERS and phonenumbers.is_possible_number(parsed) and is_drama_number(e164):
        return e164
    raise ValidationError("Enter a real mobile number, like 07700 900123")


def validate_e164(value: str) -> None:
    if normalise_number(value) != value:
        raise ValidationError("Phone numbers are stored in E.164 form, like +447700900123")


def mask_number(e164: str) -> str:
    """Shown in lists: 07700 9•••12. The full number appears only where it is needed."""
    try:
        national = phonenumbers.format_number(phonenumbers.parse(e164, "GB"), phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return "•••"
    digits = national.replace(" ", "")
    if len(digits) < 8:
        return "•••"
    return f"{digits[:5]} {digits[5]}•••{digits[-2:]}"
