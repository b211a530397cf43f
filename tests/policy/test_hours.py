"""G9: working hours in Europe/London, bank holidays of England and Wales, clock changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from carecomms.policy import (
    LONDON,
    NO_WORKING_TIME_SINCE,
    WorkingPattern,
    is_bank_holiday,
    out_of_hours_period_start,
    out_of_hours_reply_due,
)

OFFICE = WorkingPattern.weekdays()


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("at", "working", "why"),
    [
        (london(2026, 11, 25, 9, 0), True, "Wednesday 09:00 opens the day"),
        (london(2026, 11, 25, 16, 59, 59), True, "the last second of the day"),
        (london(2026, 11, 25, 17, 0), False, "17:00 is the end, not included"),
        (london(2026, 11, 25, 8, 59, 59), False, "before the start"),
        (london(2026, 11, 28, 11, 0), False, "Saturday"),
        (london(2026, 8, 31, 11, 0), False, "Monday 31 August 2026, summer bank holiday"),
        (london(2026, 12, 25, 11, 0), False, "Christmas Day (a Friday)"),
        (london(2026, 12, 28, 11, 0), False, "Boxing Day observed on Monday 28 December"),
        (london(2026, 12, 29, 11, 0), True, "the Tuesday after Christmas"),
        (utc(2026, 6, 10, 8, 30), True, "08:30 UTC is 09:30 BST in summer"),
        (utc(2026, 1, 14, 8, 30), False, "08:30 UTC is 08:30 GMT in winter"),
        (utc(2026, 6, 10, 16, 30), False, "16:30 UTC is 17:30 BST in summer"),
    ],
)
def test_is_working_time(at: datetime, working: bool, why: str) -> None:
    assert OFFICE.is_working_time(at) is working, why


def test_bank_holidays_are_those_of_england_and_wales() -> None:
    assert is_bank_holiday(london(2026, 8, 31).date())
    assert is_bank_holiday(london(2026, 12, 28).date())
    # 2 January and St Andrew's Day are Scottish holidays only.
    assert not is_bank_holiday(london(2026, 1, 2).date())
    assert not is_bank_holiday(london(2026, 11, 30).date())


def test_a_pattern_can_work_bank_holidays() -> None:
    pattern = WorkingPattern.from_weekly({0: [("09:00", "17:00")]}, work_bank_holidays=True)
    assert pattern.is_working_time(london(2026, 8, 31, 10, 0))


@pytest.mark.parametrize(
    ("at", "expected", "why"),
    [
        (london(2026, 11, 25, 11, 0), london(2026, 11, 25, 11, 0), "already working: now"),
        (london(2026, 11, 25, 17, 0), london(2026, 11, 26, 9, 0), "after work: tomorrow morning"),
        (london(2026, 11, 27, 18, 0), london(2026, 11, 30, 9, 0), "Friday evening: Monday"),
        (london(2026, 8, 28, 18, 0), london(2026, 9, 1, 9, 0), "over the summer bank holiday weekend"),
        (london(2026, 12, 24, 17, 30), london(2026, 12, 29, 9, 0), "Christmas Eve evening: Tuesday 29th"),
        (london(2026, 4, 2, 17, 0), london(2026, 4, 7, 9, 0), "Easter: Good Friday and Easter Monday"),
        # Friday 27 March is GMT, Monday 30 March is BST: 09:00 BST is 08:00 UTC.
        (utc(2026, 3, 27, 18, 0), utc(2026, 3, 30, 8, 0), "across the spring clock change"),
        # Friday 23 October is BST, Monday 26 October is GMT: 09:00 GMT is 09:00 UTC.
        (utc(2026, 10, 23, 17, 0), utc(2026, 10, 26, 9, 0), "across the autumn clock change"),
    ],
)
def test_next_working_time(at: datetime, expected: datetime, why: str) -> None:
    assert OFFICE.next_working_time(at) == expected, why


class TestTheNightTheClocksGoForward:
    """29 March 2026: at 01:00 UTC, 01:00 GMT becomes 02:00 BST; 01:00-02:00 never happens."""

    night = WorkingPattern.every_day("01:00", "03:00")

    def test_only_the_hour_that_exists_is_worked(self) -> None:
        day = london(2026, 3, 29).date()
        assert self.night.working_instants(day) == ((utc(2026, 3, 29, 1), utc(2026, 3, 29, 2)),)

    def test_before_the_change_the_next_working_time_is_the_change(self) -> None:
        assert self.night.next_working_time(utc(2026, 3, 29, 0, 30)) == utc(2026, 3, 29, 1, 0)

    def test_working_either_side_of_the_end(self) -> None:
        assert self.night.is_working_time(utc(2026, 3, 29, 1, 59, 59))
        assert not self.night.is_working_time(utc(2026, 3, 29, 2, 0))

    def test_next_night_starts_at_01_00_bst(self) -> None:
        assert self.night.next_working_time(utc(2026, 3, 29, 2, 0)) == utc(2026, 3, 30, 0, 0)

    def test_interval_starting_inside_the_missing_hour(self) -> None:
        pattern = WorkingPattern.every_day("01:30", "04:00")
        # The first instant whose London time is 01:30 or later is 02:00 BST, the change itself.
        assert pattern.next_working_time(utc(2026, 3, 29, 0, 0)) == utc(2026, 3, 29, 1, 0)


class TestTheNightTheClocksGoBack:
    """25 October 2026: at 01:00 UTC, 02:00 BST becomes 01:00 GMT; 01:00-02:00 happens twice."""

    night = WorkingPattern.every_day("01:00", "02:00")

    def test_the_repeated_hour_is_worked_both_times(self) -> None:
        day = london(2026, 10, 25).date()
        assert self.night.working_instants(day) == ((utc(2026, 10, 25, 0), utc(2026, 10, 25, 2)),)
        assert self.night.is_working_time(utc(2026, 10, 25, 0, 30))  # 01:30 BST
        assert self.night.is_working_time(utc(2026, 10, 25, 1, 30))  # 01:30 GMT
        assert not self.night.is_working_time(utc(2026, 10, 25, 2, 0))

    def test_a_short_interval_returns_after_the_change(self) -> None:
        pattern = WorkingPattern.every_day("01:00", "01:15")
        # 01:20 BST is out of hours; the wall clock returns to 01:00 at 01:00 UTC.
        assert pattern.next_working_time(utc(2026, 10, 25, 0, 20)) == utc(2026, 10, 25, 1, 0)
        assert pattern.next_working_time(utc(2026, 10, 25, 1, 15)) == utc(2026, 10, 26, 1, 0)


def test_an_empty_pattern_never_works() -> None:
    empty = WorkingPattern.from_weekly({})
    assert not empty.is_working_time(london(2026, 11, 25, 11, 0))
    assert empty.next_working_time(london(2026, 11, 25, 11, 0)) is None


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        OFFICE.is_working_time(datetime(2026, 11, 25, 11, 0))
    with pytest.raises(ValueError, match="timezone-aware"):
        OFFICE.next_working_time(datetime(2026, 11, 25, 11, 0))


class TestOneAutoReplyPerOutOfHoursPeriod:
    def test_the_period_starts_when_work_ended(self) -> None:
        friday_end = london(2026, 11, 27, 17, 0)
        assert out_of_hours_period_start(OFFICE, london(2026, 11, 27, 17, 0)) == friday_end
        assert out_of_hours_period_start(OFFICE, london(2026, 11, 28, 3, 0)) == friday_end
        assert out_of_hours_period_start(OFFICE, london(2026, 11, 30, 8, 59)) == friday_end
        assert out_of_hours_period_start(OFFICE, london(2026, 11, 30, 17, 30)) == london(2026, 11, 30, 17, 0)

    def test_none_in_working_time(self) -> None:
        assert out_of_hours_period_start(OFFICE, london(2026, 11, 30, 10, 0)) is None

    def test_the_period_spans_a_bank_holiday(self) -> None:
        assert out_of_hours_period_start(OFFICE, london(2026, 8, 31, 12, 0)) == london(2026, 8, 28, 17, 0)

    def test_a_pattern_with_no_hours_has_one_endless_period(self) -> None:
        empty = WorkingPattern.from_weekly({})
        assert out_of_hours_period_start(empty, london(2026, 11, 25, 11, 0)) == NO_WORKING_TIME_SINCE

    def test_reply_due_once_per_period(self) -> None:
        saturday = london(2026, 11, 28, 10, 0)
        assert out_of_hours_reply_due(OFFICE, saturday, None)
        assert not out_of_hours_reply_due(OFFICE, london(2026, 11, 29, 10, 0), last_reply_at=saturday)
        assert out_of_hours_reply_due(OFFICE, london(2026, 11, 30, 18, 0), last_reply_at=saturday)
        assert not out_of_hours_reply_due(OFFICE, london(2026, 11, 30, 10, 0), last_reply_at=None)


class TestPatternData:
    def test_round_trip(self) -> None:
        pattern = WorkingPattern.from_weekly(
            {0: [("13:00", "17:00"), ("08:30", "12:00")], 4: [(time(9, 0), time(12, 30, 15))]},
            work_bank_holidays=True,
        )
        data = pattern.to_dict()
        assert data["days"]["monday"] == [["08:30", "12:00"], ["13:00", "17:00"]]
        assert data["days"]["friday"] == [["09:00", "12:30:15"]]
        assert data["days"]["sunday"] == []
        assert WorkingPattern.from_dict(data) == pattern

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"days": {"monday": [["17:00", "09:00"]]}}, "start before it ends"),
            ({"days": {"monday": [["09:00", "13:00"], ["12:00", "17:00"]]}}, "overlap"),
            ({"days": {"funday": []}}, "unknown day"),
            ({"days": {"monday": [["9am", "5pm"]]}}, "HH:MM"),
            ({"days": {"monday": ["09:00-17:00"]}}, "pairs"),
            ({"days": {}, "timezone": "UTC"}, "unknown field"),
            ({"days": {}, "work_bank_holidays": "yes"}, "true or false"),
            ({}, "'days'"),
        ],
    )
    def test_bad_patterns_say_what_is_wrong(self, data: dict[str, object], message: str) -> None:
        with pytest.raises(ValueError, match=message):
            WorkingPattern.from_dict(data)

    def test_immutable_and_hashable(self) -> None:
        assert hash(WorkingPattern.weekdays()) == hash(WorkingPattern.weekdays())
        with pytest.raises(AttributeError):
            OFFICE.work_bank_holidays = True  # type: ignore[misc]


def test_next_working_time_is_never_before_the_question() -> None:
    at = london(2026, 11, 25, 12, 0)
    for minutes in range(0, 60 * 24 * 7, 37):
        moment = at + timedelta(minutes=minutes)
        found = OFFICE.next_working_time(moment)
        assert found is not None and found >= moment and OFFICE.is_working_time(found)
