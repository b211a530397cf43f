"""The guidance, one rule per function, each named after what it protects.

Every rule looks at the facts of a proposed send and returns the reasons it objects (an empty
tuple when it has none). Rules do not know about each other; `carecomms.policy.engine.decide`
applies them in the order the guidance gives them precedence.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from carecomms.policy.clauses import Clause
from carecomms.policy.decision import Reason
from carecomms.policy.document import PolicyDocument
from carecomms.policy.facts import ChannelFacts, ConsentState, ContactException, ProposedSend, Role, SendKind
from carecomms.policy.hours import LONDON

# The one G5 code that is a re-route rather than a refusal.
SEND_TO_GUARDIANS = "under_16_send_to_guardians"

_CONTENT_CLAUSES: dict[str, tuple[Clause, str, str]] = {
    "personal_data": (
        Clause.G6,
        "content_personal_data",
        "Personal information must not be sent by WhatsApp or SMS: take it out and share it another way.",
    ),
    "special_category": (
        Clause.G6,
        "content_special_category_data",
        "Sensitive (special category) information must never be sent by WhatsApp or SMS.",
    ),
    "criminal_offence": (
        Clause.G6,
        "content_criminal_offence_data",
        "Information about offences or convictions must never be sent by WhatsApp or SMS.",
    ),
    "case_sensitive": (
        Clause.G14,
        "content_case_sensitive",
        "Case-sensitive matters must not be discussed by message: phone or visit instead.",
    ),
    "assessment": (
        Clause.G11,
        "content_assessment",
        "Messages are for keeping in touch only, not assessments or reviews: phone or visit instead.",
    ),
}
# Screening may learn categories this package has not: anything it flags is still refused.
_UNKNOWN_CONTENT = (
    Clause.G6,
    "content_concern",
    "Screening found something that should not be sent by message: take it out and share it another way.",
)


def age_on(date_of_birth: date, day: date) -> int:
    """Completed years on `day`. Someone born on 29 February turns a year older on 1 March in
    non-leap years (as in English law), so they are not yet 16 on 28 February."""
    return day.year - date_of_birth.year - ((day.month, day.day) < (date_of_birth.month, date_of_birth.day))


def _instant(moment: datetime) -> datetime:
    """In UTC, because Python compares and subtracts two times in the *same* zone on the wall
    clock, which is an hour out across a clock change."""
    return moment.astimezone(UTC)


def _local_day(now: datetime) -> date:
    return now.astimezone(LONDON).date()


def _when(moment: datetime) -> str:
    local = moment.astimezone(LONDON)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M}"


# --- G2 / G12 ---


def organisation_accounts_only(
    send: ProposedSend, document: PolicyDocument, now: datetime
) -> tuple[Reason, ...]:
    """Work messages go only through the organisation's own accounts, never a personal one."""
    if send.channel.organisation_owned:
        return ()
    return (
        Reason(
            "channel_not_organisation_owned",
            Clause.G2,
            "This account is not owned by the council. "
            "Work messages may only be sent from the council's accounts.",
        ),
    )


# --- G10 ---


def one_recipient_no_broadcast(
    send: ProposedSend, document: PolicyDocument, now: datetime
) -> tuple[Reason, ...]:
    """One message has one recipient; status, stories and broadcasts are prohibited."""
    reasons: list[Reason] = []
    if send.broadcast_or_status:
        reasons.append(
            Reason(
                "broadcast_or_status_prohibited",
                Clause.G10,
                "Status updates, stories and broadcasts are not allowed.",
            )
        )
    if send.recipient_count != 1:
        reasons.append(
            Reason(
                "not_exactly_one_recipient",
                Clause.G10,
                f"A message must go to exactly one person; this one has {send.recipient_count} recipients.",
            )
        )
    return tuple(reasons)


# --- G4 ---


def contact_exception_valid(
    exception: ContactException, channel: ChannelFacts, now: datetime
) -> tuple[Reason, ...]:
    """Why an exception does not (yet, or any longer) allow direct contact; empty when it does.

    It counts only for its own channel, with a consent basis, a risk-assessment reference, approval
    by a Team Manager who did not ask for it, and only before `expires_at` (an exception expiring
    at midnight no longer counts at midnight).
    """
    reasons: list[Reason] = []
    if exception.channel_kind != channel.kind:
        reasons.append(
            Reason(
                "exception_wrong_channel",
                Clause.G4,
                f"The contact exception covers {exception.channel_kind}, not {channel.kind}.",
            )
        )
    if exception.consent_basis is None:
        reasons.append(
            Reason(
                "exception_no_consent_basis",
                Clause.G4,
                "The contact exception does not record parental consent (section 20) or the Team Manager's "
                "consent as corporate parent.",
            )
        )
    if not exception.risk_assessment_ref.strip():
        reasons.append(
            Reason(
                "exception_no_risk_assessment",
                Clause.G4,
                "The contact exception has no risk assessment reference.",
            )
        )
    if exception.approved_by is None:
        reasons.append(
            Reason(
                "exception_not_approved",
                Clause.G4,
                "The contact exception has not been approved by a Team Manager.",
            )
        )
    else:
        if exception.approver_role != Role.TEAM_MANAGER:
            reasons.append(
                Reason(
                    "exception_approver_not_team_manager",
                    Clause.G4,
                    "The contact exception was approved by someone who is not a Team Manager.",
                )
            )
        if exception.approved_by == exception.requested_by:
            reasons.append(
                Reason(
                    "exception_approved_by_requester",
                    Clause.G4,
                    "The contact exception was approved by the person who asked for it; "
                    "another Team Manager must approve it.",
                )
            )
    if exception.withdrawn:
        reasons.append(Reason("exception_withdrawn", Clause.G4, "The contact exception has been ended."))
    if _instant(now) >= _instant(exception.expires_at):
        reasons.append(
            Reason(
                "exception_expired",
                Clause.G4,
                f"The contact exception expired on {_when(exception.expires_at)}.",
            )
        )
    return tuple(reasons)


def has_valid_contact_exception(send: ProposedSend, now: datetime) -> bool:
    return any(
        not contact_exception_valid(exception, send.channel, now) for exception in send.recipient.exceptions
    )


def contact_exceptions_that_do_not_count(send: ProposedSend, now: datetime) -> tuple[Reason, ...]:
    """Why none of the recorded exceptions helps: shown beside an age refusal or re-route."""
    if has_valid_contact_exception(send, now):
        return ()
    return tuple(
        reason
        for exception in send.recipient.exceptions
        for reason in contact_exception_valid(exception, send.channel, now)
    )


# --- G3 ---


def platform_minimum_age(send: ProposedSend, document: PolicyDocument, now: datetime) -> tuple[Reason, ...]:
    """Nobody below the platform's own minimum age is messaged without a valid exception.

    An unknown date of birth is G5's concern (nobody is messaged directly until we know they are 16).
    """
    if send.addressed_to_guardian or send.recipient.date_of_birth is None:
        return ()
    minimum = (
        send.channel.minimum_age
        if send.channel.minimum_age is not None
        else document.minimum_age_for(send.channel.kind)
    )
    if minimum is None:
        return (
            Reason(
                "no_minimum_age_configured",
                Clause.G3,
                f"The policy document gives no minimum age for {send.channel.kind}, "
                "so nobody can be messaged on it.",
            ),
        )
    age = age_on(send.recipient.date_of_birth, _local_day(now))
    if age >= minimum or has_valid_contact_exception(send, now):
        return ()
    return (
        Reason(
            "below_platform_minimum_age",
            Clause.G3,
            f"This person is {age}, below the minimum age of {minimum} for {send.channel.kind}. "
            "A Team Manager can approve a contact exception within a risk assessment.",
        ),
    )


# --- G5 ---


def under_sixteens_through_guardians(
    send: ProposedSend, document: PolicyDocument, now: datetime
) -> tuple[Reason, ...]:
    """Under-16s are never messaged directly: the message goes to the people with parental
    responsibility. Refused when none is recorded, or none has a number. A child whose age is not
    recorded is treated as possibly under 16."""
    if send.addressed_to_guardian or has_valid_contact_exception(send, now):
        return ()
    threshold = document.direct_contact_min_age
    birth = send.recipient.date_of_birth
    if birth is None:
        return (
            Reason(
                "date_of_birth_unknown",
                Clause.G5,
                f"This person's date of birth is not recorded, "
                f"so we cannot tell they are {threshold} or over. "
                "Record it before messaging them.",
            ),
        )
    age = age_on(birth, _local_day(now))
    if age >= threshold:
        return ()
    guardians = send.recipient.guardians
    if not guardians:
        return (
            Reason(
                "under_16_no_guardian_recorded",
                Clause.G5,
                f"This child is under {threshold} and cannot be messaged directly, and no parent or guardian "
                "is recorded. Add the people with parental responsibility first.",
            ),
        )
    reachable = [guardian.name for guardian in guardians if guardian.has_number]
    if not reachable:
        return (
            Reason(
                "under_16_no_guardian_number",
                Clause.G5,
                f"This child is under {threshold} and cannot be messaged directly, and none of their parents "
                "or guardians has a mobile number recorded.",
            ),
        )
    unreachable = [guardian.name for guardian in guardians if not guardian.has_number]
    message = (
        f"This child is under {threshold}, so the message will go to the people with parental responsibility "
        f"instead: {' and '.join(reachable)}."
    )
    if unreachable:
        message += f" No mobile number is recorded for {' and '.join(unreachable)}."
    return (Reason(SEND_TO_GUARDIANS, Clause.G5, message),)


# --- G7 / W2 ---

_BEFORE_CONSENT: dict[ConsentState, tuple[str, str]] = {
    ConsentState.NOT_REQUESTED: (
        "consent_not_requested",
        "Consent has not been asked for yet. "
        "Send the consent request first; nothing else can be sent before a YES.",
    ),
    ConsentState.REQUESTED: (
        "consent_awaiting_reply",
        "Consent has been asked for but they have not replied YES yet. "
        "Nothing else can be sent until they do.",
    ),
    ConsentState.UNCLEAR: (
        "consent_unclear",
        "Their reply to the consent request was not a clear YES. "
        "Ask again or phone them; nothing else can be sent.",
    ),
    ConsentState.WITHDRAWN: (
        "consent_withdrawn",
        "They have withdrawn consent. Nothing can be sent except a new consent request.",
    ),
}


def consent_first(send: ProposedSend, document: PolicyDocument, now: datetime) -> tuple[Reason, ...]:
    """Nothing but the consent request until a clear YES; after withdrawal, only a new request.

    A request is repeated only after a withdrawal or an unclear reply (while one is waiting, wait),
    and not within the document's `consent_repeat_min_interval` of the last one.
    """
    state = send.recipient.consent
    if send.kind != SendKind.CONSENT_REQUEST:
        if state == ConsentState.GIVEN:
            return ()
        code, message = _BEFORE_CONSENT[state]
        return (Reason(code, Clause.G7, message),)
    if document.consent_text_for(send.channel.kind) is None:
        return (
            Reason(
                "consent_wording_missing",
                Clause.W2,
                f"The policy document in force has no consent wording for {send.channel.kind}, so consent "
                "cannot be asked for this way. An administrator must publish a version with that wording.",
            ),
        )
    if state == ConsentState.GIVEN:
        return (
            Reason(
                "consent_already_given",
                Clause.G7,
                "They have already given consent; there is no need to ask again.",
            ),
        )
    if state == ConsentState.REQUESTED:
        return (
            Reason(
                "consent_request_pending",
                Clause.G7,
                "Consent has already been asked for. Wait for their reply before asking again.",
            ),
        )
    last = send.last_consent_request_at
    if last is not None and _instant(now) - _instant(last) < document.consent_repeat_min_interval:
        return (
            Reason(
                "consent_request_rate_limited",
                Clause.G7,
                f"Consent was asked for on {_when(last)}. You can ask again from "
                f"{_when(_instant(last) + document.consent_repeat_min_interval)}, or phone them.",
            ),
        )
    return ()


# --- G9 ---


def working_hours(send: ProposedSend, document: PolicyDocument, now: datetime) -> tuple[Reason, ...]:
    """Messages go only in the practitioner's working hours; the reason says when that is next."""
    pattern = send.sender.working_pattern
    if pattern.is_working_time(now):
        return ()
    next_time = pattern.next_working_time(now)
    if next_time is None:
        return (
            Reason(
                "no_working_hours",
                Clause.G9,
                "Your working pattern has no working hours, so nothing can be sent. "
                "Ask your manager to set it.",
            ),
        )
    return (
        Reason(
            "outside_working_hours",
            Clause.G9,
            f"It is outside your working hours. It can be sent from {_when(next_time)}.",
        ),
    )


# --- G6 / G11 / G14 ---


def keep_in_touch_content(send: ProposedSend, document: PolicyDocument, now: datetime) -> tuple[Reason, ...]:
    """What screening found in the words: personal, special-category or criminal-offence data (G6),
    assessment-style questions (G11), case-sensitive matters (G14). One reason per distinct finding."""
    reasons: dict[Reason, None] = {}
    for concern in send.content:
        clause, code, advice = _CONTENT_CLAUSES.get(concern.category, _UNKNOWN_CONTENT)
        explanation = concern.explanation.strip()
        message = f"{explanation.rstrip('.')}. {advice}" if explanation else advice
        reasons[Reason(code, clause, message)] = None
    return tuple(reasons)
