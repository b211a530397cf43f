"""After consent, only a clear withdrawal stops everything; an ordinary "no" answers a question."""

from __future__ import annotations

import pytest

from carecomms.screening import reads_as_withdrawal


@pytest.mark.parametrize("text", [
    "STOP", "stop.", "Please stop messaging me here", "no more whatsapp", "call me instead",
    "I don't want WhatsApp any more", "unsubscribe", "I want to withdraw my consent", "can you stop texting me",
    "dont message me on whatsapp again",
    # another channel asked for (consent_unseen4's class)
    "only phone me from now on", "Not on here please", "letters only please", "I would prefer you call",
])
def test_clear_withdrawals(text):
    assert reads_as_withdrawal(text) is True


@pytest.mark.parametrize("text", [
    "No", "No, Tuesday is no good", "no thanks", "meet me at the bus stop", "bus stop at 3", "",
    "Yes see you then", "can you ring me please", "I'm at the stop now",
    "my phone only works on wifi", "is it ok if I only text on here?",
    # round 8: a bare no in another language answers a question, like "No"; a limit on what is sent is for a person
    "Nie", "Non merci", "nahi", "don't send anything about my case on here",
])
def test_ordinary_replies_are_not_withdrawals(text):
    assert reads_as_withdrawal(text) is False
