"""Consent is asked in the channel's own words (W2): WhatsApp's wording names Meta, so SMS needs its own."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from carecomms.policy import ConsentState, Outcome, PolicyDocument, SendKind, decide, default_policy_document
from tests.policy.builders import SMS, WORKING_NOW, send


def test_each_channel_has_its_wording() -> None:
    document = default_policy_document()
    assert document.consent_text_for("whatsapp") == document.consent_text
    sms = document.consent_text_for("sms")
    assert sms is not None and "YES" in sms
    assert "WhatsApp" not in sms and "Meta" not in sms
    assert document.consent_text_for("carrier_pigeon") is None


def test_wording_survives_storage() -> None:
    document = default_policy_document()
    restored = PolicyDocument.from_dict(json.loads(json.dumps(document.to_dict())))
    assert restored.consent_text_for("sms") == document.consent_text_for("sms")


def test_older_documents_without_sms_wording_still_load() -> None:
    data = default_policy_document().to_dict()
    del data["consent_texts"]
    assert PolicyDocument.from_dict(data).consent_text_for("sms") is None


def test_sms_wording_must_ask_for_yes() -> None:
    data = default_policy_document().to_dict()
    data["consent_texts"] = {"sms": "Can we text you?"}
    with pytest.raises(ValueError, match="sms consent text"):
        PolicyDocument.from_dict(data)


def test_no_sms_consent_request_without_sms_wording() -> None:
    document = replace(default_policy_document(), consent_texts={})
    request = send(kind=SendKind.CONSENT_REQUEST, consent=ConsentState.NOT_REQUESTED, channel=SMS)
    decision = decide(request, document, WORKING_NOW)
    assert decision.outcome == Outcome.REFUSE
    assert [reason.code for reason in decision.reasons] == ["consent_wording_missing"]
    assert decide(request, default_policy_document(), WORKING_NOW).allowed
