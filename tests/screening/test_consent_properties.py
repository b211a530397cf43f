"""Property tests for the consent reader: a clear refusal stays a refusal however it is typed.

A false yes is the worst error and a missed withdrawal the second worst, so clear withdrawals are
perturbed the way people type (case, punctuation, emoji, kisses, a trailing "thanks", a leading "ok" or
"yes") and must always read as withdrawals — never as yes. Likewise hedged and conditional yeses must
never read as yes, whatever is added around them.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from carecomms.screening import ConsentReading, read_consent, reads_as_withdrawal

WITHDRAWALS = [
    "no", "NO", "nope", "nah", "no thanks", "no thank you", "STOP", "stop", "stop texting me",
    "please stop messaging me", "pls dont msg", "don't message me", "take me off", "remove my number",
    "unsubscribe", "opt out", "I'd rather you rang", "call me instead", "wrong number", "leave me alone",
    "not now", "not interested", "I don't want whatsapp", "I've changed my mind", "no more messages",
    "definitely not", "never", "rather not", "prefer letters", "no whatsapp please",
    "only phone me", "letters only", "not on here", "I would prefer you call",
    # refusals in other languages (consent.py's table)
    "nie", "nie dziękuję", "nu multumesc", "nahi", "la shukran", "não obrigado", "non merci", "no grazie", "ne ačiū",
    "hayır", "нет", "не треба", "maya mahadsanid",
    # round 17: refusals worded without "no" or "stop"
    "I only want letters", "delete my number", "no one called Marcus here", "my ex checks my phone",
    "it isn't safe to get messages on this phone", "I don't trust facebook", "best not", "pack it in", "لا أوافق",
    "over my dead body", "I don't feel comfortable with this", "send me letters", "my partner can't know about this",
    # round 18: neighbours of the new classes
    "never text me again", "please don't contact me on here", "I don't like whatsapp", "only if you stop texting me",
]
# Withdrawals that are about being contacted, so they also count after consent was given.
ABOUT_CONTACT = [
    "STOP", "stop", "stop texting me", "please stop messaging me", "pls dont msg", "don't message me",
    "unsubscribe", "opt out", "call me instead", "leave me alone", "I don't want whatsapp", "no more messages",
    "take me off", "wrong number", "only phone me", "letters only", "not on here", "I would prefer you call",
    "delete my number", "I only want letters",
]
HEDGED_YES = [
    "yes but only after 5", "yes but not on weekends", "yes?", "yes if it's only about appointments",
    "yes I think so", "yes maybe", "who is this? yes", "yes but what's it for", "yes got it",
    # round 8: conditions and doubt beside a reason, an identity or a yes in another language
    "yes... no... idk", "yes but don't send anything about my case", "yes if you don't tell my ex",
    "yes its my own phone but my ex reads it", "yes I'm his mum but only about appointments", "yes I'm Sarah's mum",
    "yes its my own phone", "Tak, ale tylko wieczorem", "Oui mais seulement le soir", "Sí, pero solo por la tarde",
    "d'accord", "va bene", "theek hai", "tamam", "haa", "I agree but only on weekdays",
    # round 17: a softer refusal beside a yes is for the practitioner
    "yes it's a shared phone", "yes, ring me", "yes I'm worried about my data", "yes it's my work mobile",
    # round 18: a condition about something else, a relation signed without agreement beyond yes, news of tomorrow
    "yes as long as you stop ringing me at work", "yes, mum of Tia", "yes I'm at court tomorrow",
]
# A clear yes with a harmless reason or identity reads as yes; any condition added to it makes it not yes.
REASONED_YES = [
    "yes its fine, its my own phone", "Yes I'm his mum and you can message me", "Yes, happy for you to use WhatsApp",
    "YES I DO", "I agree", "Yes I agree to WhatsApp", "yes please, easier than phone calls cos of my hearing",
    "Tak, zgadzam się", "Da, sunt de acord", "Oui, d'accord", "Sí, está bien",
    # round 17: regional words, two channels, the newer agreement and other languages' OK-words beside a yes
    "Yes fine pet", "Yes to WhatsApp and texts", "Sounds great to me", "Happy with that, cheers", "yes that'll be fine",
    "Yes, no problems", "Haa, waa hagaag", "Da, e în regulă", "Yes I'm happy for you to WhatsApp me instead of ringing",
    "yes, fine to use this number", "Yes thanks, bear with me if I'm slow replying",
    # round 18: new approval words, this channel preferred, reasons, a relation signed
    "yeah thats calm", "Aye that will do me fine", "Yes, I'd rather text to be honest", "Yes cheers for asking",
    "Yes - I never answer calls anyway", "Yes, sorry, been at the doctors", "yes please, no more voicemails",
    "Yes I agree, it'll make arranging things easier", "Yes I consent - mum of Tia",
]
CONDITIONS = st.sampled_from([
    " but only after 5", " but not on weekends", " if it's only about appointments",
    " but don't send anything about my case",
    " as long as my ex can't see", " unless it's about court", " but I'm not sure", "?", " maybe", " but who is this",
    " no", " stop", " but call me instead",
])

PUNCTUATION = st.sampled_from(["", ".", "!", "!!!", "?", "...", " .", ",", " -", " 🙏", " 😡", " 🙄", " 👍", " ✅"])
TRAILERS = st.sampled_from(["", " thanks", " thank you", " ta", " x", " xx", " mate", " please", " pls", " ok", " 👍"])
LEADERS = st.sampled_from(["", "ok ", "yes ", "Yes, ", "hi ", "sorry ", "um ", "👍 "])


def cased(text: str, how: int) -> str:
    return [text, text.upper(), text.lower(), text.title(), text.capitalize()][how]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(WITHDRAWALS), st.integers(0, 4), PUNCTUATION, TRAILERS, st.sampled_from(["", "ok ", "sorry "]))
def test_a_perturbed_withdrawal_is_always_a_withdrawal(text, how, punctuation, trailer, leader) -> None:
    message = leader + cased(text, how) + punctuation + trailer
    assert read_consent(message) is ConsentReading.CONSENT_WITHDRAW, message


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(WITHDRAWALS), st.integers(0, 4), PUNCTUATION, TRAILERS, LEADERS)
def test_a_perturbed_withdrawal_is_never_yes(text, how, punctuation, trailer, leader) -> None:
    message = leader + cased(text, how) + punctuation + trailer
    assert read_consent(message) is not ConsentReading.CONSENT_YES, message


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ABOUT_CONTACT), st.integers(0, 4), PUNCTUATION, TRAILERS)
def test_a_perturbed_withdrawal_about_contact_withdraws_after_consent(text, how, punctuation, trailer) -> None:
    message = cased(text, how) + punctuation + trailer
    assert reads_as_withdrawal(message) is True, message


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HEDGED_YES), st.integers(0, 4), PUNCTUATION, TRAILERS)
def test_a_hedged_yes_is_never_yes(text, how, punctuation, trailer) -> None:
    message = cased(text, how) + punctuation + trailer
    assert read_consent(message) is not ConsentReading.CONSENT_YES, message


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("yesnoYESNO stop!?.,'👍✅❌x")), max_size=20))
def test_any_reply_with_a_refusal_word_is_never_yes(noise) -> None:
    for refusal in ("no", "stop", "not now"):
        message = f"{noise} {refusal}"
        assert read_consent(message) is not ConsentReading.CONSENT_YES, message


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["S T O P", "S.T.O.P", "s-t-o-p", "st0p", "stoppp", "STOOOP", "Stop!!", "stop 🛑", "❌", "👎"]))
def test_typed_and_spelled_out_stops(message) -> None:
    assert read_consent(message) is ConsentReading.CONSENT_WITHDRAW


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(REASONED_YES), st.integers(0, 4), TRAILERS)
def test_a_reasoned_yes_is_yes_and_any_condition_takes_it_away(text, how, trailer) -> None:
    message = cased(text, how)
    assert read_consent(message + trailer) is ConsentReading.CONSENT_YES, message + trailer


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(REASONED_YES), st.integers(0, 4), CONDITIONS, TRAILERS)
def test_a_reasoned_yes_with_a_condition_is_never_yes(text, how, condition, trailer) -> None:
    message = cased(text, how) + condition + trailer
    assert read_consent(message) is not ConsentReading.CONSENT_YES, message
