"""`decide`: the rules together, with the precedence described in carecomms.policy.engine."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from carecomms.policy import (
    LONDON,
    ChannelFacts,
    Clause,
    ConsentState,
    Decision,
    Outcome,
    Reason,
    SendKind,
    WorkingPattern,
    decide,
)
from tests.policy.builders import (
    ALICE,
    DOCUMENT,
    GRAN,
    SARA,
    TOM,
    WORKING_NOW,
    Finding,
    exception,
    send,
    to_ava,
)

BANK_HOLIDAY = datetime(2026, 8, 31, 10, 0, tzinfo=LONDON)


def codes(decision: Decision) -> list[str]:
    return [reason.code for reason in decision.reasons]


@pytest.mark.parametrize(
    ("sending", "now", "outcome", "expected_codes"),
    [
        (send(), WORKING_NOW, Outcome.ALLOW, []),
        (
            send(channel=ChannelFacts("whatsapp", organisation_owned=False)),
            WORKING_NOW,
            Outcome.REFUSE,
            ["channel_not_organisation_owned"],
        ),
        (send(recipient_count=3), WORKING_NOW, Outcome.REFUSE, ["not_exactly_one_recipient"]),
        (send(broadcast_or_status=True), WORKING_NOW, Outcome.REFUSE, ["broadcast_or_status_prohibited"]),
        (
            send(content=[Finding("special_category", "Mentions a diagnosis")]),
            WORKING_NOW,
            Outcome.REFUSE,
            ["content_special_category_data"],
        ),
        (send(born=date(2010, 11, 25)), WORKING_NOW, Outcome.ALLOW, []),
        (
            send(born=date(2010, 11, 26), guardians=(SARA,)),
            WORKING_NOW,
            Outcome.REROUTE_TO_GUARDIANS,
            ["under_16_send_to_guardians"],
        ),
        (to_ava(), WORKING_NOW, Outcome.REROUTE_TO_GUARDIANS, ["under_16_send_to_guardians"]),
        (
            to_ava(guardians=()),
            WORKING_NOW,
            Outcome.REFUSE,
            ["under_16_no_guardian_recorded", "below_platform_minimum_age"],
        ),
        (
            to_ava(guardians=(GRAN,)),
            WORKING_NOW,
            Outcome.REFUSE,
            ["under_16_no_guardian_number", "below_platform_minimum_age"],
        ),
        (to_ava(exceptions=(exception(),)), WORKING_NOW, Outcome.ALLOW, []),
        (
            to_ava(exceptions=(exception(approved_by=ALICE),)),
            WORKING_NOW,
            Outcome.REROUTE_TO_GUARDIANS,
            ["under_16_send_to_guardians", "exception_approved_by_requester"],
        ),
        (
            to_ava(exceptions=(exception(approved_by=None, approver_role=None),)),
            WORKING_NOW,
            Outcome.REROUTE_TO_GUARDIANS,
            ["under_16_send_to_guardians", "exception_not_approved"],
        ),
        (
            to_ava(exceptions=(exception(expires_at=WORKING_NOW),)),
            WORKING_NOW,
            Outcome.REROUTE_TO_GUARDIANS,
            ["under_16_send_to_guardians", "exception_expired"],
        ),
        (
            to_ava(exceptions=(exception(channel_kind="sms"),)),
            WORKING_NOW,
            Outcome.REROUTE_TO_GUARDIANS,
            ["under_16_send_to_guardians", "exception_wrong_channel"],
        ),
        (to_ava(exceptions=(exception(expires_at=WORKING_NOW), exception())), WORKING_NOW, Outcome.ALLOW, []),
        (send(born=None), WORKING_NOW, Outcome.REFUSE, ["date_of_birth_unknown"]),
        (send(born=None, addressed_to_guardian=True), WORKING_NOW, Outcome.ALLOW, []),
        (
            send(born=date(2009, 1, 1), channel=ChannelFacts("whatsapp", True, 18)),
            WORKING_NOW,
            Outcome.REFUSE,
            ["below_platform_minimum_age"],
        ),
        (
            send(
                born=date(2009, 1, 1), channel=ChannelFacts("whatsapp", True, 18), exceptions=(exception(),)
            ),
            WORKING_NOW,
            Outcome.ALLOW,
            [],
        ),
        (send(consent=ConsentState.NOT_REQUESTED), WORKING_NOW, Outcome.REFUSE, ["consent_not_requested"]),
        (
            send(consent=ConsentState.NOT_REQUESTED, kind=SendKind.CONSENT_REQUEST),
            WORKING_NOW,
            Outcome.ALLOW,
            [],
        ),
        (
            send(consent=ConsentState.WITHDRAWN, kind=SendKind.TEMPLATE),
            WORKING_NOW,
            Outcome.REFUSE,
            ["consent_withdrawn"],
        ),
        (send(), BANK_HOLIDAY, Outcome.SCHEDULE, ["outside_working_hours"]),
        (send(pattern=WorkingPattern.from_weekly({})), WORKING_NOW, Outcome.REFUSE, ["no_working_hours"]),
        (
            send(consent=ConsentState.WITHDRAWN),
            BANK_HOLIDAY,
            Outcome.REFUSE,
            ["consent_withdrawn", "outside_working_hours"],
        ),
        (
            to_ava(content=[Finding("case_sensitive", "Mentions a court hearing")]),
            WORKING_NOW,
            Outcome.REFUSE,
            ["content_case_sensitive"],
        ),
        (
            send(
                channel=ChannelFacts("whatsapp", False),
                recipient_count=2,
                consent=ConsentState.REQUESTED,
                content=[Finding("assessment", "Asks how they are coping")],
            ),
            BANK_HOLIDAY,
            Outcome.REFUSE,
            [
                "channel_not_organisation_owned",
                "not_exactly_one_recipient",
                "content_assessment",
                "consent_awaiting_reply",
                "outside_working_hours",
            ],
        ),
    ],
    ids=[
        "adult-with-consent",
        "G2-personal-account",
        "G10-several-recipients",
        "G10-status",
        "G6-special-category",
        "G5-16th-birthday-today",
        "G5-day-before-16th-birthday",
        "G5-child",
        "G5-no-guardians",
        "G5-no-guardian-numbers",
        "G4-valid-exception-below-13",
        "G4-approver-is-requester",
        "G4-unapproved",
        "G4-expired",
        "G4-wrong-channel",
        "G4-one-valid-among-several",
        "G5-unknown-age",
        "G5-guardian",
        "G3-17-on-an-18-platform",
        "G3-with-exception",
        "G7-not-asked",
        "G7-ask",
        "G7-withdrawn",
        "G9-bank-holiday-monday",
        "G9-no-hours",
        "G7-G9-both",
        "G14-beats-reroute",
        "everything-at-once",
    ],
)
def test_decide(sending, now: datetime, outcome: Outcome, expected_codes: list[str]) -> None:
    decision = decide(sending, DOCUMENT, now)
    assert decision.outcome == outcome
    assert codes(decision) == expected_codes
    assert decision.policy_version == "2026.1"
    assert decision.allowed is (outcome == Outcome.ALLOW)


def test_rerouted_message_is_decided_per_guardian_with_their_own_consent() -> None:
    decision = decide(to_ava(guardians=(SARA, GRAN, TOM)), DOCUMENT, WORKING_NOW)
    assert decision.outcome == Outcome.REROUTE_TO_GUARDIANS
    assert [(route.guardian_id, route.name) for route in decision.routes] == [
        (10, "Sara Brown"),
        (11, "Tom Brown"),
    ]
    sara, tom = (route.decision for route in decision.routes)
    assert sara.allowed
    assert tom.outcome == Outcome.REFUSE and [r.code for r in tom.reasons] == ["consent_not_requested"]


def test_consent_request_about_a_child_goes_to_each_guardian() -> None:
    decision = decide(to_ava(kind=SendKind.CONSENT_REQUEST), DOCUMENT, WORKING_NOW)
    sara, tom = (route.decision for route in decision.routes)
    assert [r.code for r in sara.reasons] == ["consent_already_given"]
    assert tom.allowed


def test_rerouted_out_of_hours_each_route_is_scheduled() -> None:
    decision = decide(to_ava(), DOCUMENT, BANK_HOLIDAY)
    assert decision.outcome == Outcome.REROUTE_TO_GUARDIANS
    sara = decision.routes[0].decision
    assert sara.outcome == Outcome.SCHEDULE
    assert sara.earliest_allowed_at == datetime(2026, 9, 1, 9, 0, tzinfo=LONDON)


def test_only_the_hour_schedules_for_the_next_working_time() -> None:
    christmas = datetime(2026, 12, 25, 10, 0, tzinfo=LONDON)
    decision = decide(send(), DOCUMENT, christmas)
    assert decision.outcome == Outcome.SCHEDULE
    assert decision.earliest_allowed_at == datetime(2026, 12, 29, 9, 0, tzinfo=LONDON)
    assert decision.reasons[0].clause == Clause.G9


def test_the_hour_the_clocks_go_forward() -> None:
    # 01:00 UTC on 29 March 2026, a Sunday: scheduled for Monday 09:00 BST, which is 08:00 UTC.
    decision = decide(send(), DOCUMENT, datetime(2026, 3, 29, 1, 0, tzinfo=UTC))
    assert decision.earliest_allowed_at == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)


def test_the_hour_the_clocks_go_back() -> None:
    # 01:30 UTC on 25 October 2026 is 01:30 GMT, after 01:30 BST happened an hour earlier.
    decision = decide(
        send(pattern=WorkingPattern.every_day("01:00", "02:00")),
        DOCUMENT,
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
    )
    assert decision.allowed


def test_rate_limited_repeat_request() -> None:
    repeat = send(
        consent=ConsentState.UNCLEAR,
        kind=SendKind.CONSENT_REQUEST,
        last_consent_request_at=WORKING_NOW - timedelta(hours=1),
    )
    assert codes(decide(repeat, DOCUMENT, WORKING_NOW)) == ["consent_request_rate_limited"]


def test_now_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="now must be a timezone-aware datetime"):
        decide(send(), DOCUMENT, datetime(2026, 11, 25, 11, 0))


def test_every_reason_is_readable_and_names_its_clause() -> None:
    decision = decide(
        send(channel=ChannelFacts("sms", False), consent=ConsentState.WITHDRAWN), DOCUMENT, BANK_HOLIDAY
    )
    for reason in decision.reasons:
        assert isinstance(reason.clause, Clause)
        assert reason.message.endswith(".") and len(reason.message) > 20


class TestDecisionAsData:
    def test_json_round_trip(self) -> None:
        decision = decide(to_ava(exceptions=(exception(approved_by=ALICE),)), DOCUMENT, BANK_HOLIDAY)
        stored = json.loads(json.dumps(decision.to_dict()))
        assert stored["outcome"] == "reroute_to_guardians"
        assert stored["reasons"][0]["clause"] == "G5"
        assert stored["reasons"][0]["clause_title"] == "Under-16s through parents or guardians"
        assert stored["routes"][0]["decision"]["earliest_allowed_at"] == "2026-09-01T08:00:00+00:00"
        assert Decision.from_dict(stored) == decision

    def test_a_refusal_must_say_why(self) -> None:
        with pytest.raises(ValueError, match="must say why"):
            Decision(Outcome.REFUSE, (), "2026.1")

    def test_a_schedule_needs_a_time(self) -> None:
        reason = Reason("outside_working_hours", Clause.G9, "Later.")
        with pytest.raises(ValueError, match="earliest allowed time"):
            Decision(Outcome.SCHEDULE, (reason,), "2026.1")

    def test_clauses_listed_once(self) -> None:
        decision = decide(send(recipient_count=2, broadcast_or_status=True), DOCUMENT, WORKING_NOW)
        assert decision.clauses == (Clause.G10,)


def test_every_clause_has_a_short_title() -> None:
    from carecomms.policy import CLAUSE_TITLES

    assert set(CLAUSE_TITLES) == set(Clause)
    assert Clause.G5.label == "Under-16s through parents or guardians"
    assert [clause.value for clause in Clause][:3] == ["G1", "G2", "G3"]
