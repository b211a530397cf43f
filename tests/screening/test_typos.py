"""One-slip misspellings of lexicon words are read as the word meant, spans stay on what was typed, and
no ordinary English word is ever taken for a misspelling."""

import gzip
import json
from pathlib import Path

import pytest

from carecomms.screening import screen_outbound, typos
from carecomms.screening.lexicon import ASSESSMENT_TOPICS, OUTBOUND_LEXICON, TYPO_REAL_WORDS, TYPO_WORDS
from carecomms.screening.outbound import _TYPOS


@pytest.mark.parametrize(
    ("text", "typed", "category"),
    [
        ("r u still on the methodone", "methodone", "special_category"),
        ("hws ur mental helth been", "mental helth", "special_category"),
        ("gota do the cp confrence on mon", "cp confrence", "case_sensitive"),
        ("send ur pasport pic pls", "pasport", "personal_data"),
        ("the viability assesment on your nan", "viability assesment", "case_sensitive"),
    ],
)
def test_misspelt_words_are_found_and_highlighted_as_typed(text: str, typed: str, category: str) -> None:
    result = screen_outbound(text)
    assert category in result.categories
    assert any(finding.text == typed and text[finding.start : finding.end] == typed for finding in result.findings)


def test_spans_after_a_correction_stay_on_the_original_text() -> None:
    text = "Hi Jo, did the pyschiatrist see you? Also whats ur new adress"
    result = screen_outbound(text, recipient_first_name="Jo")
    assert {finding.text for finding in result.findings} >= {"pyschiatrist", "ur new adress"}
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(
    "text",
    ["I'll remind you on Monday", "There's a table free by the window", "Saying hi from the hub", "See you there!"],
)
def test_real_words_are_not_misspellings(text: str) -> None:
    assert not screen_outbound(text).blocked


def test_the_recipients_name_is_never_corrected() -> None:
    assert typos.correct("Hi Christan", _TYPOS, {"christan"}) is None


def test_no_variant_is_an_english_word() -> None:
    """Needs an English word list: pyspellchecker's, when installed (pip install pyspellchecker)."""
    spellchecker = pytest.importorskip("spellchecker")
    path = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    english = set(json.loads(gzip.decompress(path.read_bytes())))
    words = typos.words_of([t for *_, terms in OUTBOUND_LEXICON for t in terms] + list(ASSESSMENT_TOPICS))
    words |= set(TYPO_WORDS)
    table = typos.build(words, TYPO_REAL_WORDS)
    collisions = sorted(variant for variant in table if variant in english)
    assert not collisions, f"add these to lexicon.TYPO_REAL_WORDS: {' '.join(collisions)}"
