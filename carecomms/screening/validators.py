"""Checksums and format rules for UK identifiers, so a number is only called an NHS or NI number
when it could really be one."""

from __future__ import annotations

import re

_NON_DIGITS = re.compile(r"\D")

# HMRC: first letter never D, F, I, Q, U, V; second never D, F, I, O, Q, U, V; some pairs never issued.
_NI_SHAPE = re.compile(r"^([A-Z]{2})(\d{6})([A-D])?$")
_NI_BAD_FIRST = set("DFIQUV")
_NI_BAD_SECOND = set("DFIOQUV")
_NI_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def digits_only(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def nhs_number_is_valid(candidate: str) -> bool:
    """Modulus 11 check used by NHS England. Numbers in the 999 range are the NHS's published test
    numbers; they pass the same check and are treated as NHS numbers (a message containing one is
    still sending something shaped like a patient identifier)."""
    digits = digits_only(candidate)
    if len(digits) != 10 or len(set(digits)) == 1:  # 0000000000 and friends pass mod 11 but are never issued
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def nhs_number_is_test_range(candidate: str) -> bool:
    return digits_only(candidate).startswith("999")


def ni_number_is_valid(candidate: str) -> bool:
    """National Insurance number format rules (prefix letters, six digits, optional suffix A-D)."""
    compact = re.sub(r"[\s-]", "", candidate.upper())
    match = _NI_SHAPE.match(compact)
    if not match:
        return False
    prefix = match.group(1)
    if prefix[0] in _NI_BAD_FIRST or prefix[1] in _NI_BAD_SECOND or prefix in _NI_BAD_PREFIXES:
        return False
    return True


_POSTCODE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})$"
)


def uk_postcode_is_valid(candidate: str) -> bool:
    """Full UK postcode (outward and inward code) in Royal Mail's letter rules."""
    return bool(_POSTCODE.match(candidate.upper().strip()))


def luhn_is_valid(candidate: str) -> bool:
    digits = digits_only(candidate)
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for index, digit in enumerate(reversed(digits)):
        value = int(digit)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# DVLA's current format (since 2001): a two-letter memory tag (never I, Q or Z; the first never U either),
# a two-digit age identifier (March 02-29, September 51-79), three random letters (never I or Q).
_CURRENT_REGISTRATION = re.compile(r"^[A-HJ-PR-Y][A-HJ-PR-Y](0[2-9]|[12]\d|5[1-9]|[67]\d) ?[A-HJ-PR-Z]{3}$")
# Prefix (A123 BCD, 1983-2001) and suffix (ABC 123D, 1963-1983) plates: only with a word saying it is a car's.
_OLDER_REGISTRATION = re.compile(r"^(?:[A-HJ-NPR-Y]\d{1,3} ?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NPR-Y])$")


def uk_registration_is_valid(candidate: str, *, older_formats: bool = False) -> bool:
    """A UK vehicle registration in DVLA's current format (and, when asked, the older prefix and suffix ones)."""
    compact = candidate.upper().strip()
    return bool(_CURRENT_REGISTRATION.match(compact) or (older_formats and _OLDER_REGISTRATION.match(compact)))
