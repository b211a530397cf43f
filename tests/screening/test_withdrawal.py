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
    # round 17: the refusal classes that make sense after consent, said about contact
    "please don't message this number any more", "I only want letters from now on", "Please delete my number",
    "erase my details from your records", "new number, this isn't Marcus", "nobody called Kayleigh lives here",
    "It isn't safe for me to get texts on this phone any more", "my mum reads my texts so please stop",
    "I don't want Facebook having my data", "I want it in writing from now on", "Dw i ddim eisiau negeseuon",
    # round 18: the neighbours of its new classes still withdraw after consent
    "please don't contact me again", "never text me again", "no more messages please",
])
def test_clear_withdrawals(text):
    assert reads_as_withdrawal(text) is True


@pytest.mark.parametrize("text", [
    "No", "No, Tuesday is no good", "no thanks", "meet me at the bus stop", "bus stop at 3", "",
    "Yes see you then", "can you ring me please", "I'm at the stop now",
    "my phone only works on wifi", "is it ok if I only text on here?",
    # round 8: a bare no in another language answers a question, like "No"; a limit on what is sent is for a person
    "Nie", "Non merci", "nahi", "don't send anything about my case on here",
    # round 17: later messages near its refusal classes: a call asked for, a name not here now, a new number given,
    # someone reading messages out, a rude word or "best not" about something else, a request for a letter
    "no worries", "don't forget Tuesday", "ring me", "Yes ring me", "This isn't Chloe, she's at school",
    "Sorry I'm not Tyler, he's my son, I'll pass it on", "Please delete my old number, this is my new one",
    "Got a new phone, this is Sam", "my husband reads my messages to me", "My son checks my phone for me",
    "best not", "knock it off", "can you put that in writing for me", "I deleted the chat by accident", "غير موافق",
    # someone else reading the phone, or a monitored phone, refuses before consent; after it, only with a withdrawal
    "my son has access to my phone so he might reply", "My texts are monitored at work so keep it short",
    "my ex can get into my phone now",
    # round 18: "contact" as the family-time session, "never" said of the council or worker, a condition about something
    # else, the end of the old way welcomed
    "we won't make contact on Friday, he's poorly", "He won't attend contact tomorrow, sorry",
    "you never text me back", "the council never messages me about his visits",
    "I'll carry on as long as you stop ringing me at work", "No more missed calls, this is so much easier",
])
def test_ordinary_replies_are_not_withdrawals(text):
    assert reads_as_withdrawal(text) is False
