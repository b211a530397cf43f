"""Working hours (G9): a practitioner's weekly pattern in Europe/London, minus bank holidays.

Hours are wall-clock times in London, so "09:00" means 09:00 GMT in winter and 09:00 BST in summer.
On the day the clocks go forward the hour 01:00-02:00 does not exist; on the day they go back it
happens twice, and a wall time inside it counts both times. All arithmetic is done on real
instants (UTC), so "the next working time" is right across both changes.

Bank holidays are those of England and Wales (the `holidays` package, GB subdivision ENG): a
practitioner does not work them unless their pattern says `work_bank_holidays`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
WEEKDAY_NAMES: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
# Far enough ahead to cross any run of bank holidays and a pattern that works one day a fortnight.
_SEARCH_DAYS = 400
_TIME_FORMAT = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")
# "This out-of-hours period has no start we can see": a pattern with no working time in the last
# _SEARCH_DAYS days. Constant, so "one auto-reply per period" still means one.
NO_WORKING_TIME_SINCE = datetime.min.replace(tzinfo=UTC)

Interval = tuple[time, time]


@lru_cache(maxsize=128)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_bank_holiday(day: date) -> bool:
    """A bank holiday in England and Wales."""
    return day in _bank_holidays(day.year)


def require_aware(moment: datetime, name: str) -> None:
    """Naive datetimes are ambiguous about the hour, which is exactly what G9 cares about."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got naive {moment.isoformat()}")


def parse_time(value: time | str) -> time:
    """A wall-clock time from a `time` or "HH:MM" / "HH:MM:SS" text."""
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise ValueError(f"working times are London wall-clock times and carry no timezone, got {value}")
        return value
    if not isinstance(value, str) or not (match := _TIME_FORMAT.match(value)):
        raise ValueError(f"a working time must look like 09:00 (24-hour HH:MM), got {value!r}")
    hours, minutes, seconds = match.groups()
    return time(int(hours), int(minutes), int(seconds or 0))


def _format_time(value: time) -> str:
    return value.isoformat(timespec="minutes" if value.second == 0 and value.microsecond == 0 else "seconds")


@lru_cache(maxsize=4096)
def _london_offset_segments(day: date) -> tuple[tuple[datetime, datetime, timedelta], ...]:
    """The instants of a London calendar day, split where the UTC offset changes.

    Each segment is (first instant, end instant, offset); at most two, on the days the clocks change.
    """
    start = datetime.combine(day, time(0), LONDON).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), LONDON).astimezone(UTC)
    first_offset = start.astimezone(LONDON).utcoffset()
    last_offset = (end - timedelta(seconds=1)).astimezone(LONDON).utcoffset()
    assert first_offset is not None and last_offset is not None
    if first_offset == last_offset:
        return ((start, end, first_offset),)
    # Transitions fall on whole seconds: find the first second with the new offset.
    low, high = 0, int((end - start).total_seconds()) - 1
    while low < high:
        middle = (low + high) // 2
        if (start + timedelta(seconds=middle)).astimezone(LONDON).utcoffset() == first_offset:
            low = middle + 1
        else:
            high = middle
    change = start + timedelta(seconds=low)
    return ((start, change, first_offset), (change, end, last_offset))


@dataclass(frozen=True)
class WorkingPattern:
    """Who works when: seven entries, Monday first, each a tuple of (start, end) wall-clock intervals.

    Intervals lie within one day (start < end); a pattern is normalised to sorted order and may not
    overlap itself. Build one with `weekdays`, `every_day`, `from_weekly` or `from_dict`.
    """

    days: tuple[tuple[Interval, ...], ...]
    work_bank_holidays: bool = False

    def __post_init__(self) -> None:
        days = tuple(self.days)
        if len(days) != 7:
            raise ValueError(f"a working pattern needs seven days (Monday first), got {len(days)}")
        normalised = tuple(
            self._normalise_day(WEEKDAY_NAMES[index], intervals) for index, intervals in enumerate(days)
        )
        object.__setattr__(self, "days", normalised)
        if not isinstance(self.work_bank_holidays, bool):
            raise ValueError("work_bank_holidays must be true or false")

    @staticmethod
    def _normalise_day(
        day_name: str, intervals: Iterable[tuple[time | str, time | str]]
    ) -> tuple[Interval, ...]:
        parsed: list[Interval] = []
        for interval in intervals:
            start, end = interval
            start_time, end_time = parse_time(start), parse_time(end)
            if not start_time < end_time:
                raise ValueError(
                    f"{day_name}: a working interval must start before it ends (no overnight intervals), "
                    f"got {_format_time(start_time)}-{_format_time(end_time)}"
                )
            parsed.append((start_time, end_time))
        parsed.sort()
        for (_, previous_end), (next_start, _) in zip(parsed, parsed[1:], strict=False):
            if next_start < previous_end:
                raise ValueError(f"{day_name}: working intervals overlap at {_format_time(next_start)}")
        return tuple(parsed)

    # --- constructors ---

    @classmethod
    def from_weekly(
        cls,
        weekly: Mapping[int, Iterable[tuple[time | str, time | str]]],
        *,
        work_bank_holidays: bool = False,
    ) -> WorkingPattern:
        """From {weekday (0 = Monday): [(start, end), ...]}; missing days are not worked."""
        unknown = sorted(set(weekly) - set(range(7)))
        if unknown:
            raise ValueError(f"weekdays are numbered 0 (Monday) to 6 (Sunday), got {unknown}")
        days = tuple(
            tuple((parse_time(start), parse_time(end)) for start, end in weekly.get(day, ()))
            for day in range(7)
        )
        return cls(days, work_bank_holidays)

    @classmethod
    def weekdays(cls, start: time | str = "09:00", end: time | str = "17:00") -> WorkingPattern:
        """The standard office pattern: Monday to Friday, 09:00-17:00 unless told otherwise."""
        return cls.from_weekly({day: [(start, end)] for day in range(5)})

    @classmethod
    def every_day(
        cls, start: time | str, end: time | str, *, work_bank_holidays: bool = False
    ) -> WorkingPattern:
        return cls.from_weekly(
            {day: [(start, end)] for day in range(7)}, work_bank_holidays=work_bank_holidays
        )

    # --- serialisation ---

    def to_dict(self) -> dict[str, Any]:
        return {
            "days": {
                name: [[_format_time(start), _format_time(end)] for start, end in intervals]
                for name, intervals in zip(WEEKDAY_NAMES, self.days, strict=True)
            },
            "work_bank_holidays": self.work_bank_holidays,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkingPattern:
        if not isinstance(data, Mapping):
            raise ValueError(f"a working pattern must be an object, got {type(data).__name__}")
        unknown = sorted(set(data) - {"days", "work_bank_holidays"})
        if unknown:
            raise ValueError(f"working pattern: unknown field(s) {', '.join(map(repr, unknown))}")
        days = data.get("days")
        if not isinstance(days, Mapping):
            raise ValueError("working pattern: 'days' must map weekday names (monday..sunday) to intervals")
        unknown_days = sorted(set(days) - set(WEEKDAY_NAMES))
        if unknown_days:
            raise ValueError(f"working pattern: unknown day(s) {', '.join(map(repr, unknown_days))}")
        weekly: dict[int, list[tuple[time | str, time | str]]] = {}
        for index, name in enumerate(WEEKDAY_NAMES):
            intervals = days.get(name, [])
            if not isinstance(intervals, list) or not all(
                isinstance(pair, list | tuple) and len(pair) == 2 for pair in intervals
            ):
                raise ValueError(
                    f'working pattern: {name} must be a list of [start, end] pairs like ["09:00", "17:00"]'
                )
            weekly[index] = [(pair[0], pair[1]) for pair in intervals]
        work_bank_holidays = data.get("work_bank_holidays", False)
        if not isinstance(work_bank_holidays, bool):
            raise ValueError("working pattern: 'work_bank_holidays' must be true or false")
        return cls.from_weekly(weekly, work_bank_holidays=work_bank_holidays)

    # --- questions ---

    def has_working_time(self) -> bool:
        return any(self.days)

    def _works_on(self, day: date) -> bool:
        return bool(self.days[day.weekday()]) and (self.work_bank_holidays or not is_bank_holiday(day))

    def is_working_time(self, at: datetime) -> bool:
        require_aware(at, "at")
        local = at.astimezone(LONDON)
        day = local.date()
        if not self._works_on(day):
            return False
        wall = local.time()
        return any(start <= wall < end for start, end in self.days[day.weekday()])

    def working_instants(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The [start, end) instants (UTC) worked on a London calendar day, in order."""
        if not self._works_on(day):
            return ()
        pieces: list[tuple[datetime, datetime]] = []
        for start, end in self.days[day.weekday()]:
            for segment_start, segment_end, offset in _london_offset_segments(day):
                low = max(segment_start, datetime.combine(day, start, UTC) - offset)
                high = min(segment_end, datetime.combine(day, end, UTC) - offset)
                if low < high:
                    pieces.append((low, high))
        pieces.sort()
        merged: list[tuple[datetime, datetime]] = []
        for low, high in pieces:
            if merged and low <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], high))
            else:
                merged.append((low, high))
        return tuple(merged)

    def next_working_time(self, at: datetime) -> datetime | None:
        """The earliest instant at or after `at` that is working time, in UTC.

        UTC, because a London time inside the repeated autumn hour (fold=1) never compares equal to
        a time in another zone (PEP 495); show it in London time with `.astimezone(LONDON)`.

        None when the pattern has no working time in the next year (e.g. an empty pattern).
        """
        require_aware(at, "at")
        if not self.has_working_time():
            return None
        first_day = at.astimezone(LONDON).date()
        for offset in range(_SEARCH_DAYS):
            for start, end in self.working_instants(first_day + timedelta(days=offset)):
                if at < end:
                    return max(at, start).astimezone(UTC)
        return None


def out_of_hours_period_start(pattern: WorkingPattern, at: datetime) -> datetime | None:
    """When the out-of-hours period containing `at` began: the end of the last working interval (UTC).

    None when `at` is working time. Two inbound messages share a period exactly when this returns
    the same instant for both, which is what "one automatic reply per out-of-hours period" needs.
    """
    require_aware(at, "at")
    if pattern.is_working_time(at):
        return None
    last_day = at.astimezone(LONDON).date()
    for offset in range(_SEARCH_DAYS):
        for _, end in reversed(pattern.working_instants(last_day - timedelta(days=offset))):
            if end <= at:
                return end
    return NO_WORKING_TIME_SINCE


def out_of_hours_reply_due(pattern: WorkingPattern, at: datetime, last_reply_at: datetime | None) -> bool:
    """Whether an inbound message at `at` should get the automatic out-of-hours reply (G9).

    Yes when it arrives out of hours and no automatic reply has gone out in this period yet.
    """
    period_start = out_of_hours_period_start(pattern, at)
    if period_start is None:
        return False
    if last_reply_at is None:
        return True
    require_aware(last_reply_at, "last_reply_at")
    return last_reply_at < period_start
