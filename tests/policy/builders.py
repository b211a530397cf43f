"""Personas and a builder for proposed sends, so each test states only what it is about.

Alice is a practitioner (user 1); Bob (2) and Dina (3) are team managers. Jenny is an adult who
has said YES; Ava is a child whose mother Sara and father Tom have parental responsibility.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from carecomms.policy import (
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
    default_policy_document,
)

ALICE, BOB, DINA = 1, 2, 3
DOCUMENT = default_policy_document()
OFFICE_HOURS = WorkingPattern.weekdays("09:00", "17:00")
# A Wednesday morning in working hours, away from bank holidays and clock changes.
WORKING_NOW = datetime(2026, 11, 25, 11, 0, tzinfo=LONDON)
JENNY_BORN = date(1990, 5, 17)
AVA_BORN = date(2014, 3, 2)  # 12 on WORKING_NOW: below 16 and below WhatsApp's 13
WHATSAPP = ChannelFacts(kind="whatsapp", organisation_owned=True)
SMS = ChannelFacts(kind="sms", organisation_owned=True)

SARA = Guardian(guardian_id=10, name="Sara Brown", has_number=True, consent=ConsentState.GIVEN)
TOM = Guardian(guardian_id=11, name="Tom Brown", has_number=True, consent=ConsentState.NOT_REQUESTED)
GRAN = Guardian(guardian_id=12, name="Grace Brown", has_number=False, consent=ConsentState.NOT_REQUESTED)


@dataclass(frozen=True)
class Finding:
    """Stands in for screening's Finding: a category and why."""

    category: str
    explanation: str


def exception(
    *,
    channel_kind: str = "whatsapp",
    consent_basis: ConsentBasis | None = ConsentBasis.PARENTAL_S20,
    risk_assessment_ref: str = "RA-2026-0042",
    requested_by: int = ALICE,
    approved_by: int | None = BOB,
    approver_role: Role | None = Role.TEAM_MANAGER,
    expires_at: datetime = datetime(2027, 1, 1, tzinfo=LONDON),
    withdrawn: bool = False,
) -> ContactException:
    """A valid exception for Ava on WhatsApp unless a test says otherwise."""
    return ContactException(
        exception_id=77,
        channel_kind=channel_kind,
        consent_basis=consent_basis,
        risk_assessment_ref=risk_assessment_ref,
        requested_by=requested_by,
        approved_by=approved_by,
        approver_role=approver_role,
        expires_at=expires_at,
        withdrawn=withdrawn,
    )


def send(
    *,
    born: date | None = JENNY_BORN,
    consent: ConsentState = ConsentState.GIVEN,
    kind: SendKind = SendKind.FREE_TEXT,
    guardians: tuple[Guardian, ...] = (),
    exceptions: tuple[ContactException, ...] = (),
    channel: ChannelFacts = WHATSAPP,
    pattern: WorkingPattern = OFFICE_HOURS,
    content: Sequence[Finding] = (),
    recipient_count: int = 1,
    broadcast_or_status: bool = False,
    addressed_to_guardian: bool = False,
    last_consent_request_at: datetime | None = None,
) -> ProposedSend:
    """Alice writing to Jenny (an adult who said YES) on WhatsApp, unless told otherwise."""
    return ProposedSend(
        sender=Sender(user_id=ALICE, role=Role.PRACTITIONER, working_pattern=pattern),
        recipient=Recipient(
            person_id=100, date_of_birth=born, guardians=guardians, consent=consent, exceptions=exceptions
        ),
        channel=channel,
        kind=kind,
        content=tuple(content),
        recipient_count=recipient_count,
        broadcast_or_status=broadcast_or_status,
        addressed_to_guardian=addressed_to_guardian,
        last_consent_request_at=last_consent_request_at,
    )


def to_ava(**overrides: object) -> ProposedSend:
    """Alice writing about Ava (12), whose parents Sara (said YES) and Tom (not asked) are recorded."""
    values: dict[str, object] = {"born": AVA_BORN, "guardians": (SARA, TOM)}
    values.update(overrides)
    return send(**values)  # type: ignore[arg-type]
