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
        # a clear yes with a harmless reason or who is writing (consent_unseen5)
        "YES I DO",
        "Yes I agree to WhatsApp",
        "Yes, happy for you to use WhatsApp",
        "yes please, easier than phone calls cos of my hearing",
        "yes this is fine, its my own phone",
        "Yes I'm his mum and you can message me about him on here",
        "yes its fine for you to message me, Im her dad",
        # yes in other languages (the table in consent.py)
        "Da, sunt de acord",
        "Tak, zgadzam się",
        "Sí, está bien",
        "Oui, d'accord",
        "Haan ji",
        "نعم",
        "Sim, obrigada",
        "Evet",
        "Taip",
        "Так",
        "waan ogolahay",
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
        # no in other languages (the table in consent.py)
        "Nie, dziękuję",
        "Non merci",
        "Nu",
        "nahi",
        "la shukran",
        "لا",
        "Não",
        "Hayır",
        "Нет",
        "ні",
        "Maya",
        "Tak... nie",
        "yes to contact but not on whatsapp",
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
        # conditional or doubtful (consent_unseen5), a bare yes beside who is writing, OK-words of other languages
        "yes... no... idk",
        "yes but only if you dont send anything about my case",
        "I'm not sure about this, I'd need to know who can see them before I agree to anything",
        "yes I'm Sarah's mum",
        "yes its my own phone",
        "yes im his mum but only about appointments",
        "Tak, ale tylko wieczorem",
        "d'accord",
        "va bene",
        "tamam",
        "theek hai",
        "haa",
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
