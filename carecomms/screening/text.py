"""Shared text helpers. Normalisation never changes a string's length, so every span found in the
normalised text is also the right span in the original."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


# The words a message or a letter opens with, before the names it greets ("Dear Mr Haddad,", "Hiya Jo!"): one list for
# the outbound salutation, the consent reader's salutation and the question reader's greeting prefix. Lower case: each
# pattern that uses it reads it case-insensitively.
GREETING_WORDS = r"(?:dear|hi+|hiya|hello|hey|good (?:morning|afternoon|evening)|morning|afternoon|evening)"


def normalise(text: str) -> str:
    return text if text.isascii() else text.translate(_SAME_LENGTH)  # every character replaced is non-ASCII


def terms_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any term as whole words (terms are regex fragments)."""
    alternation = "|".join(f"(?:{term})" for term in terms)
    return re.compile(rf"(?<![\w'])(?:{alternation})(?![\w])", re.IGNORECASE)


# Possessives that point at a person, as practitioners type them ("your", "ur", "her", "Kyle's", "mums").
PERSON_POSSESSIVE = (
    r"(?:your|ur|yr|his|her|their|(?:[a-z]+'s)|(?:mums|dads|nans|partners|sons|daughters|brothers|sisters))"
)
