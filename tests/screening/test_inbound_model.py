"""The word model behind the inbound phrases: generated from our data, explained, and kept to its place."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from carecomms.screening import screen_inbound
from carecomms.screening.inbound import _abuse_reading, _backstop_reading, _not_asked_about_abuse, _not_asked_about_risk
from carecomms.screening.model import FUNCTION_WORDS, features
from carecomms.screening.text import normalise


def test_the_weights_on_disk_are_what_the_labelled_data_gives(training_script: Callable[[str], ModuleType]) -> None:
    trainer = training_script("train_inbound_model.py")
    assert trainer.main(["--check"]) == 0, "run .venv/bin/python tools/train_inbound_model.py and commit the result"


def test_features_are_content_words_and_pairs() -> None:
    found = features("My son's been CRYING all night, he can't stop")
    assert {"crying", "cant stop", "been crying"} <= found
    assert "son" not in found and "night" not in found  # who and when are not evidence of risk


@pytest.mark.parametrize(
    "text",
    [
        "feeling really low and cant stop crying",
        # round 22: low mood told with no risk in it; the retrained backstop reads it as that (writers label most such
        # messages ordinary), so it is no longer flagged
        pytest.param(
            "things are really bad, no one listens and i feel so alone",
            marks=pytest.mark.xfail(strict=True, reason="round 22: read as low mood with no risk told"),
        ),
    ],
)
def test_wording_no_phrase_covers_is_flagged_and_explained(text: str) -> None:
    result = screen_inbound(text)
    assert result.flags == ("safeguarding",)
    (signal,) = result.signals
    assert signal.code == "resembles_disclosure"
    assert text[signal.start : signal.end] == signal.text and signal.text
    assert "'" in signal.explanation and "read it now" in signal.explanation


@pytest.mark.parametrize(
    "text",
    [
        "the kids are doing great at school",
        "my son said thanks too",
        "the baby's been fed and is asleep now",
        "my mum's coming to stay so I'll have help with the baby",
        "Did you get home ok last night? The trains were a nightmare",
        "can you send me the address for the group?",
    ],
)
def test_everyday_family_talk_is_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


def test_the_model_is_only_a_backstop() -> None:
    # A phrase already explains it: no second, vaguer signal.
    assert [s.code for s in screen_inbound("i took all my tablets").signals] == ["suicide_self_harm"]
    # Said laughing, or about an illness that is over: the backstop would flag it, but it is not asked.
    assert _backstop_reading("i feel so alone and cant stop crying lol")[0]
    assert screen_inbound("i feel so alone and cant stop crying lol").flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "bet you look good out of that uniform",  # no phrase names these
        "you want to be careful round here",
        "you looked nice at the gym today",  # "saw you at the gym" is a phrase since round 9
    ],
)
def test_inappropriate_wording_no_phrase_covers_is_flagged_and_explained(text: str) -> None:
    result = screen_inbound(text)
    assert "inappropriate" in result.flags
    signal = next(s for s in result.signals if s.flag.value == "inappropriate")
    assert signal.code == "resembles_abuse"
    assert text[signal.start : signal.end] == signal.text and signal.text
    assert "'" in signal.explanation and "line manager" in signal.explanation


def test_the_inappropriate_model_does_not_weigh_the_worker_role_or_arrangements() -> None:
    assert "social worker" not in features("your social worker", FUNCTION_WORDS)
    assert "your car" in features("I know your car", FUNCTION_WORDS)
    assert _abuse_reading("i know your car and the school your kids go to")[0]
    assert screen_inbound("Hi Bella, I'll be wearing a blue jacket and I'll wait by the main doors.").flags == ()


@pytest.mark.parametrize(
    "text",
    [
        # round 11: an everyday mishap, a small thing pinched, an apology for the timing: kinds of message the
        # safeguarding backstop is not asked about (round 22: since its two models are weighed together, it no longer
        # reads these as disclosures anyway, and "The washing machine has flooded the kitchen again" left this list)
        "a lad at the hostel nicked my charger",
        "sorry to bother you on a friday, it can wait till monday",
    ],
)
def test_the_safeguarding_backstop_is_not_asked_about_everyday_kinds_of_message(text: str) -> None:
    assert _not_asked_about_risk(normalise(text))
    assert screen_inbound(text).flags == ()


def test_the_inappropriate_model_is_not_asked_about_a_report_disagreed_with() -> None:
    # a report disagreed with and a manager asked for: the inappropriate word model alone flagged it before round 23
    text = "I don't think the report was fair on me and I'd like your manager to look at it please"
    assert _not_asked_about_abuse(normalise(text))
    assert screen_inbound(text).flags == ()
