"""Fixtures for the screening tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from carecomms.screening import classifier


@pytest.fixture
def without_the_inappropriate_classifier() -> Iterator[None]:
    """The inbound rules with the classifier's inappropriate column switched off. Their tests pin what each rule does
    and does not read, near misses included ("that colour really suits you"); that column trades some of those near
    misses for recall on wording no rule names, and is measured on whole sets instead (test_screening_datasets.py). The
    safeguarding backstop weighs the classifier's reading with the word model's (round 22, inbound._backstop_reading)
    and is left as it is: there is no rule-only reading of it to pin."""
    kept = classifier.INBOUND_CLASSIFIER
    never = float("inf")
    classifier.INBOUND_CLASSIFIER = classifier.Classifier(kept.table, kept.intercepts, (kept.thresholds[0], never))
    yield
    classifier.INBOUND_CLASSIFIER = kept


@pytest.fixture
def training_script() -> Callable[[str], ModuleType]:
    """A loader for the training scripts in tools/ by file name ("train_inbound_model.py"): tools/ is not installed, so
    the tests that check a generated file is current load its script from the checkout."""
    tools = Path(__file__).resolve().parents[2] / "tools"

    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), tools / name)
        assert spec and spec.loader
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        return script

    return load
