"""Withdrawal in any later message (G7: consent can be withdrawn at any time).

Once consent is given, a reply like "No, Tuesday's no good" answers a question; it does not
withdraw consent. So a later message counts as a withdrawal only when the consent reader hears a
refusal *and* the message is about being contacted this way (stop, unsubscribe, WhatsApp,
messages, "call me instead"…). A bare "no" before consent is still a refusal: that is
`read_consent`'s job, not this one's.
"""

from __future__ import annotations

import re

from .consent import (
    DATA_WORRIES,
    NO_ONE_CALLED,
    NOT_NAMED_PERSON,
    NOT_SAFE_ON_THIS_PHONE,
    NUMBER_TO_BE_DELETED,
    OTHERS_READ_THE_PHONE,
    PHONE_MONITORED,
    read_consent,
    reading_form,
)
from .types import ConsentReading

_ABOUT_CONTACT = re.compile(
    r"^\W*(?:please\W+|pls\W+)?sto+p+"
    r"(?:\W+(?:it|now|please|pls|plz|thanks|thank you|thx|ta|cheers|x+|mate|ok|okay))*\W*$"
    r"|\bstop+\s+(?:messag|text|txt|contact|send|whats\s?app|ring|call|this)\w*"
    r"|\b(?:unsubscribe|opt(?:ing)?[\s-]?out|withdraw\w*|whats\s?app|messag\w*|msg\w*|text\w*|txt\w*|"
    r"contact\w*|chat\w*|consent|instead|any\s?more|no\s?more|leave (?:me|us) alone|take (?:me|us|my number) off|"
    r"(?:remove|delete) (?:me|us|my (?:number|details))|wrong (?:number|person))\b"
    # another channel asked for (round 7): "only phone me", "letters only please", "not on here", "I'd prefer you call"
    r"|\bonly\s+(?:by\s+|via\s+)?(?:call|phone|ring|e-?mail|letters?|post)\w*\b"
    r"|\b(?:calls?|phone|e-?mails?|letters?|post)\s+only\b"
    r"|\bnot\s+(?:on|via|by|over|through)\s+(?:here|this)\b"
    r"|\bprefer\w*\s+(?:it\s+)?(?:if\s+)?(?:you|u)\s+(?:to\s+)?(?:just\s+)?(?:call|phone|ring|rang|e-?mail|write)\w*\b"
    # round 17: only letters or writing wanted from now on; the number or details to be deleted; the number is not
    # the person's (a name only beside a new number); messages not safe on this phone or someone else reads it; data
    # worries about Meta; "I don't want messages" in Welsh. Not "ring me" on its own, "best not" or a rude word: after
    # consent those answer something else.
    r"|\bonly (?:want|accept)\w*\b(?:\s+\w+){0,3}?\s+(?:in writing|by (?:post|letter|phone|e-?mail)|letters|"
    r"phone calls|calls)\b"
    r"|\bin writing (?:only|from now on|in future)\b|\bonly in writing\b|\bnegeseuon\b"
    + r"|(?:"
    + "|".join((NUMBER_TO_BE_DELETED, NO_ONE_CALLED, NOT_SAFE_ON_THIS_PHONE, DATA_WORRIES))
    + r")"
    # "this isn't Chloe" only with a new number or phone: "This isn't Chloe, she's at school" answers a question
    + r"|^(?=.*\bnew (?:number|phone|mobile|sim)\b).*?(?:" + NOT_NAMED_PERSON + r")",
    re.IGNORECASE,
)


# Round 17: before consent, "my son has access to my phone" or "my texts are monitored" refuses; after it, they may only
# say who might reply or ask to keep it short. They withdraw only when the rest of the message does too ("my mum reads
# my texts so please stop").
_PHONE_FACTS = re.compile(OTHERS_READ_THE_PHONE + r"|" + PHONE_MONITORED, re.IGNORECASE)


def reads_as_withdrawal(text: str) -> bool:
    """True when a message sent after consent clearly withdraws it."""
    if not text or read_consent(text) != ConsentReading.CONSENT_WITHDRAW:
        return False
    form = reading_form(text)
    if _PHONE_FACTS.search(form) and read_consent(_PHONE_FACTS.sub(" ", form)) != ConsentReading.CONSENT_WITHDRAW:
        return False
    return bool(_ABOUT_CONTACT.search(form))
