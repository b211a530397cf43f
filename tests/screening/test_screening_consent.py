import json
from pathlib import Path

import pytest

from carecomms.screening import ConsentReading, read_consent, read_consent_button

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(
    "text",
    [
        "YES",
        "Yes please 😊",
        "yes thats fine",
        "yes, ok",
        "YES I agree",
        "Yes - happy to",
        "yeah yes",
        "Yes!",
        "I consent",
        "Yes, that's absolutely fine",
    ],
)
def test_clear_yes(text: str) -> None:
    assert read_consent(text) is ConsentReading.CONSENT_YES


@pytest.mark.parametrize(
    "text",
    [
        "No",
        "STOP",
        "no thank you",
        "I don't want WhatsApp, call me instead",
        "please stop messaging me here",
        "withdraw",
        "I changed my mind, no more whatsapp",
        "unsubscribe",
        "yes stop",
        "yes... actually no",
        "prefer letters please, not whatsapp",
        # another channel asked for in other words (consent_unseen4)
        "I would prefer you call",
        "only phone me",
        "letters only please",
        "Not on here please",
        "Email only.",
    ],
)
def test_withdrawals(text: str) -> None:
    assert read_consent(text) is ConsentReading.CONSENT_WITHDRAW


@pytest.mark.parametrize(
    "text",
    [
        "Ok",
        "ok?",
        "what's this about?",
        "who gave you my number",
        "🙂",
        "Yes got it",
        "Hello?",
        "can I say yes later",
        "maybe, need to think",
        "yes but what's it for?",
        "no problem",
        "no worries",
        "Yes I'll be there at 10",
        "",
        "   ",
        "yes I don't mind",
        "is it ok if I only text on here?",
        "only for appointments",
    ],
)
def test_everything_else_is_unclear(text: str) -> None:
    assert read_consent(text) is ConsentReading.UNCLEAR


def test_buttons() -> None:
    assert read_consent_button("CONSENT_YES") is ConsentReading.CONSENT_YES
    assert read_consent_button(" consent_yes ") is ConsentReading.CONSENT_YES
    assert read_consent_button("consent_no") is ConsentReading.CONSENT_WITHDRAW
    assert read_consent_button("YES") is ConsentReading.UNCLEAR
    assert read_consent_button("") is ConsentReading.UNCLEAR


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_no_false_yes_and_every_withdrawal_on_our_data(split: str) -> None:
    rows = [
        json.loads(line)
        for line in (DATA / f"consent_{split}.jsonl").read_text().splitlines()
        if line.strip()
    ]
    readings = {row["id"]: read_consent(row["text"]).value for row in rows}
    false_yes = [
        row["text"] for row in rows if row["expect"] != "consent_yes" and readings[row["id"]] == "consent_yes"
    ]
    missed = [
        row["text"]
        for row in rows
        if row["expect"] == "consent_withdraw" and readings[row["id"]] != "consent_withdraw"
    ]
    assert false_yes == []
    assert missed == []
