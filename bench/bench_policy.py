"""Benchmark: decisions per second and latency of the full policy decision (screening excluded).

Run: .venv/bin/python bench/bench_policy.py [--decisions 50000] [--seed 2026]

The mix imitates a council's day: mostly adults who have said YES, written to in working hours;
children whose messages are re-routed to one or two guardians (each decided again); consent
requests, some rate-limited; messages out of hours or on bank holidays (which search for the next
working time); contact exceptions; and a few refusals for content or a personal account.
Target (issue 3): p99 below 1 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from carecomms.policy import (  # noqa: E402
    LONDON,
    ChannelFacts,
    ConsentBasis,
    ConsentState,
    ContactException,
    Guardian,
    ProposedSend,
    Recipient,
    Role,
    Sender,
    SendKind,
    WorkingPattern,
    decide,
    default_policy_document,
)

PATTERNS = (
    WorkingPattern.weekdays(),
    WorkingPattern.weekdays("08:00", "16:00"),
    WorkingPattern.from_weekly({0: [("09:00", "13:00"), ("14:00", "17:30")], 2: [("09:00", "17:00")]}),
    WorkingPattern.every_day("07:00", "22:00"),
)


class Concern:
    category = "personal_data"
    explanation = "An NHS number"


def random_moment(rng: random.Random) -> datetime:
    """A moment in 2026, three in four of them inside 09:00-17:00 on a weekday (London)."""
    day = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
    if rng.random() < 0.75:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        minute = rng.randrange(9 * 60, 17 * 60)
    else:
        minute = rng.randrange(24 * 60)
    return datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=LONDON)


def random_send(rng: random.Random, now: datetime) -> ProposedSend:
    roll = rng.random()
    today = now.date()
    exceptions: tuple[ContactException, ...] = ()
    guardians: tuple[Guardian, ...] = ()
    if roll < 0.65:  # an adult
        born = today - timedelta(days=rng.randrange(18 * 365, 90 * 365))
    else:  # a child, sometimes with an exception
        born = today - timedelta(days=rng.randrange(8 * 365, 17 * 365))
        guardians = tuple(
            Guardian(
                guardian_id=index,
                name=f"Guardian {index}",
                has_number=rng.random() < 0.9,
                consent=rng.choice([ConsentState.GIVEN] * 4 + list(ConsentState)),
            )
            for index in range(rng.choice([1, 2, 2]))
        )
        if rng.random() < 0.2:
            exceptions = (
                ContactException(
                    exception_id=1,
                    channel_kind="whatsapp",
                    consent_basis=ConsentBasis.CORPORATE_PARENT,
                    risk_assessment_ref="RA-2026-7",
                    requested_by=1,
                    approved_by=rng.choice([2, 2, 2, 1]),
                    approver_role=Role.TEAM_MANAGER,
                    expires_at=now + timedelta(days=rng.randrange(-30, 90)),
                ),
            )
    kind = rng.choices(list(SendKind), weights=[1, 7, 2])[0]
    consent = rng.choice([ConsentState.GIVEN] * 6 + list(ConsentState))
    return ProposedSend(
        sender=Sender(user_id=1, role=Role.PRACTITIONER, working_pattern=rng.choice(PATTERNS)),
        recipient=Recipient(
            person_id=1, date_of_birth=born, guardians=guardians, consent=consent, exceptions=exceptions
        ),
        channel=ChannelFacts(kind="whatsapp", organisation_owned=rng.random() < 0.98),
        kind=kind,
        content=(Concern(),) if rng.random() < 0.05 else (),
        last_consent_request_at=now - timedelta(hours=rng.randrange(72)) if rng.random() < 0.3 else None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args()

    rng = random.Random(arguments.seed)
    document = default_policy_document()
    cases = []
    for _ in range(arguments.decisions):
        now = random_moment(rng)
        cases.append((random_send(rng, now), now.astimezone(UTC) if rng.random() < 0.5 else now))

    for sending, now in cases[:2000]:  # warm the bank-holiday cache and the interpreter
        decide(sending, document, now)

    latencies_ns = []
    outcomes: dict[str, int] = {}
    started = time.perf_counter()
    for sending, now in cases:
        before = time.perf_counter_ns()
        decision = decide(sending, document, now)
        latencies_ns.append(time.perf_counter_ns() - before)
        outcomes[decision.outcome] = outcomes.get(decision.outcome, 0) + 1
    elapsed = time.perf_counter() - started

    latencies_ns.sort()
    cut_points = statistics.quantiles(latencies_ns, n=100, method="inclusive")
    p50, p99 = cut_points[49] / 1000, cut_points[98] / 1000
    print(f"decisions:        {len(cases)} (seed {arguments.seed}, Python {sys.version.split()[0]})")
    print(f"throughput:       {len(cases) / elapsed:,.0f} decisions/second")
    print(f"latency p50:      {p50:.1f} µs")
    print(f"latency p99:      {p99:.1f} µs   (target < 1000 µs: {'met' if p99 < 1000 else 'NOT met'})")
    print(f"latency max:      {latencies_ns[-1] / 1000:.1f} µs")
    print("outcomes:         " + ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items())))


if __name__ == "__main__":
    main()
