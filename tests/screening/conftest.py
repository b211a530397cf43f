"""Fixtures for the screening tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

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
