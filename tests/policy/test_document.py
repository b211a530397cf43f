"""R1: the policy document as versioned data, its JSON round trip and its validation."""

from __future__ import annotations

import copy
import json
import pickle
import re
from dataclasses import FrozenInstanceError, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from carecomms.policy import (
    COUNCIL_CONSENT_TEXT,
    KeepInTouchTemplate,
    PolicyDocument,
    WorkingPattern,
    default_policy_document,
)

GUIDANCE = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_ee89280d7a41aef9.txt"


def valid() -> dict[str, Any]:
    return default_policy_document().to_dict()


def test_default_document() -> None:
    document = default_policy_document()
    assert (document.version, document.effective_from, document.review_due) == (
        "2026.1",
        date(2026, 1, 1),
        date(2027, 1, 1),
    )
    assert document.minimum_ages == {"whatsapp": 13, "sms": 13}
    assert document.direct_contact_min_age == 16
    assert document.default_working_pattern == WorkingPattern.weekdays("09:00", "17:00")
    assert {template.name for template in document.keep_in_touch_templates} == {
        "appointment_reminder",
        "please_call_me",
        "introduction",
    }
    message = document.out_of_hours_message()
    assert "Emergency: 999" in message and "020 8496 0999" in message


def test_consent_text_is_the_councils_wording_verbatim() -> None:
    if not GUIDANCE.exists():
        pytest.skip(f"the guidance is not beside this checkout ({GUIDANCE})")
    guidance = GUIDANCE.read_text(encoding="utf-8")
    quoted = re.search(r'"(Please note that we will be communicating.*?"YES"\.)"', guidance, re.DOTALL)
    assert quoted is not None
    assert COUNCIL_CONSENT_TEXT == quoted.group(1)


def test_json_round_trip() -> None:
    document = default_policy_document()
    assert PolicyDocument.from_dict(json.loads(json.dumps(document.to_dict()))) == document


def test_round_trip_keeps_every_field() -> None:
    document = replace(
        default_policy_document(),
        version="2027.2",
        minimum_ages={"whatsapp": 16, "sms": 13},
        consent_repeat_min_interval=timedelta(hours=36),
        default_working_pattern=WorkingPattern.every_day("08:00", "20:00", work_bank_holidays=True),
        organisation_places=("Family Hub",),
    )
    restored = PolicyDocument.from_dict(json.loads(json.dumps(document.to_dict())))
    assert restored == document
    assert restored.consent_repeat_min_interval == timedelta(hours=36)
    assert restored.minimum_ages["whatsapp"] == 16


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("version"), "'version' is missing"),
        (lambda d: d.update(version=""), "'version' must be a non-empty"),
        (lambda d: d.update(version=2026), "'version' must be text"),
        (lambda d: d.update(effective_from="1 Jan 2026"), "'effective_from' must be a date like 2026-01-01"),
        (lambda d: d.update(review_due="2025-12-31"), "review date .* must come after the effective date"),
        (lambda d: d.update(consent_text="Can we message you on WhatsApp?"), 'reply "YES"'),
        (
            lambda d: d.update(minimum_ages={"whatsapp": "13"}),
            "minimum age for whatsapp must be a whole number",
        ),
        (lambda d: d.update(minimum_ages={}), "'minimum_ages' needs an age"),
        (lambda d: d.update(direct_contact_min_age=True), "'direct_contact_min_age' must be a whole number"),
        (lambda d: d.update(consent_repeat_min_interval_hours=-1), "must not be negative"),
        (lambda d: d.update(consent_template_name="Consent Request"), "'consent_template_name'"),
        (lambda d: d.update(consent_template_language="English"), "'consent_template_language'"),
        (lambda d: d.update(out_of_hours_contacts=[]), "at least one out-of-hours contact"),
        (lambda d: d["out_of_hours_contacts"].append({"label": "EDT"}), "item 3: 'number' is missing"),
        (lambda d: d["out_of_hours_contacts"][0].update(fax="none"), "item 1: unknown field"),
        (
            lambda d: d["keep_in_touch_templates"][0].update(body="Hello {{1}}, see you on {{3}}"),
            "placeholders",
        ),
        (lambda d: d["keep_in_touch_templates"].append(d["keep_in_touch_templates"][0]), "names repeat"),
        (lambda d: d.update(default_working_pattern={"days": {"monday": [["17:00", "09:00"]]}}), "monday"),
        (lambda d: d.update(organisation_places=["Town Hall", ""]), "'organisation_places'"),
        (lambda d: d.update(consent_wording="typo"), "unknown field\\(s\\) 'consent_wording'"),
    ],
)
def test_validation_errors_name_the_problem(change, message: str) -> None:
    data = copy.deepcopy(valid())
    change(data)
    with pytest.raises(ValueError, match=message) as raised:
        PolicyDocument.from_dict(data)
    assert str(raised.value).startswith("policy document")


def test_not_an_object() -> None:
    with pytest.raises(ValueError, match="must be an object"):
        PolicyDocument.from_dict([])  # type: ignore[arg-type]


def test_review_overdue_from_the_review_date() -> None:
    document = default_policy_document()
    assert not document.review_overdue(date(2026, 12, 31))
    assert document.review_overdue(date(2027, 1, 1))


def test_document_is_immutable_hashable_and_picklable() -> None:
    document = default_policy_document()
    with pytest.raises(FrozenInstanceError):
        document.version = "hacked"  # type: ignore[misc]
    with pytest.raises(TypeError):
        document.minimum_ages["whatsapp"] = 0  # type: ignore[index]
    assert hash(document) == hash(default_policy_document())
    assert pickle.loads(pickle.dumps(document)) == document
    assert copy.deepcopy(document) == document


class TestKeepInTouchTemplate:
    template = KeepInTouchTemplate(
        name="appointment_reminder",
        language="en_GB",
        title="Appointment reminder",
        body="Hello {{1}}, see you on {{2}}.",
        parameters=("First name", "Date"),
    )

    def test_render(self) -> None:
        assert self.template.render(["Jenny", "Tuesday"]) == "Hello Jenny, see you on Tuesday."

    def test_render_needs_every_value(self) -> None:
        with pytest.raises(ValueError, match="needs 2 values"):
            self.template.render(["Jenny"])

    def test_parameters_must_match_placeholders(self) -> None:
        with pytest.raises(ValueError, match="placeholders"):
            replace(self.template, parameters=("First name",))

    def test_whatsapp_name_rules(self) -> None:
        with pytest.raises(ValueError, match="lowercase"):
            replace(self.template, name="Appointment-Reminder")
