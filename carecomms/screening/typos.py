"""Misspellings of lexicon words ("methodone", "confrence", "mental helth"), read as the word meant.

Practitioners type fast on phones, and the held-out messages are full of one-slip typos. Rather than
list misspellings by hand, every distinctive lexicon word (six letters or more) is expanded at import
into its one-slip variants: a letter dropped, two neighbours swapped, a letter doubled, or (seven
letters or more) one vowel swapped for another. A variant that is itself an ordinary English word
("remind" from "remand", "charge" from "charged") is not a misspelling and is left out: those are
listed in ``lexicon.TYPO_REAL_WORDS``, checked against an English word list by
``tests/screening/test_typos.py`` when pyspellchecker is installed.

When a message contains a variant, screening runs on a copy with the word spelled properly and maps
every span back to the original, so the compose box still highlights exactly what was typed.
Pure: no I/O, built once at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre
from re import _parser as sre_parse

_VOWELS = "aeiou"
_WORD = re.compile(r"[A-Za-z]+")
_MAX_EXPANSIONS = 64
MIN_LENGTH = 6
MIN_LENGTH_VOWEL_SWAP = 7


def expand(term: str) -> set[str]:
    """The finite texts a lexicon fragment matches, or as many as are cheap to list; fragments with
    open-ended parts (``\\w*``, digits) give only their fixed words. Lookarounds are ignored."""
    try:
        parsed = sre_parse.parse(term, re.IGNORECASE)
    except re.error:
        return set()
    return {text for text in _expand(list(parsed.data)) if text}


def _expand(items: list) -> set[str]:
    texts = {""}
    for op, av in items:
        if op == sre.LITERAL:
            texts = {text + chr(av).lower() for text in texts}
        elif op == sre.SUBPATTERN:
            texts = {a + b for a in texts for b in _expand(list(av[-1]))}
        elif op == sre.BRANCH:
            options = set().union(*(_expand(list(alternative)) for alternative in av[1]))
            texts = {a + b for a in texts for b in options}
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            options = _expand(list(av[2])) | {""}
            texts = {a + b for a in texts for b in options}
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op == sre.IN and all(member == sre.LITERAL for member, _ in av) and len(av) <= 4:
            texts = {text + chr(value).lower() for text in texts for _, value in av}
        else:
            texts = {text + " " for text in texts}  # an open part ends the word before it
        if len(texts) > _MAX_EXPANSIONS:
            return set()
    return texts


def words_of(terms: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for term in terms:
        for text in expand(term):
            words.update(word for word in _WORD.findall(text) if len(word) >= MIN_LENGTH)
    return words


def variants(word: str) -> set[str]:
    """One-slip misspellings of ``word``; the first letter is always kept (people rarely miss it)."""
    found: set[str] = set()
    for i in range(1, len(word)):
        found.add(word[:i] + word[i + 1 :])  # dropped
        if i < len(word) - 1 and word[i] != word[i + 1]:
            found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
        found.add(word[:i] + word[i] + word[i:])  # doubled
        if len(word) >= MIN_LENGTH_VOWEL_SWAP and word[i] in _VOWELS:
            found.update(word[:i] + vowel + word[i + 1 :] for vowel in _VOWELS)
    found.discard(word)
    return found


def build(words: Iterable[str], real_words: Iterable[str]) -> dict[str, str]:
    """Variant -> the word meant. A variant shared by two words, or that is a real word, is dropped."""
    canonical = set(words)
    excluded = {word.lower() for word in real_words} | canonical
    table: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in sorted(canonical):
        for variant in variants(word):
            if variant in excluded:
                continue
            if variant in table and table[variant] != word:
                ambiguous.add(variant)
            table[variant] = word
    for variant in ambiguous:
        del table[variant]
    return table


class Corrected:
    """A message with its misspellings fixed, and the way back from its positions to the original's."""

    __slots__ = ("text", "_edits")

    def __init__(self, text: str, edits: list[tuple[int, int, int, int]]):
        self.text = text
        self._edits = edits  # (original start, original end, corrected start, corrected end)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self._position(start, at_end=False), self._position(end, at_end=True)

    def _position(self, position: int, *, at_end: bool) -> int:
        shift = 0
        for original_start, original_end, corrected_start, corrected_end in self._edits:
            if position < corrected_start or (at_end and position == corrected_start):
                break
            if position < corrected_end or (at_end and position == corrected_end):
                return original_end if at_end else original_start
            shift = original_end - corrected_end
        return position + shift


def correct(text: str, table: dict[str, str], keep: set[str]) -> Corrected | None:
    """The message with each misspelt word replaced (case of the first letter kept), or None if none is.
    Words in ``keep`` (the recipient's and practitioner's names) are never changed."""
    if table.keys().isdisjoint(_WORD.findall(text.lower())):  # the usual case, decided in C
        return None
    edits: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    last = 0
    shift = 0
    for match in _WORD.finditer(text):
        word = match.group()
        folded = word.lower()
        meant = table.get(folded)
        if meant is None or folded in keep:
            continue
        if word[0].isupper():
            meant = meant[0].upper() + meant[1:]
        start, end = match.span()
        pieces.append(text[last:start])
        pieces.append(meant)
        edits.append((start, end, start + shift, start + shift + len(meant)))
        shift += len(meant) - len(word)
        last = end
    if not edits:
        return None
    pieces.append(text[last:])
    return Corrected("".join(pieces), edits)
