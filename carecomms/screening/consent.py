"""Reading a reply to the consent request (G7, W2).

A false "yes" is the worst error this product can make, so free text counts as consent only when the
whole reply is a plain yes built from a small vocabulary of agreement ("yes", "yes please", "yes
that's fine", "I agree"). Anything that refuses, stops or asks for another channel is a withdrawal,
checked first so "yes stop" withdraws. Everything else is unclear and goes to the practitioner.
"""

from __future__ import annotations

import re

from .text import normalise
from .types import ConsentReading

_BUTTON_READINGS = {"CONSENT_YES": ConsentReading.CONSENT_YES, "CONSENT_NO": ConsentReading.CONSENT_WITHDRAW}

_NOT_A_REFUSAL_AFTER_NO = (
    r"(?!\s*(?:problem|probs?|prob|worries|worry|bother|rush|idea|clue|doubt|way!|probz|issue|stress)\b)"
)

_WITHDRAW = re.compile(
    r"^\W*(?:no+|nope|nah+|naw|noo+|na|nay)\b"
    + _NOT_A_REFUSAL_AFTER_NO
    + r"|\b(?:i said|actually|answer is|it'?s a|that'?s a|definitely|sorry,?|then)\s+no\b"
    + _NOT_A_REFUSAL_AFTER_NO
    + r"|\bstop\w*|\bunsubscribe\w*|\bunsub\b|\bopt(?:ing)?[ -]?out\b|\bcancel\w*|^\W*end\W*$|^\W*quit\W*$|\bwithdr[ae]w\w*"
    r"|\b(?:don'?t|dont|do not|dnt|didn'?t|didnt|never|not|no longer|wont|won'?t)\s+(?:\w+\s+)?(?:want|wanna|consent|agree|accept|"
    r"message|msg|text|contact|whatsapp|use|like|give|allow|permit|send|call me on)\b"
    r"|\bnot\s+(?:interested|happy|comfortable|ok|okay|keen|sure about (?:this|whatsapp)|consenting|agreeing)\b(?!\s+(?:to wait|yet))"
    r"|\b(?:call|phone|ring|email|e-mail|write to|post|text)\s+me\s+instead\b|\binstead of (?:whatsapp|messages|texts?)\b"
    r"|\brather (?:you |u )?(?:phoned|called|rang|rung|phone|call|ring|wrote|write|email\w*|use)\b"
    r"|\bprefer\w*\s+(?:a\s+)?(?:phone|call|calls|letters?|post|e-?mails?|to be (?:called|phoned|rung))\b"
    r"|\b(?:use|by)\s+(?:e-?mail|post|letter|phone)\s+(?:instead|not|only)\b|\bnot (?:on )?whatsapp\b"
    r"|\bleave me alone\b|\b(?:remove|delete|take)\s+(?:my (?:number|details)|me off)\b|\btake me off\b"
    r"|\bchanged? my mind\b|\bno more\b|\bnever said yes\b|\brefuse\w*\b|\bobject\b|\bdecline\w*\b|\brevoke\w*\b"
    r"|\bnot interested\b|\bgo away\b|\bblock(?:ed|ing)? (?:you|this|u)\b",
    re.IGNORECASE,
)

_YES_WORD = r"(?:yes+|yess+|yeah+|yea|yep+|yup+|yes please|yas)"
_AGREEMENT = (
    r"please|pls|plz|plse|thanks|thank you|thank u|thankyou|ta|cheers|ok|okay|okey|okie|k|sure|fine|of course|"
    r"ofc|definitely|absolutely|certainly|no problem|no probs|no worries|go ahead|that'?s (?:fine|ok|okay|good|great|grand|alright|perfect)|"
    r"that is (?:fine|ok|okay|good)|thats (?:fine|ok|okay|good|great|alright|perfect)|(?:this|it) is (?:fine|ok|okay)|"
    r"(?:this|it)'?s (?:fine|ok|okay)|(?:by|with) me|fine by me|ok by me|(?:is )?fine with me|sounds good|all good|i (?:do )?agree|i (?:do )?consent|"
    r"i give (?:my )?(?:consent|permission)|you have my (?:consent|permission)|i'?m (?:happy|ok|okay|fine|good) (?:with (?:that|this|it)|to|for you to)|"
    r"i am (?:happy|ok|okay|fine) (?:with (?:that|this|it)|to)|happy (?:to|with that|with this|for you to (?:message|contact|text) me)|"
    r"(?:you can|u can|you may|feel free to) (?:message|msg|text|contact|whatsapp) me(?: on (?:here|whatsapp|this number))?|"
    r"(?:you can|u can)|(?:i'?m |i am )?happy to be (?:contacted|messaged)(?: (?:on|by|via|through) (?:here|whatsapp|this number|text))?|"
    r"(?:on|via|by) (?:here|whatsapp)|that would be (?:easier|better|great|good|fine)|(?:would be )?easier|"
    r"i'?m ok with that|i am ok with that|good|great|lovely|perfect|brilliant|alright|yes|yeah|yep|yea|that'?s fine by me|"
    r"no problem at all|go for it|i agree to (?:this|that|it)|agreed|i accept|accepted|consent given|i consent to (?:this|that|it)"
)
_STANDALONE_YES = re.compile(
    r"^(?:i (?:do )?agree|i (?:do )?consent|i give (?:my )?(?:consent|permission)|agreed|consent given|i accept"
    r"|you have my (?:consent|permission))(?:\s+(?:" + _AGREEMENT + r"))*$"
)
_YES = re.compile(r"^(?:(?:" + _AGREEMENT + r")\s+)*" + _YES_WORD + r"(?:\s+(?:" + _AGREEMENT + r"))*$")
_PUNCTUATION_AND_EMOJI = re.compile(r"[^\w\s']+")
# Intensifiers never change what the reply means, so they are dropped before matching.
_INTENSIFIERS = re.compile(r"\b(?:absolutely|totally|completely|perfectly|really|very|quite|more than|so)\b")
_REPEATED_SPACES = re.compile(r"\s+")


def read_consent_button(payload: str) -> ConsentReading:
    """Quick-reply payloads are unambiguous; anything else is not a button we sent."""
    return _BUTTON_READINGS.get((payload or "").strip().upper(), ConsentReading.UNCLEAR)


def read_consent(text: str) -> ConsentReading:
    """Free-text reply to the consent request."""
    clean = normalise(text or "").strip()
    if not clean:
        return ConsentReading.UNCLEAR
    if _WITHDRAW.search(clean):
        return ConsentReading.CONSENT_WITHDRAW
    if "?" in clean or re.search(
        r"\b(?:but|if|unless|later|maybe|not|(?:don|can|won|didn|isn|aren|wouldn|shouldn|doesn|haven|hasn)'?t|think|first|when|who|what|why|how)\b",
        clean,
        re.IGNORECASE,
    ):
        return ConsentReading.UNCLEAR
    words = _PUNCTUATION_AND_EMOJI.sub(" ", clean.casefold())
    words = _REPEATED_SPACES.sub(" ", _INTENSIFIERS.sub(" ", words)).strip()
    if _YES.match(words) or _STANDALONE_YES.match(words):
        return ConsentReading.CONSENT_YES
    return ConsentReading.UNCLEAR
