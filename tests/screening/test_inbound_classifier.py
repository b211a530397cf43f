"""The inbound classifier (classifier.py): generated from our data, computed in pure Python exactly as scikit-learn
trained it, and explained in words a reader can see."""

from __future__ import annotations

import math
from collections.abc import Callable
from types import ModuleType

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from carecomms.screening import classifier
from carecomms.screening.classifier import INAPPROPRIATE, SAFEGUARDING, Classifier, grams


def test_the_weights_on_disk_are_what_the_labelled_data_gives(training_script: Callable[[str], ModuleType]) -> None:
    trainer = training_script("train_inbound_classifier.py")
    assert trainer.main(["--check"]) == 0, "run tools/train_inbound_classifier.py and commit the result"


def test_the_check_forgives_a_last_digit_but_not_a_changed_weight_or_feature(
    training_script: Callable[[str], ModuleType],
) -> None:
    """liblinear's last rounded digit can differ between machines; a retrain that changes the model must still fail."""
    trainer = training_script("train_inbound_classifier.py")
    weights = classifier.inbound_classifier_weights
    stored = dict(weights.FEATURES)
    feature = next(iter(stored))
    nudged = {**stored, feature: tuple(value + 0.0001 for value in stored[feature])}
    changed = {**stored, feature: (stored[feature][0], stored[feature][1] + 0.05, stored[feature][2])}
    missing = {name: values for name, values in stored.items() if name != feature}
    assert trainer.matches_file(nudged, weights.INTERCEPTS)
    assert not trainer.matches_file(changed, weights.INTERCEPTS)
    assert not trainer.matches_file(missing, weights.INTERCEPTS)
    assert not trainer.matches_file(stored, (weights.INTERCEPTS[0] + 0.05, weights.INTERCEPTS[1]))


def test_grams_are_words_pairs_and_letter_sequences() -> None:
    found = grams("He's HURT me")
    assert {"w hes", "w hurt", "w hes hurt", "w hurt me", " hu", "urt ", " hurt"} <= set(found)
    assert "w me" in found and " me " in found
    assert "w i" not in grams("i know")  # one-letter words are not words here (scikit-learn's \w\w+), only letters


def test_a_misspelling_shares_letter_sequences_with_the_word() -> None:
    shared = set(grams("sucidal")) & set(grams("suicidal"))
    assert {" su", "dal ", "idal "} <= shared and not any(gram.startswith("w ") for gram in shared)


TEXTS = [
    "i want to die tonight",
    "he hit me again and took my phone",
    "thanks for today see you tuesday",
    "can we move the meeting to 3",
    "im gonna end it all",
    "the bus was late again",
    "she slapped the baby",
    "lovely weather innit",
]
LABELS = [True, True, False, False, True, False, True, False]


def test_the_pure_python_score_is_scikit_learns_decision_function() -> None:
    vectoriser = TfidfVectorizer(analyzer=grams, sublinear_tf=True)
    matrix = vectoriser.fit_transform(TEXTS)
    model = LogisticRegression(C=10.0, solver="liblinear", random_state=0).fit(matrix, np.array(LABELS))
    table = {
        feature: (float(vectoriser.idf_[i]), float(model.coef_[0][i]), -float(model.coef_[0][i]))
        for feature, i in vectoriser.vocabulary_.items()
    }
    intercept = float(model.intercept_[0])
    ours = Classifier(table, intercepts=(intercept, -intercept))  # the second: its negation
    unseen = ["he hit the baby and i want to die", "nothing in common with anything above", "he hit he hit", ""]
    for text in TEXTS + unseen:
        expected = float(model.decision_function(vectoriser.transform([text]))[0])
        assert math.isclose(ours.score(text, SAFEGUARDING), expected, abs_tol=1e-9), text
        assert math.isclose(ours.score(text, INAPPROPRIATE), -expected, abs_tol=1e-9), text


def test_the_strongest_words_are_whole_words_of_the_message() -> None:
    text = "feelin really sucidal tonite, took loads of my tablets"
    assert classifier.INBOUND_CLASSIFIER.score(text, SAFEGUARDING) > 0
    words = classifier.INBOUND_CLASSIFIER.strongest_words(text, SAFEGUARDING)
    assert words and all(word.isalpha() and word in text.lower() for word in words)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("f**k off you useless c*nt", ["useless"]),  # the starred words weigh; "off" and "you" explain nothing
        ("!!!", []),
        ("", []),
    ],
)
def test_symbols_weigh_but_only_words_are_named(text: str, named: list[str]) -> None:
    assert classifier.INBOUND_CLASSIFIER.strongest_words(text, INAPPROPRIATE) == named
