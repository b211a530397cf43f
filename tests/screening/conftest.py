"""Fixtures for the screening tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from carecomms.screening import classifier


@pytest.fixture
def without_classifier() -> Iterator[None]:
    """The inbound phrase rules and word models on their own. Their tests pin what each rule does and does not read,
    near misses included ("a rope swing for the kids"); the classifier behind them trades some of those near misses for
    recall on wording no rule names, and is measured on whole sets instead (test_screening_datasets.py)."""
    kept = classifier.INBOUND_CLASSIFIER
    never = float("inf")
    classifier.INBOUND_CLASSIFIER = classifier.Classifier(kept.table, kept.intercepts, (never, never))
    yield
    classifier.INBOUND_CLASSIFIER = kept
