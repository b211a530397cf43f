"""The guidance's invariants, checked over random people, times and states (Hypothesis).

Oracles here are written independently of the rules: age from the 16th birthday itself, validity
of an exception from its fields, working time from the `holidays` package directly.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import holidays
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carecomms.policy import (
    LONDON,
    ChannelFacts,
    ConsentBasis,
    ConsentState,
    ContactException,
    Decision,
    Guardian,
    Outcome,
    ProposedSend,
    Recipient,
    Role,
    Sender,
    SendKind,
    WorkingPattern,
    decide,
)
from tests.policy.builders import DOCUMENT, Finding

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ENGLISH_HOLIDAYS = holidays.country_holidays("GB", subdiv="ENG", years=range(2024, 2032))

moments = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.sampled_from([LONDON, UTC])
)
quarter_hours = st.integers(min_value=0, max_value=95).map(lambda q: time(q // 4, (q % 4) * 15))


@st.composite
def intervals(draw: st.DrawFn) -> tuple[time, time]:
    start, end = sorted(draw(st.lists(quarter_hours, min_size=2, max_size=2, unique=True)))
    return start, end


@st.composite
def patterns(draw: st.DrawFn) -> WorkingPattern:
    known = [
        WorkingPattern.weekdays(),
        WorkingPattern.every_day("07:00", "22:00"),
        WorkingPattern.from_weekly({}),
    ]
    if draw(st.booleans()):
        return draw(st.sampled_from(known))
    weekly = {}
    for day in range(7):
        first = draw(st.none() | intervals())
        weekly[day] = [first] if first else []
    return WorkingPattern.from_weekly(weekly, work_bank_holidays=draw(st.booleans()))


@st.composite
def births(draw: st.DrawFn, now: datetime) -> date | None:
    """Dates of birth clustered around the ages that matter (13, 16), including 29 February."""
    if draw(st.integers(0, 9)) == 0:
        return None
    today = now.astimezone(LONDON).date()
    years = draw(st.sampled_from([5, 12, 13, 15, 16, 17, 30, 70]))
    shift = draw(st.integers(-3, 3))
    try:
        born = today.replace(year=today.year - years)
    except ValueError:  # today is 29 February
        born = date(today.year - years, 2, 28)
    if draw(st.integers(0, 9)) == 0:
        leap_year = born.year - born.year % 4
        return date(leap_year, 2, 29)
    return born + timedelta(days=shift)


def mostly(value: object, *others: object) -> st.SearchStrategy:
    """Usually `value`, sometimes one of `others`: keeps allowed sends common enough to test."""
    return st.sampled_from([value, value, value, value, value, value, *others])


@st.composite
def contact_exceptions(draw: st.DrawFn, now: datetime) -> ContactException:
    requested_by = draw(st.integers(1, 3))
    return ContactException(
        exception_id=draw(st.integers(1, 1000)),
        channel_kind=draw(mostly("whatsapp", "sms")),
        consent_basis=draw(mostly(ConsentBasis.PARENTAL_S20, ConsentBasis.CORPORATE_PARENT, None)),
        risk_assessment_ref=draw(mostly("RA-1", "", " ")),
        requested_by=requested_by,
        approved_by=draw(mostly(requested_by % 3 + 1, requested_by, None)),
        approver_role=draw(mostly(Role.TEAM_MANAGER, *Role, None)),
        expires_at=now + timedelta(minutes=draw(st.integers(-3, 3)) * draw(st.sampled_from([1, 60 * 24]))),
        withdrawn=draw(mostly(False, True)),
    )


@st.composite
def proposed_sends(draw: st.DrawFn) -> tuple[ProposedSend, datetime]:
    pattern = draw(patterns())
    now = draw(moments)
    if draw(st.booleans()):  # half the time, a moment the practitioner is at work
        now = pattern.next_working_time(now) or now
    guardians = tuple(
        Guardian(
            guardian_id=10 + index,
            name=f"Guardian {index}",
            has_number=draw(mostly(True, False)),
            consent=draw(mostly(ConsentState.GIVEN, *ConsentState)),
        )
        for index in range(draw(st.integers(0, 3)))
    )
    recipient = Recipient(
        person_id=100,
        date_of_birth=draw(births(now)),
        guardians=guardians,
        consent=draw(mostly(ConsentState.GIVEN, *ConsentState)),
        exceptions=tuple(draw(st.lists(contact_exceptions(now), max_size=2))),
    )
    findings = st.builds(
        Finding, st.sampled_from(["personal_data", "assessment", "case_sensitive"]), st.just("Found")
    )
    sending = ProposedSend(
        sender=Sender(user_id=1, role=Role.PRACTITIONER, working_pattern=pattern),
        recipient=recipient,
        channel=ChannelFacts(
            kind=draw(mostly("whatsapp", "sms")), organisation_owned=draw(mostly(True, False))
        ),
        kind=draw(st.sampled_from(SendKind)),
        content=draw(mostly((), (draw(findings),))),
        recipient_count=draw(mostly(1, 0, 2)),
        broadcast_or_status=draw(mostly(False, True)),
        addressed_to_guardian=draw(mostly(False, True)),
        last_consent_request_at=draw(st.none() | st.just(now - timedelta(hours=draw(st.integers(0, 48))))),
    )
    return sending, now


# --- independent oracles ---


def is_at_least_16(born: date | None, now: datetime) -> bool:
    if born is None:
        return False
    today = now.astimezone(LONDON).date()
    sixteenth = (
        date(born.year + 16, 3, 1) if (born.month, born.day) == (2, 29) else born.replace(year=born.year + 16)
    )
    if (born.month, born.day) == (2, 29) and (born.year + 16) % 4 == 0 and (born.year + 16) % 100 != 0:
        sixteenth = date(born.year + 16, 2, 29)
    return today >= sixteenth


def exception_counts(exception: ContactException, channel_kind: str, now: datetime) -> bool:
    return (
        exception.channel_kind == channel_kind
        and exception.consent_basis is not None
        and exception.risk_assessment_ref.strip() != ""
        and exception.approved_by is not None
        and exception.approver_role == Role.TEAM_MANAGER
        and exception.approved_by != exception.requested_by
        and not exception.withdrawn
        and now < exception.expires_at
    )


def works_at(pattern: WorkingPattern, at: datetime) -> bool:
    local = at.astimezone(LONDON)
    if local.date() in ENGLISH_HOLIDAYS and not pattern.work_bank_holidays:
        return False
    return any(start <= local.time() < end for start, end in pattern.days[local.weekday()])


def goes_out(decision: Decision) -> bool:
    """Allowed now or later: everything that is not refused or re-addressed."""
    return decision.outcome in (Outcome.ALLOW, Outcome.SCHEDULE)


# --- invariants ---


@PROPERTY
@given(proposed_sends())
def test_no_under_16_is_messaged_directly_without_a_valid_exception(
    case: tuple[ProposedSend, datetime],
) -> None:
    sending, now = case
    decision = decide(sending, DOCUMENT, now)
    if goes_out(decision) and not sending.addressed_to_guardian:
        assert is_at_least_16(sending.recipient.date_of_birth, now) or any(
            exception_counts(exception, sending.channel.kind, now)
            for exception in sending.recipient.exceptions
        )
    reachable = {guardian.guardian_id for guardian in sending.recipient.guardians if guardian.has_number}
    assert {route.guardian_id for route in decision.routes} <= reachable
    for route in decision.routes:
        assert route.decision.outcome != Outcome.REROUTE_TO_GUARDIANS


@PROPERTY
@given(proposed_sends())
def test_nothing_but_the_consent_request_before_consent(case: tuple[ProposedSend, datetime]) -> None:
    sending, now = case
    decision = decide(sending, DOCUMENT, now)
    if goes_out(decision) and sending.kind != SendKind.CONSENT_REQUEST:
        assert sending.recipient.consent == ConsentState.GIVEN
    guardians = {guardian.guardian_id: guardian for guardian in sending.recipient.guardians}
    for route in decision.routes:
        if goes_out(route.decision) and sending.kind != SendKind.CONSENT_REQUEST:
            assert guardians[route.guardian_id].consent == ConsentState.GIVEN


@PROPERTY
@given(proposed_sends())
def test_nothing_after_withdrawal_but_a_new_consent_request(case: tuple[ProposedSend, datetime]) -> None:
    sending, now = case
    decision = decide(sending, DOCUMENT, now)
    if sending.recipient.consent == ConsentState.WITHDRAWN and goes_out(decision):
        assert sending.kind == SendKind.CONSENT_REQUEST
        last = sending.last_consent_request_at
        assert last is None or now - last >= DOCUMENT.consent_repeat_min_interval


@PROPERTY
@given(proposed_sends())
def test_nothing_is_allowed_outside_working_hours(case: tuple[ProposedSend, datetime]) -> None:
    sending, now = case
    decision = decide(sending, DOCUMENT, now)
    pattern = sending.sender.working_pattern
    for outcome in [decision, *(route.decision for route in decision.routes)]:
        if outcome.outcome == Outcome.ALLOW:
            assert works_at(pattern, now)
        if outcome.outcome == Outcome.SCHEDULE:
            assert not works_at(pattern, now)
            assert outcome.earliest_allowed_at is not None and outcome.earliest_allowed_at > now
            assert works_at(pattern, outcome.earliest_allowed_at)


@PROPERTY
@given(patterns(), moments)
def test_next_working_time_is_the_first_working_instant(pattern: WorkingPattern, at: datetime) -> None:
    found = pattern.next_working_time(at)
    if found is None:
        assert not pattern.has_working_time() or all(
            not pattern.working_instants(at.astimezone(LONDON).date() + timedelta(days=d)) for d in range(400)
        )
        return
    assert found >= at and works_at(pattern, found)
    if found > at:
        # Arithmetic in UTC: Python adds to a London time on the wall clock, not in real time.
        start = at.astimezone(UTC)
        assert not works_at(pattern, found - timedelta(seconds=1))
        step = (found - start) / 50
        assert not any(works_at(pattern, start + step * index) for index in range(50))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(proposed_sends(), moments, moments)
def test_decide_is_a_pure_function_of_its_inputs(
    case: tuple[ProposedSend, datetime], wall_clock_a: datetime, wall_clock_b: datetime
) -> None:
    sending, now = case
    with time_machine.travel(wall_clock_a, tick=False):
        first = decide(sending, DOCUMENT, now)
    with time_machine.travel(wall_clock_b, tick=False):
        second = decide(sending, DOCUMENT, now)
    assert first == second
    assert first.to_dict() == second.to_dict()
    assert Decision.from_dict(first.to_dict()) == first


@PROPERTY
@given(proposed_sends())
def test_every_decision_is_explained_and_versioned(case: tuple[ProposedSend, datetime]) -> None:
    sending, now = case
    decision = decide(sending, DOCUMENT, now)
    assert decision.policy_version == DOCUMENT.version
    if decision.outcome != Outcome.ALLOW:
        assert decision.reasons
    assert all(reason.code and reason.message for reason in decision.reasons)
