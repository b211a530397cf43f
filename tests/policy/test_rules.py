"""Each rule on its own, table-driven, named after the clause it applies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from carecomms.policy import (
    LONDON,
    ChannelFacts,
    Clause,
    ConsentState,
    Role,
    SendKind,
    age_on,
    consent_first,
    contact_exception_valid,
    keep_in_touch_content,
    one_recipient_no_broadcast,
    organisation_accounts_only,
    platform_minimum_age,
    under_sixteens_through_guardians,
    working_hours,
)
from tests.policy.builders import (
    ALICE,
    BOB,
    DINA,
    DOCUMENT,
    GRAN,
    SARA,
    SMS,
    TOM,
    WHATSAPP,
    WORKING_NOW,
    Finding,
    exception,
    send,
    to_ava,
)


def codes(reasons: tuple) -> list[str]:
    return [reason.code for reason in reasons]


# --- age ---


@pytest.mark.parametrize(
    ("born", "on", "age", "why"),
    [
        (date(2010, 11, 25), date(2026, 11, 25), 16, "16th birthday today"),
        (date(2010, 11, 25), date(2026, 11, 24), 15, "the day before the 16th birthday"),
        (date(2010, 11, 25), date(2026, 11, 26), 16, "the day after"),
        (date(2008, 2, 29), date(2024, 2, 28), 15, "leap-day child, day before a leap-year birthday"),
        (date(2008, 2, 29), date(2024, 2, 29), 16, "leap-day child on 29 February"),
        (date(2008, 2, 29), date(2026, 2, 28), 17, "leap-day child is not 18 on 28 Feb of a common year"),
        (date(2008, 2, 29), date(2026, 3, 1), 18, "leap-day child turns 18 on 1 March of a common year"),
        (date(2084, 2, 29), date(2100, 2, 28), 15, "2100 is not a leap year: not 16 on 28 Feb"),
        (date(2084, 2, 29), date(2100, 3, 1), 16, "2100 is not a leap year: 16 on 1 March"),
        (date(1990, 12, 31), date(2026, 1, 1), 35, "year boundary"),
    ],
)
def test_age_on(born: date, on: date, age: int, why: str) -> None:
    assert age_on(born, on) == age, why


def test_age_is_taken_on_the_london_date() -> None:
    # 23:30 UTC on 9 June is 00:30 BST on 10 June: the 16th birthday has begun in London.
    birthday_teen = send(born=date(2010, 6, 10), guardians=(SARA,))
    assert (
        under_sixteens_through_guardians(birthday_teen, DOCUMENT, datetime(2026, 6, 9, 23, 30, tzinfo=UTC))
        == ()
    )
    assert codes(
        under_sixteens_through_guardians(birthday_teen, DOCUMENT, datetime(2026, 6, 9, 22, 30, tzinfo=UTC))
    ) == ["under_16_send_to_guardians"]


# --- G2 / G12 ---


def test_g2_personal_accounts_are_refused() -> None:
    personal = send(channel=ChannelFacts(kind="whatsapp", organisation_owned=False))
    reasons = organisation_accounts_only(personal, DOCUMENT, WORKING_NOW)
    assert [(r.code, r.clause) for r in reasons] == [("channel_not_organisation_owned", Clause.G2)]
    assert organisation_accounts_only(send(), DOCUMENT, WORKING_NOW) == ()


# --- G10 ---


@pytest.mark.parametrize(
    ("count", "broadcast", "expected"),
    [
        (1, False, []),
        (2, False, ["not_exactly_one_recipient"]),
        (0, False, ["not_exactly_one_recipient"]),
        (1, True, ["broadcast_or_status_prohibited"]),
        (5, True, ["broadcast_or_status_prohibited", "not_exactly_one_recipient"]),
    ],
)
def test_g10_one_recipient_no_broadcast(count: int, broadcast: bool, expected: list[str]) -> None:
    reasons = one_recipient_no_broadcast(
        send(recipient_count=count, broadcast_or_status=broadcast), DOCUMENT, WORKING_NOW
    )
    assert codes(reasons) == expected
    assert all(reason.clause == Clause.G10 for reason in reasons)


# --- G3 ---


@pytest.mark.parametrize(
    ("born", "channel", "exceptions", "expected", "why"),
    [
        (date(2013, 11, 25), WHATSAPP, (), [], "13 today: WhatsApp's minimum"),
        (date(2013, 11, 26), WHATSAPP, (), ["below_platform_minimum_age"], "12, a day short of 13"),
        (date(2013, 11, 26), WHATSAPP, (exception(),), [], "12 with a valid exception"),
        (
            date(2013, 11, 26),
            WHATSAPP,
            (exception(channel_kind="sms"),),
            ["below_platform_minimum_age"],
            "SMS one",
        ),
        (
            date(2009, 1, 1),
            ChannelFacts("whatsapp", True, 18),
            (),
            ["below_platform_minimum_age"],
            "17, min 18",
        ),
        (
            date(2009, 1, 1),
            ChannelFacts("signal", True),
            (),
            ["no_minimum_age_configured"],
            "unknown platform",
        ),
        (None, WHATSAPP, (), [], "unknown age is G5's concern"),
    ],
)
def test_g3_platform_minimum_age(
    born: date | None, channel: ChannelFacts, exceptions: tuple, expected: list[str], why: str
) -> None:
    reasons = platform_minimum_age(
        send(born=born, channel=channel, exceptions=exceptions), DOCUMENT, WORKING_NOW
    )
    assert codes(reasons) == expected, why
    assert all(reason.clause == Clause.G3 for reason in reasons)


def test_g3_does_not_apply_to_a_guardian() -> None:
    assert platform_minimum_age(send(born=None, addressed_to_guardian=True), DOCUMENT, WORKING_NOW) == ()


# --- G4 ---

MIDNIGHT = datetime(2026, 11, 26, 0, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("changes", "now", "expected"),
    [
        ({}, WORKING_NOW, []),
        ({"consent_basis": None}, WORKING_NOW, ["exception_no_consent_basis"]),
        ({"risk_assessment_ref": "  "}, WORKING_NOW, ["exception_no_risk_assessment"]),
        ({"approved_by": None, "approver_role": None}, WORKING_NOW, ["exception_not_approved"]),
        ({"approved_by": ALICE}, WORKING_NOW, ["exception_approved_by_requester"]),
        ({"requested_by": BOB, "approved_by": BOB}, WORKING_NOW, ["exception_approved_by_requester"]),
        (
            {"approved_by": DINA, "approver_role": Role.PRACTITIONER},
            WORKING_NOW,
            ["exception_approver_not_team_manager"],
        ),
        ({"channel_kind": "sms"}, WORKING_NOW, ["exception_wrong_channel"]),
        ({"withdrawn": True}, WORKING_NOW, ["exception_withdrawn"]),
        ({"expires_at": MIDNIGHT}, MIDNIGHT - timedelta(seconds=1), []),
        ({"expires_at": MIDNIGHT}, MIDNIGHT, ["exception_expired"]),
        ({"expires_at": MIDNIGHT}, MIDNIGHT + timedelta(days=30), ["exception_expired"]),
        (
            {"expires_at": datetime(2026, 11, 26, 0, 0, tzinfo=UTC)},
            datetime(2026, 11, 26, 0, 0, tzinfo=LONDON),
            ["exception_expired"],
        ),
    ],
    ids=[
        "valid",
        "no-basis",
        "no-risk-assessment",
        "unapproved",
        "approver-is-requester",
        "manager-approved-own-request",
        "approver-not-team-manager",
        "wrong-channel",
        "withdrawn",
        "last-second-before-midnight-expiry",
        "expires-exactly-at-midnight",
        "long-expired",
        "midnight-in-another-zone",
    ],
)
def test_g4_contact_exception_valid(changes: dict, now: datetime, expected: list[str]) -> None:
    reasons = contact_exception_valid(exception(**changes), WHATSAPP, now)
    assert codes(reasons) == expected
    assert all(reason.clause == Clause.G4 for reason in reasons)


def test_g4_every_problem_is_listed() -> None:
    hopeless = exception(
        consent_basis=None,
        risk_assessment_ref="",
        approved_by=ALICE,
        approver_role=Role.PRACTITIONER,
        channel_kind="sms",
        withdrawn=True,
        expires_at=MIDNIGHT,
    )
    assert set(codes(contact_exception_valid(hopeless, WHATSAPP, MIDNIGHT))) == {
        "exception_wrong_channel",
        "exception_no_consent_basis",
        "exception_no_risk_assessment",
        "exception_approver_not_team_manager",
        "exception_approved_by_requester",
        "exception_withdrawn",
        "exception_expired",
    }


def test_g4_an_sms_exception_counts_on_sms() -> None:
    assert contact_exception_valid(exception(channel_kind="sms"), SMS, WORKING_NOW) == ()


# --- G5 ---


@pytest.mark.parametrize(
    ("sending", "expected"),
    [
        (send(), []),
        (send(born=date(2010, 11, 25)), []),  # 16 today
        (send(born=date(2010, 11, 26), guardians=(SARA,)), ["under_16_send_to_guardians"]),  # 16 tomorrow
        (to_ava(), ["under_16_send_to_guardians"]),
        (to_ava(guardians=()), ["under_16_no_guardian_recorded"]),
        (to_ava(guardians=(GRAN,)), ["under_16_no_guardian_number"]),
        (to_ava(exceptions=(exception(),)), []),
        (to_ava(exceptions=(exception(approved_by=ALICE),)), ["under_16_send_to_guardians"]),
        (send(born=None), ["date_of_birth_unknown"]),
        (send(born=None, exceptions=(exception(),)), []),
        (send(born=None, addressed_to_guardian=True), []),
        (to_ava(addressed_to_guardian=True), []),
    ],
    ids=[
        "adult",
        "16th-birthday-today",
        "day-before-16th-birthday",
        "child-with-guardians",
        "no-guardians",
        "guardian-without-number",
        "valid-exception",
        "self-approved-exception",
        "unknown-age",
        "unknown-age-with-exception",
        "to-a-guardian",
        "flagged-as-guardian",
    ],
)
def test_g5_under_sixteens_through_guardians(sending, expected: list[str]) -> None:
    reasons = under_sixteens_through_guardians(sending, DOCUMENT, WORKING_NOW)
    assert codes(reasons) == expected
    assert all(reason.clause == Clause.G5 for reason in reasons)


def test_g5_names_who_the_message_goes_to_and_who_cannot_get_it() -> None:
    (reason,) = under_sixteens_through_guardians(to_ava(guardians=(SARA, GRAN, TOM)), DOCUMENT, WORKING_NOW)
    assert "Sara Brown and Tom Brown" in reason.message
    assert "No mobile number is recorded for Grace Brown" in reason.message


# --- G7 / W2 ---

C, F, T = SendKind.CONSENT_REQUEST, SendKind.FREE_TEXT, SendKind.TEMPLATE


@pytest.mark.parametrize(
    ("state", "kind", "expected"),
    [
        (ConsentState.NOT_REQUESTED, C, []),
        (ConsentState.NOT_REQUESTED, F, ["consent_not_requested"]),
        (ConsentState.NOT_REQUESTED, T, ["consent_not_requested"]),
        (ConsentState.REQUESTED, C, ["consent_request_pending"]),
        (ConsentState.REQUESTED, F, ["consent_awaiting_reply"]),
        (ConsentState.UNCLEAR, C, []),
        (ConsentState.UNCLEAR, T, ["consent_unclear"]),
        (ConsentState.GIVEN, C, ["consent_already_given"]),
        (ConsentState.GIVEN, F, []),
        (ConsentState.GIVEN, T, []),
        (ConsentState.WITHDRAWN, C, []),
        (ConsentState.WITHDRAWN, F, ["consent_withdrawn"]),
        (ConsentState.WITHDRAWN, T, ["consent_withdrawn"]),
    ],
)
def test_g7_consent_first(state: ConsentState, kind: SendKind, expected: list[str]) -> None:
    reasons = consent_first(send(consent=state, kind=kind), DOCUMENT, WORKING_NOW)
    assert codes(reasons) == expected
    assert all(reason.clause == Clause.G7 for reason in reasons)


@pytest.mark.parametrize(
    ("asked_ago", "expected"),
    [
        (timedelta(hours=2), ["consent_request_rate_limited"]),
        (timedelta(hours=23, minutes=59), ["consent_request_rate_limited"]),
        (timedelta(days=1), []),
        (timedelta(days=3), []),
    ],
)
def test_g7_repeat_requests_are_rate_limited(asked_ago: timedelta, expected: list[str]) -> None:
    repeat = send(consent=ConsentState.WITHDRAWN, kind=C, last_consent_request_at=WORKING_NOW - asked_ago)
    assert codes(consent_first(repeat, DOCUMENT, WORKING_NOW)) == expected


# --- G9 ---


def test_g9_working_hours() -> None:
    assert working_hours(send(), DOCUMENT, WORKING_NOW) == ()
    (reason,) = working_hours(send(), DOCUMENT, datetime(2026, 8, 31, 10, 0, tzinfo=LONDON))
    assert (reason.code, reason.clause) == ("outside_working_hours", Clause.G9)
    assert "Tue 1 Sep 2026 09:00" in reason.message


# --- G6 / G11 / G14 ---


@pytest.mark.parametrize(
    ("category", "clause", "code"),
    [
        ("personal_data", Clause.G6, "content_personal_data"),
        ("special_category", Clause.G6, "content_special_category_data"),
        ("criminal_offence", Clause.G6, "content_criminal_offence_data"),
        ("case_sensitive", Clause.G14, "content_case_sensitive"),
        ("assessment", Clause.G11, "content_assessment"),
        ("something_new", Clause.G6, "content_concern"),
    ],
)
def test_content_concerns_map_to_their_clause(category: str, clause: Clause, code: str) -> None:
    (reason,) = keep_in_touch_content(
        send(content=[Finding(category, "Found it here")]), DOCUMENT, WORKING_NOW
    )
    assert (reason.clause, reason.code) == (clause, code)
    assert reason.message.startswith("Found it here.")


def test_content_repeated_findings_are_reported_once() -> None:
    findings = [
        Finding("personal_data", "An NHS number"),
        Finding("personal_data", "An NHS number"),
        Finding("assessment", "How are you coping with your low mood?"),
    ]
    assert codes(keep_in_touch_content(send(content=findings), DOCUMENT, WORKING_NOW)) == [
        "content_personal_data",
        "content_assessment",
    ]


class TestInstantsNotWallClocks:
    """Python compares two London times on the wall clock; the rules must use real instants."""

    def test_expiry_inside_the_repeated_autumn_hour(self) -> None:
        expires = datetime(2026, 10, 25, 1, 10, fold=1, tzinfo=LONDON)  # 01:10 GMT = 01:10 UTC
        now = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)  # 01:30 BST = 00:30 UTC, earlier
        assert contact_exception_valid(exception(expires_at=expires), WHATSAPP, now) == ()

    def test_rate_limit_across_the_autumn_clock_change(self) -> None:
        last = datetime(2026, 10, 24, 12, 0, tzinfo=LONDON)  # BST
        now = datetime(2026, 10, 25, 11, 30, tzinfo=LONDON)  # GMT: 24.5 hours later in real time
        repeat = send(consent=ConsentState.WITHDRAWN, kind=C, last_consent_request_at=last)
        assert consent_first(repeat, DOCUMENT, now) == ()
