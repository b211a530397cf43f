"""The facts of a proposed send: plain values the caller gathers before asking for a decision.

Nothing here is looked up: the caller (carecomms.messaging.facts) reads the database once and
hands over everything the guidance needs, so a decision is a pure function of these facts, the
policy document and the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from carecomms.policy.hours import WorkingPattern


class Role(StrEnum):
    PRACTITIONER = "practitioner"
    STUDENT_SOCIAL_WORKER = "student_social_worker"
    TEAM_MANAGER = "team_manager"
    ADMINISTRATOR = "administrator"
    DATA_PROTECTION_OFFICER = "data_protection_officer"


class ConsentState(StrEnum):
    """Consent for one person (or guardian) on one channel number (G7)."""

    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    UNCLEAR = "unclear"
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class SendKind(StrEnum):
    CONSENT_REQUEST = "consent_request"
    FREE_TEXT = "free_text"
    TEMPLATE = "template"


class ConsentBasis(StrEnum):
    """The two grounds G4 allows for contact below the age thresholds."""

    PARENTAL_S20 = "parental_s20"
    CORPORATE_PARENT = "corporate_parent"


@dataclass(frozen=True)
class ContactException:
    """A Team Manager's approval to contact a child directly despite G3/G5 (G4)."""

    exception_id: int
    channel_kind: str
    consent_basis: ConsentBasis | None
    risk_assessment_ref: str
    requested_by: int
    approved_by: int | None
    approver_role: Role | None
    expires_at: datetime
    withdrawn: bool = False


@dataclass(frozen=True)
class Sender:
    user_id: int
    role: Role
    working_pattern: WorkingPattern


@dataclass(frozen=True)
class Guardian:
    """Someone with parental responsibility; each consents for their own number (issue 4)."""

    guardian_id: int
    name: str
    has_number: bool
    consent: ConsentState


@dataclass(frozen=True)
class Recipient:
    person_id: int
    date_of_birth: date | None
    guardians: tuple[Guardian, ...] = ()
    consent: ConsentState = ConsentState.NOT_REQUESTED
    exceptions: tuple[ContactException, ...] = ()


@dataclass(frozen=True)
class ChannelFacts:
    kind: str
    organisation_owned: bool
    minimum_age: int | None = None  # None: the policy document's minimum age for this kind


class ContentConcern(Protocol):
    """What screening found in the text; screening's `Finding` satisfies this."""

    @property
    def category(self) -> str: ...

    @property
    def explanation(self) -> str: ...


@dataclass(frozen=True)
class ProposedSend:
    """One message to one recipient, as the practitioner proposes it.

    `addressed_to_guardian` is True when the recipient *is* a guardian (an adult with parental
    responsibility, deciding with their own consent): the age rules then concern the child, not
    this send. `last_consent_request_at` is when consent was last asked for on this conversation,
    so repeat requests can be rate-limited.
    """

    sender: Sender
    recipient: Recipient
    channel: ChannelFacts
    kind: SendKind
    content: Sequence[ContentConcern] = ()
    recipient_count: int = 1
    broadcast_or_status: bool = False
    addressed_to_guardian: bool = False
    last_consent_request_at: datetime | None = None
