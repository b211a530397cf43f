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
]
# Withdrawals that are about being contacted, so they also count after consent was given.
ABOUT_CONTACT = [
    "STOP", "stop", "stop texting me", "please stop messaging me", "pls dont msg", "don't message me",
    "unsubscribe", "opt out", "call me instead", "leave me alone", "I don't want whatsapp", "no more messages",
    "take me off", "wrong number", "only phone me", "letters only", "not on here", "I would prefer you call",
]
HEDGED_YES = [
    "yes but only after 5", "yes but not on weekends", "yes?", "yes if it's only about appointments",
    "yes I think so", "yes maybe", "who is this? yes", "yes but what's it for", "yes got it",
]

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
