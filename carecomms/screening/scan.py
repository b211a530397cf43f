"""Run many patterns over a short message quickly, with exactly the results of ``pattern.finditer``.

Screening asks a few dozen questions of every message, several of them alternations of hundreds of
phrases, and Python's ``re`` tries every alternative at every position of the text: most of the time
goes on phrases whose first word is nowhere in the message. So at import each pattern (and each phrase
of an alternation on its own) is read with the standard library's own regular-expression parser for

- the literal text every match must start with, when the match starts at a word ("your mood",
  "psychiatr…"), or
- failing that, a word every match must contain and how many words can come before it in the match
  ("\\w+ clinic": the word *clinic*, at most one word before it).

Scanning a message splits it into words once and looks each word up; a pattern is then only tried
(with ``pattern.match``) at the positions where it can start, in the order ``finditer`` would try it,
so the matches are the same ones. A single pattern that is one big alternation ("near the church|…")
is indexed branch by branch and run itself only where a branch matches, so a position costs the
branches that can start there rather than all of them. Anything the analysis cannot bound is simply run
in full. The equivalence is checked in ``tests/screening/test_scan.py`` over every labelled message and
generated text. Pure: no I/O, built once at import.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import accumulate, pairwise
from re import _constants as sre  # the stdlib parser's own vocabulary; read once at import
from re import _parser as sre_parse
from typing import NamedTuple

# Characters that re.IGNORECASE equates with an ASCII letter although str.lower() does not (U+0130
# also lowers to two characters). Folding them keeps the folded text the same length as the original.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_WORD = re.compile(r"\w+")
_WORDS = re.compile(r"(\w+)")  # split: [gap, word, gap, word, …, gap]
_DIGIT = re.compile(r"\d")
_IS_WORD_CHAR = re.compile(r"\w")
_MAX_STARTS = 512  # literal starts per pattern before the analysis stops extending them
_UNBOUNDED = 10**6
_REPEATS = tuple(
    getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name)
)
_GROUPS = tuple(getattr(sre, name) for name in ("SUBPATTERN", "ATOMIC_GROUP") if hasattr(sre, name))
_NONWORD_CATEGORIES = {sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_LINEBREAK}
_WORD_CATEGORIES = {sre.CATEGORY_WORD, sre.CATEGORY_DIGIT}


def fold(text: str) -> str:
    """Lower case as re.IGNORECASE sees it, same length as ``text`` and with the same characters being
    word characters (tests/screening/test_scan.py checks both over every code point)."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


@cache  # asked about the same few characters millions of times at import
def _is_word(char: str) -> bool:
    return bool(_IS_WORD_CHAR.match(char))


# --- analysis (import time only) ------------------------------------------------------------------

# A partial start: (literal text so far, folded; guarded: the character before the match cannot be a
# word character; ended: a (?!\w) has been passed, so the word cannot go on).
_State = tuple[str, bool, bool]
# A finished start: (literal text, guarded, a word character may follow the text).
_Start = tuple[str, bool, bool]
# An index entry: (the word or stem, the literal the text must start with there, group, alternative,
# mode, words before an anchor).
_Entry = tuple[str, str, int, int, int, int]


def _body(op: object, av: object) -> list:
    return av[-1] if op in _GROUPS and op == sre.SUBPATTERN else av  # type: ignore[index,return-value]


def _class_chars(members: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in members:
        if op == sre.LITERAL:
            chars.add(fold(chr(av)))
        elif op == sre.RANGE and av[1] - av[0] < 10:
            chars.update(fold(chr(code)) for code in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= 8 else None


def _class_may_be(members: list, word: bool) -> bool:
    """Can this character class match a word character (word=True) or a non-word one (word=False)?"""
    for op, av in members:
        if op == sre.NEGATE:
            return True
        if op == sre.LITERAL and _is_word(chr(av)) == word:
            return True
        if op == sre.RANGE:
            if any(_is_word(chr(code)) == word for code in range(av[0], min(av[1], av[0] + 512) + 1)):
                return True
            if av[1] - av[0] > 512:
                return True
        if op == sre.CATEGORY:
            if word and av not in _NONWORD_CATEGORIES:
                return True
            if not word and av not in _WORD_CATEGORIES:
                return True
    return False


def _atom_may_be(op: object, av: object, word: bool) -> bool:
    if op == sre.LITERAL:
        return _is_word(chr(av)) == word  # type: ignore[arg-type]
    if op == sre.IN:
        return _class_may_be(av, word)  # type: ignore[arg-type]
    if op == sre.CATEGORY:
        return _class_may_be([(op, av)], word)
    return True  # ANY, NOT_LITERAL, back-references…


def _is_word_class(items: list) -> bool:
    """Is this lookaround body a single class that includes \\w (as in (?<![\\w']) or (?!\\w))?"""
    if len(items) != 1:
        return False
    op, av = items[0]
    members = av if op == sre.IN else [(op, av)] if op == sre.CATEGORY else []
    return any(m == (sre.CATEGORY, sre.CATEGORY_WORD) for m in members) and (sre.NEGATE, None) not in members


def _zero_width(op: object) -> bool:
    return op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _starts(items: list, states: set[_State]) -> tuple[set[_Start], set[_State]]:
    """Literal texts every match of ``items`` starts with, continuing each of ``states``.

    Returns the finished starts (the analysis could not extend them) and the open ones (the
    sequence ended). A finished start of "" means the pattern's first character is not literal."""
    finished: set[_Start] = set()
    index = 0
    while index < len(items):
        op, av = items[index]
        index += 1
        if not states:
            break
        if op == sre.AT:
            if av in (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                states = {(text, guarded or not text, ended) for text, guarded, ended in states}
            if av == sre.AT_BOUNDARY:  # \b straight after a word character: the word ends here
                states = {(text, guarded, ended or _is_word(text[-1:])) for text, guarded, ended in states}
            continue
        if op == sre.ASSERT_NOT and _is_word_class(av[1]):
            if av[0] < 0:  # (?<!\w): the character before is not a word character
                states = {(text, guarded or not text, ended) for text, guarded, ended in states}
            else:  # (?!\w): the word ends here
                states = {(text, guarded, True) for text, guarded, _ in states}
            continue
        if _zero_width(op):
            continue
        if op == sre.LITERAL:  # a run of literals is appended at once: a phrase has thousands of states
            chars = fold(chr(av))
            while index < len(items) and items[index][0] == sre.LITERAL:
                chars += fold(chr(items[index][1]))
                index += 1
            states = {(text + chars, guarded, False) for text, guarded, _ in states}
            continue
        if op == sre.IN and (chars := _class_chars(av)) is not None:
            states = {(text + char, guarded, False) for text, guarded, _ in states for char in chars}
        elif op in _GROUPS:
            done, states = _starts(_body(op, av), states)
            finished |= done
        elif op == sre.BRANCH:
            branched: set[_State] = set()
            for alternative in av[1]:
                done, open_ = _starts(alternative, states)
                finished |= done
                branched |= open_
            states = branched
        elif op in _REPEATS:
            low, high, body = av
            done, once = _starts(body, states)
            finished |= done
            if low == 0 and high == 1:
                states = states | once
            elif low == 0:
                finished |= {(text, guarded, True) for text, guarded, _ in once}
            elif low == high == 1:
                states = once
            else:
                finished |= {(text, guarded, True) for text, guarded, _ in once}
                states = set()
        else:
            follows = _atom_may_be(op, av, word=True)
            finished |= {(text, guarded, follows and not ended) for text, guarded, ended in states}
            states = set()
        if len(states) > _MAX_STARTS:
            finished |= {(text, guarded, True) for text, guarded, _ in states}
            states = set()
    return finished, states


def _all_starts(items: list, guarded: bool) -> set[_Start]:
    finished, open_ = _starts(items, {("", guarded, False)})
    return finished | {(text, g, not ended) for text, g, ended in open_}


def _first_may_be_nonword(items: list) -> tuple[bool, bool]:
    """(the first character consumed may be a non-word character, the sequence may consume nothing)."""
    may = False
    for op, av in items:
        if _zero_width(op):
            continue
        if op in _GROUPS:
            item_may, empty = _first_may_be_nonword(_body(op, av))
        elif op == sre.BRANCH:
            results = [_first_may_be_nonword(alternative) for alternative in av[1]]
            item_may, empty = any(r[0] for r in results), any(r[1] for r in results)
        elif op in _REPEATS:
            item_may, empty = _first_may_be_nonword(av[2])
            empty = empty or av[0] == 0
        else:
            item_may, empty = _atom_may_be(op, av, word=False), False
        may = may or item_may
        if not empty:
            return may, False
    return may, True


def _only(items: list, word: bool) -> bool:
    """Does every character ``items`` can consume have this word-ness?"""
    for op, av in items:
        if _zero_width(op):
            continue
        if op in _GROUPS:
            ok = _only(_body(op, av), word)
        elif op == sre.BRANCH:
            ok = all(_only(alternative, word) for alternative in av[1])
        elif op in _REPEATS:
            ok = _only(av[2], word)
        else:
            ok = not _atom_may_be(op, av, word=not word)
        if not ok:
            return False
    return True


def _max_words(items: list, after_nonword: bool = True) -> tuple[int, bool]:
    """An upper bound on how many words (runs of word characters) ``items`` can start, and whether the
    last character consumed may be a non-word one. ``after_nonword``: the same, before ``items``."""
    total = 0
    for op, av in items:
        if _zero_width(op):
            continue
        if op in _GROUPS:
            words, after_nonword = _max_words(_body(op, av), after_nonword)
            total += words
        elif op == sre.BRANCH:
            results = [_max_words(alternative, after_nonword) for alternative in av[1]]
            total += max(words for words, _ in results)
            after_nonword = any(ends for _, ends in results)
        elif op in _REPEATS:
            low, high, body = av
            if _only(body, word=True):  # one unbroken run of word characters
                total += 1 if after_nonword else 0
                after_nonword = after_nonword if low == 0 else False
            else:
                words, _ = _max_words(body, True)
                total += 0 if not words else _UNBOUNDED if high == sre.MAXREPEAT else high * words
                after_nonword = True
        else:
            total += 1 if after_nonword and _atom_may_be(op, av, word=True) else 0
            after_nonword = _atom_may_be(op, av, word=False)
    return min(total, _UNBOUNDED), after_nonword


def _min_digits(items: list) -> int:
    """How many decimal digits every match of ``items`` contains at least (an NHS number: ten)."""
    total = 0
    for op, av in items:
        if op in _GROUPS:
            total += _min_digits(_body(op, av))
        elif op == sre.BRANCH:
            total += min(_min_digits(alternative) for alternative in av[1])
        elif op in _REPEATS:
            total += av[0] * _min_digits(av[2])
        elif op == sre.LITERAL:
            total += chr(av).isdecimal()
        elif op in (sre.IN, sre.CATEGORY) and not _atom_may_be_non_digit(op, av):
            total += 1
    return total


def _atom_may_be_non_digit(op: object, av: object) -> bool:
    members = av if op == sre.IN else [(op, av)]
    for member, value in members:  # type: ignore[union-attr]
        if member == sre.CATEGORY and value == sre.CATEGORY_DIGIT:
            continue
        if member == sre.LITERAL and chr(value).isdecimal():
            continue
        if member == sre.RANGE and all(chr(code).isdecimal() for code in range(value[0], value[1] + 1)):
            continue
        return True
    return False


def _ends_word_start(item: tuple, at_word_start: bool) -> bool:
    """After ``item``, is the next character the start of a word (the one before it is not a word
    character)? ``at_word_start`` says whether that held before it."""
    op, av = item
    if _zero_width(op):
        return at_word_start
    if op in _GROUPS:
        return _seq_ends_word_start(_body(op, av), at_word_start)
    if op == sre.BRANCH:
        return all(_seq_ends_word_start(alternative, at_word_start) for alternative in av[1])
    if op in _REPEATS:
        # The last repetition may follow another one, so judge it from the worse starting state.
        once = _seq_ends_word_start(av[2], False)
        return once if av[0] > 0 else once and at_word_start
    return not _atom_may_be(op, av, word=True)


def _seq_ends_word_start(items: list, at_word_start: bool) -> bool:
    for item in items:
        at_word_start = _ends_word_start(item, at_word_start)
    return at_word_start


def _usable(starts: set[_Start]) -> bool:
    return all(text and _is_word(text[0]) for text, _, _ in starts)


def _score(starts: set[_Start], words: int) -> tuple[bool, int, int, int]:
    """Prefer anchors on words of four letters or more (short words are everywhere), then fewer words
    from the start (each costs a try per hit), then longer shortest words, then fewer of them."""
    shortest = min(len(_WORD.match(text).group()) for text, _, _ in starts)  # type: ignore[union-attr]
    return (shortest >= 4, -words, shortest, -len(starts))


def _anchor(items: list, at_word_start: bool, before: int) -> tuple[set[_Start], int] | None:
    """A word every match of ``items`` contains at a word start, and how many words can precede it."""
    best: tuple[set[_Start], int] | None = None
    for index, item in enumerate(items):
        if at_word_start:
            starts = _all_starts(items[index:], guarded=True)
            if _usable(starts) and (best is None or _score(starts, before) > _score(*best)):
                best = (starts, before)
        op, av = item
        if op == sre.BRANCH or (op in _GROUPS and len(_body(op, av)) == 1 and _body(op, av)[0][0] == sre.BRANCH):
            alternatives = av[1] if op == sre.BRANCH else _body(op, av)[0][1][1]
            found = [_anchor(list(alt) + list(items[index + 1 :]), at_word_start, before) for alt in alternatives]
            if all(found):
                union = set().union(*(f[0] for f in found))  # type: ignore[index]
                words = max(f[1] for f in found)  # type: ignore[index]
                if best is None or _score(union, words) > _score(*best):
                    best = (union, words)
        if _zero_width(op) and op != sre.AT and not (op == sre.ASSERT_NOT and av[0] < 0 and _is_word_class(av[1])):
            continue
        if op == sre.AT:
            at_word_start = at_word_start or (before == 0 and av in (sre.AT_BOUNDARY, sre.AT_BEGINNING))
            continue
        if op == sre.ASSERT_NOT:  # (?<!\w): whatever came before, the next character starts a word
            at_word_start = True
            continue
        at_word_start = _ends_word_start(item, at_word_start)
        before = min(before + _max_words([item], after_nonword=True)[0], _UNBOUNDED)
    return best


# --- splitting one pattern's alternation (import time only) ------------------------------------------

_MAX_PIECES = 256
# Group openers an alternation can be distributed over: plain, non-capturing, named, scoped flags. Not
# lookarounds, atomic groups, conditionals or comments.
_SPLITTABLE_OPENER = re.compile(r"\((?!\?)|\(\?:|\(\?P<\w+>|\(\?[aiLmsux]*(?:-[imsx]+)?:")
_UNSPLITTABLE_OPS = tuple(
    getattr(sre, name)
    for name in ("GROUPREF", "GROUPREF_EXISTS", "ATOMIC_GROUP", "POSSESSIVE_REPEAT")
    if hasattr(sre, name)
)


def _bars_and_groups(source: str) -> tuple[list[int], list[tuple[int, int, list[int]]]] | None:
    """The top-level "|" positions, and each top-level group as (its "(", its ")", the "|" directly in
    it). None for text this simple reader may misread (an unclosed class or group)."""
    bars: list[int] = []
    groups: list[tuple[int, int, list[int]]] = []
    stack: list[tuple[int, list[int]]] = []
    index, length = 0, len(source)
    while index < length:
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index += 1
            if source[index : index + 1] == "^":
                index += 1
            if source[index : index + 1] == "]":
                index += 1
            while index < length and source[index] != "]":
                index += 2 if source[index] == "\\" else 1
            if index >= length:
                return None
        elif char == "(":
            stack.append((index, []))
        elif char == ")":
            if not stack:
                return None
            opened, inner = stack.pop()
            if not stack:
                groups.append((opened, index, inner))
        elif char == "|":
            (stack[-1][1] if stack else bars).append(index)
        index += 1
    return None if stack else (bars, groups)


def top_level_alternatives(source: str) -> list[str]:
    """A pattern's source split at its outermost "|", as written (the whole source when this reader may misread it)."""
    read = _bars_and_groups(source)
    edges = [-1, *(read[0] if read else ()), len(source)]
    return [source[start + 1 : end] for start, end in pairwise(edges)]


def _pieces(pattern: re.Pattern[str]) -> list[str]:
    """The pattern as alternatives, one per branch of its top-level alternation or of the first top-level
    group (not repeated) that holds one: X(?:A|B)Y gives X(?:A)Y and X(?:B)Y. The pattern matches at a
    position exactly when one of them does, so the index can try only the branches that can start
    there; the pattern itself is then run where one matches, so its own match is returned. [] when the
    pattern cannot be split safely (back-references, atomic groups, verbose mode...)."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or re.search(r"\(\?[a-zA-Z-]*x|\(\?#", source):
        return []
    try:
        parsed = sre_parse.parse(source, pattern.flags)
    except Exception:  # noqa: BLE001 - unreadable: leave it whole
        return []
    if _uses(list(parsed.data), _UNSPLITTABLE_OPS):
        return []
    found = _bars_and_groups(source)
    if found is None:
        return []
    bars, groups = found
    if bars:
        edges = [-1, *bars, len(source)]
        pieces = [source[a + 1 : b] for a, b in pairwise(edges)]
    else:
        for opened, closed, inner in groups:
            opener = _SPLITTABLE_OPENER.match(source, opened)
            if inner and opener and source[closed + 1 : closed + 2] not in ("*", "+", "?", "{"):
                edges = [opener.end() - 1, *inner, closed]
                head, tail = source[: opener.end()], source[closed:]
                pieces = [head + source[a + 1 : b] + tail for a, b in pairwise(edges)]
                break
        else:
            return []
    if len(pieces) > _MAX_PIECES:
        return []
    try:
        for piece in pieces:
            re.compile(piece, pattern.flags)
    except re.error:
        return []
    return pieces


def _uses(items: list, ops: tuple) -> bool:
    for op, av in items:
        if op in ops:
            return True
        for value in av if isinstance(av, (tuple, list)) else ():
            if isinstance(value, sre_parse.SubPattern):
                if _uses(list(value.data), ops):
                    return True
            elif isinstance(value, (tuple, list)):
                for inner in value:
                    if isinstance(inner, sre_parse.SubPattern) and _uses(list(inner.data), ops):
                        return True
    return False


# Per alternative: how it is found. START: it starts at a word whose text is known; FIND: it starts
# with known text that may sit inside a word; ANCHOR: it contains a known word, at most n words after
# its start; GATE: it contains a known word somewhere, so without one the group cannot match.
START, FIND, ANCHOR, GATE = range(4)


class Group:
    """One pattern (or one alternation of phrases), and how a scan finds its candidate positions."""

    __slots__ = ("ident", "pattern", "alternatives", "fallback", "plans", "digits", "rerun")

    def __init__(
        self, ident: int, pattern: re.Pattern[str], alternatives: Sequence[re.Pattern[str]], rerun: bool = False
    ):
        self.ident = ident
        self.pattern = pattern
        self.alternatives = tuple(alternatives)
        # The alternatives are pieces of one pattern (see _pieces): they say where it matches, and the
        # pattern itself is run there so that callers get its own match (its named groups).
        self.rerun = rerun
        trees = [_parse(alternative) for alternative in self.alternatives]  # parsed once: it is most of the cost
        self.digits = min(_digits_needed(tree) for tree in trees)
        self.plans: list[tuple[int, int, set[_Start], int]] = []  # (alternative, mode, starts, words)
        self.fallback = False
        for number, tree in enumerate(trees):
            plan = _plan(tree)
            if plan is None:
                self.fallback = True
                self.plans = []
                return
            self.plans.append((number, *plan))


def _parse(pattern: re.Pattern[str]) -> sre_parse.SubPattern | None:
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern the analysis cannot read is simply run in full
        return None


def _digits_needed(parsed: sre_parse.SubPattern | None) -> int:
    if parsed is None:
        return 0
    try:
        return _min_digits(list(parsed.data))
    except Exception:  # noqa: BLE001 - unreadable: assume it needs none
        return 0


def _plan(parsed: sre_parse.SubPattern | None) -> tuple[int, set[_Start], int] | None:
    if parsed is None:
        return None
    items = list(parsed.data)
    if parsed.getwidth()[0] == 0:
        return None  # empty matches make finditer's stepping differ; run it in full
    starts = _all_starts(items, guarded=False)
    first_may_be_nonword, _ = _first_may_be_nonword(items)
    if all(text for text, _, _ in starts):
        if all(guarded and _is_word(text[0]) for text, guarded, _ in starts):
            return START, starts, 0
        return FIND, starts, 0
    if first_may_be_nonword or not all(guarded for text, guarded, _ in starts if not text):
        return None
    if not all(guarded for _, guarded, _ in starts):
        return None
    anchor = _anchor(items, at_word_start=False, before=0)
    if anchor is None:  # trying it at every word is slower than letting re scan the text
        return None
    anchor_starts, words = anchor
    return (GATE if words >= _UNBOUNDED else ANCHOR), anchor_starts, words


# Checking a start's first two words is enough to rule most positions out; the pattern itself checks
# the rest. Shorter checks mean fewer distinct ones.
_TWO_WORDS = re.compile(r"\w+(?:\W+\w*)?")


def _fewest(keys: set[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """Drop every (literal, word, exact) key that another key of the same alternative already implies:
    a shorter literal it starts with, whose word test accepts every word this one's does."""
    kept: dict[str, list[tuple[str, str, bool]]] = {}
    for key in sorted(keys, key=lambda key: (len(key[0]), key[2])):
        literal, word, exact = key
        implied = any(
            (word.startswith(other_word) if not other_exact else exact and other_word == word)
            for length in range(1, len(literal) + 1)
            for _, other_word, other_exact in kept.get(literal[:length], ())
        )
        if not implied:
            kept.setdefault(literal, []).append(key)
    return [key for found in kept.values() for key in found]


class PatternIndex:
    """Every pattern one kind of screening runs, indexed by the words their matches start with."""

    def __init__(self) -> None:
        self.groups: list[Group] = []
        # A whole word -> (the two characters after it in a start -> its starts, starts to check
        # whatever follows); each list of the first also holds the second's starts.
        self._exact: dict[str, tuple[dict[str, list[_Entry]], list[_Entry]]] = {}
        self._prefix: dict[str, list[_Entry]] = {}  # the first two letters of a stem -> its starts
        self._short_prefix: dict[str, list[_Entry]] = {}  # one-letter stems
        self._find: list[tuple[str, int, int]] = []
        self._tables: _Tables | None = None  # built from the above on the first scan after a change

    def alternation(self, terms: Sequence[str], flags: int = re.IGNORECASE) -> Group:
        """Phrases matched as whole words, like ``text.terms_pattern``: (?<![\\w'])(?:a|b|…)(?![\\w])."""
        whole = "|".join(f"(?:{term})" for term in terms)
        pattern = re.compile(rf"(?<![\w'])(?:{whole})(?![\w])", flags)
        alternatives = [re.compile(rf"(?<![\w'])(?:{term})(?![\w])", flags) for term in terms]
        return self._add(pattern, alternatives)

    def pattern(self, pattern: re.Pattern[str]) -> Group:
        pieces = _pieces(pattern)
        if pieces:
            split = Group(len(self.groups), pattern, [re.compile(piece, pattern.flags) for piece in pieces], True)
            if not split.fallback:
                return self._add(pattern, [], split)
        return self._add(pattern, [pattern])

    def _add(self, pattern: re.Pattern[str], alternatives: list[re.Pattern[str]], group: Group | None = None) -> Group:
        group = group or Group(len(self.groups), pattern, alternatives)
        self._tables = None
        self.groups.append(group)
        for number, mode, starts, words in group.plans:
            if mode == FIND:
                for text in _fewest({(text, text, False) for text, _, _ in starts}):
                    self._find.append((text[0], group.ident, number))
                continue
            keys = set()
            for text, _, word_follows in starts:
                word = _WORD.match(text).group()  # type: ignore[union-attr]
                exact = len(text) > len(word) or not word_follows
                keys.add((_TWO_WORDS.match(text).group(), word, exact))  # type: ignore[union-attr]
            for literal, word, exact in _fewest(keys):
                entry = (word, literal, group.ident, number, mode, words)
                if exact:
                    by_next, always = self._exact.setdefault(word, ({}, []))
                    after = literal[len(word) : len(word) + 2]
                    if len(after) == 2:
                        by_next.setdefault(after, list(always)).append(entry)
                    else:
                        always.append(entry)
                        for starts in by_next.values():
                            starts.append(entry)
                else:
                    by_stem = self._prefix if len(word) >= 2 else self._short_prefix
                    by_stem.setdefault(word[:2], []).append(entry)
        return group

    def scan(self, text: str) -> Scan:
        return Scan(self, text)

    def tables(self) -> _Tables:
        """The lookups a scan makes, merged once so that a word costs a dict lookup or two: every
        whole word's list already holds the stems it starts with, and stems are found by length."""
        if self._tables is not None:
            return self._tables

        def hit(entry: _Entry) -> _Hit:
            _, literal, ident, alternative, mode, words = entry
            return (literal, ident, alternative, mode, words)

        stems: dict[str, tuple[_Hit, ...]] = {}
        for entries in self._prefix.values():
            for entry in entries:
                stems[entry[0]] = (*stems.get(entry[0], ()), hit(entry))
        short = {char: tuple(map(hit, entries)) for char, entries in self._short_prefix.items()}
        lengths: dict[str, tuple[int, ...]] = {}
        for stem in stems:
            lengths[stem[:2]] = tuple(sorted({*lengths.get(stem[:2], ()), len(stem)}))
        words: dict[str, tuple[dict[str, tuple[_Hit, ...]], tuple[_Hit, ...]]] = {}
        for word, (by_next, always) in self._exact.items():
            also = [
                stem_hit
                for size in lengths.get(word[:2], ())
                if size <= len(word)
                for stem_hit in stems.get(word[:size], ())
            ]
            also += short.get(word[:1], ())
            words[word] = (
                {after: (*map(hit, entries), *also) for after, entries in by_next.items()},
                (*map(hit, always), *also),
            )
        self._tables = _Tables(words, stems, lengths, short)
        return self._tables


# A scan's view of an entry: (the literal the text must start with, group, alternative, mode, words
# before an anchor).
_Hit = tuple[str, int, int, int, int]


class _Tables(NamedTuple):
    words: dict[str, tuple[dict[str, tuple[_Hit, ...]], tuple[_Hit, ...]]]  # whole word -> as _exact
    stems: dict[str, tuple[_Hit, ...]]  # a stem of two letters or more -> its starts
    lengths: dict[str, tuple[int, ...]]  # the first two letters of stems -> their lengths, shortest first
    short: dict[str, tuple[_Hit, ...]]  # one-letter stems


class Scan:
    """One message, with the positions where each group's alternatives can match."""

    __slots__ = ("text", "digits", "_index", "_candidates", "_gates", "_word_starts")

    def __init__(self, index: PatternIndex, text: str) -> None:
        self.text = text
        self.digits = len(_DIGIT.findall(text))
        self._index = index
        folded = fold(text)
        candidates: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        gates: set[int] = set()
        if len(folded) != len(text):  # cannot happen with _FOLD; if it ever did, run everything in full
            self._gates = {group.ident for group in index.groups}
            self._candidates = candidates
            self._word_starts = [match.start() for match in _WORD.finditer(text)]
            return
        # The words and where they start, split in C: [gap, word, gap, word, …] and running lengths.
        parts = _WORDS.split(folded)
        bounds = list(accumulate(map(len, parts)))
        word_starts = bounds[0 : len(parts) - 1 : 2]
        anchored: list[tuple[int, int, int, int]] = []
        tables = index.tables()
        exact, stems, stem_lengths, short = tables.words, tables.stems, tables.lengths, tables.short
        startswith = folded.startswith
        for number, word in enumerate(parts[1::2]):
            by_word = exact.get(word)
            if by_word is not None:
                after = word_starts[number] + len(word)
                hits = by_word[0].get(folded[after : after + 2], by_word[1])
            else:
                lengths = stem_lengths.get(word[:2])
                if lengths:
                    hits = tuple(hit for size in lengths if size <= len(word) for hit in stems.get(word[:size], ()))
                    hits += short.get(word[:1], ()) if short else ()
                elif short and word[:1] in short:
                    hits = short[word[:1]]
                else:
                    continue
            if not hits:
                continue
            start = word_starts[number]
            for literal, ident, alternative, mode, words in hits:
                if startswith(literal, start):
                    if mode == START:
                        candidates[ident].append((start, alternative))
                    elif mode == ANCHOR:
                        anchored.append((number, ident, alternative, words))
                    else:
                        gates.add(ident)
        for number, ident, alternative, words in anchored:
            found = candidates[ident]
            found.extend((word_starts[n], alternative) for n in range(max(0, number - words), number + 1))
        for literal, ident, alternative in index._find:
            position = folded.find(literal)
            while position >= 0:
                candidates[ident].append((position, alternative))
                position = folded.find(literal, position + 1)
        self._candidates = candidates
        self._gates = gates
        self._word_starts = word_starts

    def possible(self, group: Group) -> bool:
        """False when the group certainly has no match in this message."""
        if group.digits > self.digits:
            return False
        return group.fallback or group.ident in self._gates or group.ident in self._candidates

    def finditer(self, group: Group, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches ``group.pattern.finditer(text, pos, endpos)`` would give, in the same order."""
        text = self.text
        if group.digits > self.digits:
            return
        end = len(text) if endpos is None else min(endpos, len(text))
        # The words were looked up whole; an end inside a word makes its first part a word of its own
        # for re ("benefits|ref"), which no lookup saw. Screening never cuts a word, so run it in full.
        cuts_word = 0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end])
        if group.fallback or group.ident in self._gates or cuts_word:
            yield from group.pattern.finditer(text, pos, end)
            return
        candidates = self._candidates.get(group.ident)
        if not candidates:
            return
        alternatives = group.alternatives
        last = pos
        for start, number in sorted(set(candidates)):
            if start < last or start >= end:
                continue
            match = alternatives[number].match(text, start, end)
            if match and group.rerun:
                match = group.pattern.match(text, start, end)
            if match:
                yield match
                last = match.end()

    def search(self, group: Group, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(group, pos, endpos), None)
