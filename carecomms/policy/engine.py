"""`decide`: every rule applied to a proposed send, with the guidance's precedence.

Precedence, and why:

1. **What no circumstance fixes refuses outright**: a channel the council does not own (G2/G12),
   more than one recipient or a broadcast/status (G10), and content screening objects to
   (G6/G11/G14). Re-routing or waiting would not make these acceptable.
2. **Who the message may reach (G5 before G3/G4).** A message about a child under 16 goes to the
   people with parental responsibility, whatever the platform's minimum age: the child is not
   being contacted, so G3 does not arise. The decision is REROUTE_TO_GUARDIANS with one route per
   guardian with a number, each decided as its own send to an adult with that guardian's own
   consent (so a route may itself be refused or scheduled). If no guardian is recorded, or none
   has a number, the send is refused. Only a valid contact exception (G4) for this channel lets a
   child be messaged directly, below 16 and below the platform minimum alike. A person aged 16 or
   over but below the platform minimum (if a channel sets one above 16) is refused without an
   exception: there is no one to re-route to. An unknown date of birth is treated as possibly
   under 16 and refused. When an exception exists but does not count, its problems are listed.
3. **Consent (G7/W2)** for whoever is actually addressed: only the consent request before a clear
   YES; only a new request after a withdrawal; repeat requests rate-limited.
4. **Working hours (G9) last.** If the hour is the *only* problem the decision is SCHEDULE with the
   next working time; otherwise the send is refused and the hour is listed with everything else,
   so the practitioner sees every reason at once.

The function is pure: it reads no clock (`now` is passed in and must be timezone-aware), does no
I/O, and the same facts always give an equal Decision.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from carecomms.policy.decision import Decision, GuardianRoute, Outcome, Reason
from carecomms.policy.document import PolicyDocument
from carecomms.policy.facts import Guardian, ProposedSend, Recipient
from carecomms.policy.hours import require_aware
from carecomms.policy.rules import (
    SEND_TO_GUARDIANS,
    consent_first,
    contact_exceptions_that_do_not_count,
    keep_in_touch_content,
    one_recipient_no_broadcast,
    organisation_accounts_only,
    platform_minimum_age,
    under_sixteens_through_guardians,
    working_hours,
)


def _to_guardian(send: ProposedSend, guardian: Guardian) -> ProposedSend:
    """The same message addressed to one guardian: an adult, with their own consent."""
    return replace(
        send,
        recipient=Recipient(
            person_id=send.recipient.person_id,
            date_of_birth=None,
            guardians=(),
            consent=guardian.consent,
            exceptions=(),
        ),
        addressed_to_guardian=True,
        last_consent_request_at=None,
    )


def decide(send: ProposedSend, document: PolicyDocument, now: datetime) -> Decision:
    """Whether this send may go now, and if not, why, where to, or when."""
    require_aware(now, "now")
    version = document.version

    absolute = (
        organisation_accounts_only(send, document, now)
        + one_recipient_no_broadcast(send, document, now)
        + keep_in_touch_content(send, document, now)
    )
    through_guardians = under_sixteens_through_guardians(send, document, now)
    rerouted = any(reason.code == SEND_TO_GUARDIANS for reason in through_guardians)

    if rerouted:
        if absolute:
            return Decision(Outcome.REFUSE, absolute, version)
        routes = tuple(
            GuardianRoute(
                guardian.guardian_id, guardian.name, decide(_to_guardian(send, guardian), document, now)
            )
            for guardian in send.recipient.guardians
            if guardian.has_number
        )
        notes = contact_exceptions_that_do_not_count(send, now)
        return Decision(Outcome.REROUTE_TO_GUARDIANS, through_guardians + notes, version, routes=routes)

    age = through_guardians + platform_minimum_age(send, document, now)
    if age:
        age += contact_exceptions_that_do_not_count(send, now)
    refusals: tuple[Reason, ...] = absolute + age + consent_first(send, document, now)
    hours = working_hours(send, document, now)

    if refusals:
        return Decision(Outcome.REFUSE, refusals + hours, version)
    if hours:
        earliest = send.sender.working_pattern.next_working_time(now)
        if earliest is None:
            return Decision(Outcome.REFUSE, hours, version)
        return Decision(Outcome.SCHEDULE, hours, version, earliest_allowed_at=earliest)
    return Decision(Outcome.ALLOW, (), version)
