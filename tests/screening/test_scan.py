"""The PatternIndex is only an accelerator: it must find exactly what ``pattern.finditer`` finds.

``fold`` (the lower-casing the index looks words up with) must keep every string's length and which
characters are word characters, or spans found in the folded text would point at the wrong place; this
is checked over every code point. The index itself is checked against plain ``re`` for every pattern
the screening registers, over every labelled message we hold and over generated text built from the
patterns' own words, with awkward Unicode (İ, ı, ſ, the Kelvin sign, curly quotes, emoji) mixed in.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carecomms.screening import inbound, outbound
from carecomms.screening.scan import PatternIndex, Scan, _pieces, fold
from carecomms.screening.text import normalise

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
INDEXES = {"inbound": inbound._INDEX, "outbound": outbound._INDEX}
_WORD_CHAR = re.compile(r"\w")


def _labelled_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")) + sorted(SHARED.glob("*.jsonl")):
        texts.extend(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return texts


def _vocabulary(index: PatternIndex) -> list[str]:
    """The words and phrase beginnings the index keys on (every alternative's literal starts), and
    the words of our labelled messages, so generated text often comes close to a match."""
    words: set[str] = set()
    for group in index.groups:
        for _, _, starts, _ in group.plans:
            for text, _, _ in starts:
                words.add(text.strip())
                words.update(re.findall(r"[\w']+", text))
    for text in _labelled_texts():
        words.update(re.findall(r"[\w']+", text.casefold()))
    return sorted(word for word in words if word)


def _assert_same_matches(index: PatternIndex, text: str, pos: int = 0, endpos: int | None = None) -> None:
    scan = Scan(index, text)
    for group in index.groups:
        end = len(text) if endpos is None else endpos
        expected = [(m.span(), m.group()) for m in group.pattern.finditer(text, pos, end)]
        found = [(m.span(), m.group()) for m in scan.finditer(group, pos, endpos)]
        assert found == expected, (group.pattern.pattern[:120], text)
        # possible() answers for the whole message; an end cut inside a word ("benefit|number") makes a
        # word re can match that the message does not have.
        cut = 0 < end < len(text) and bool(_WORD_CHAR.match(text[end - 1]) and _WORD_CHAR.match(text[end]))
        if not scan.possible(group) and not cut:
            assert expected == [], (group.pattern.pattern[:120], text)


def test_fold_keeps_length_and_word_characters_over_every_code_point() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = fold(char)
        assert len(folded) == 1, hex(code)
        assert bool(_WORD_CHAR.match(folded)) == bool(_WORD_CHAR.match(char)), hex(code)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fold_keeps_the_length_of_any_text(text: str) -> None:
    assert len(fold(text)) == len(text)
    assert len(normalise(text)) == len(text)


@pytest.mark.parametrize("name", sorted(INDEXES))
def test_index_finds_what_finditer_finds_on_every_labelled_message(name: str) -> None:
    index = INDEXES[name]
    for text in _labelled_texts():
        clean = normalise(text)
        _assert_same_matches(index, clean)
        _assert_same_matches(index, clean.upper())


_TRICKY = ["\u0130", "\u0131", "\u017f", "\u212a", "\u2019", "'", "-", " ", "  ", ".", ",", "!", "?", "\n", "😂", "👍",
           "0", "7", "07700 900123", "é", "ß", "x", "'s", "@", "/", ":"]


def _messages(index: PatternIndex) -> st.SearchStrategy[str]:
    vocabulary = _vocabulary(index)
    token = st.one_of(
        st.sampled_from(vocabulary),
        st.sampled_from(vocabulary).map(str.upper),
        st.sampled_from(vocabulary).map(str.title),
        st.sampled_from(_TRICKY),
        st.text(max_size=3),
    )
    separator = st.sampled_from([" ", " ", " ", " ", "", ", ", ". ", "'", "-", "\n", "  "])
    return st.lists(st.tuples(token, separator), max_size=20).map(lambda parts: "".join(a + b for a, b in parts))


@pytest.mark.parametrize("name", sorted(INDEXES))
def test_index_finds_what_finditer_finds_on_generated_text(name: str) -> None:
    index = INDEXES[name]

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_messages(index), st.integers(0, 10), st.integers(0, 10))
    def check(text: str, start: int, cut: int) -> None:
        _assert_same_matches(index, text)
        pos = min(start, len(text))
        _assert_same_matches(index, text, pos, max(pos, len(text) - cut))

    check()


@pytest.mark.parametrize(
    ("source", "pieces"),
    [
        (r"a|b", ["a", "b"]),
        (r"x(?:a|b)y", ["x(?:a)y", "x(?:b)y"]),
        (r"(?P<n>a|b)c", ["(?P<n>a)c", "(?P<n>b)c"]),
        (r"(?i:a|b)c", ["(?i:a)c", "(?i:b)c"]),
        (r"[|]a|b", ["[|]a", "b"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"\b(?!no|nay)(?:a|b)", [r"\b(?!no|nay)(?:a)", r"\b(?!no|nay)(?:b)"]),
        (r"x(?:a|b)?y", []),  # a repeated group may mix its branches
        (r"x(?:a|b){2}y", []),
        (r"x(?=a|b)y", []),  # lookarounds and atomic groups do not distribute
        (r"(?>a|b)c", []),
        (r"(a)|\1", []),  # nor do back-references
        (r"\|a", []),
        (r"(?x)a | b", []),
    ],
)
def test_pieces_split_only_where_the_pattern_is_their_union(source: str, pieces: list[str]) -> None:
    assert _pieces(re.compile(source)) == pieces


def test_a_split_pattern_gives_its_own_matches() -> None:
    index = PatternIndex()
    group = index.pattern(re.compile(r"\b(?:(?P<near>near|by) the (?P<place>church|park)|(?P<owner>[a-z]+)'s house)\b"))
    assert group.rerun and len(group.alternatives) == 2
    text = "Meet near the park, then by the church or at kim's house"
    found = [(m.span(), m.groupdict(), m.re is group.pattern) for m in index.scan(text).finditer(group)]
    assert found == [(m.span(), m.groupdict(), True) for m in group.pattern.finditer(text)]
    assert len(found) == 3
