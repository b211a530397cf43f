"""What the whole-message category model looks at: a message's words and word pairs, the names the
message may use freely (the recipient's first name, the practitioner's) replaced by one placeholder so
that no person's name becomes evidence. Shared by tools/train_message_model.py and by screening, so both
see the same features."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

_WORDS = re.compile(r"[a-z']+")
NAME = "<name>"


def words(text: str, allowed_names: Collection[str] = ()) -> list[str]:
    return [NAME if word in allowed_names else word for word in _WORDS.findall(text.lower())]


def features(text: str, allowed_names: Collection[str] = ()) -> set[str]:
    found = words(text, allowed_names)
    return set(found) | {f"{first} {second}" for first, second in zip(found, found[1:], strict=False)}


def occurrences(text: str, feature: str) -> Iterator[tuple[int, int]]:
    """Where a feature (a word or a word pair) is written in the text, as (start, end) spans."""
    parts = [re.escape(part) for part in feature.split(" ")]
    pattern = r"(?<![a-z'])" + r"[^a-z']+".join(parts) + r"(?![a-z'])"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        yield match.span()
