"""Value types returned by screening. Frozen so a decision cannot be edited after it is made."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """Why an outbound message may not be sent (guidance G6, G11, G14, W2)."""

    PERSONAL_DATA = "personal_data"
    SPECIAL_CATEGORY = "special_category"
    CRIMINAL_OFFENCE = "criminal_offence"
    CASE_SENSITIVE = "case_sensitive"
    ASSESSMENT = "assessment"


@dataclass(frozen=True)
class Finding:
    """One reason to refuse a message, anchored to the words that caused it."""

    category: Category
    start: int
    end: int
    text: str
    code: str
    explanation: str


@dataclass(frozen=True)
class OutboundContext:
    """What is *not* personal data for this council, taken from its policy document."""

    practitioner_names: tuple[str, ...] = ()
    organisation_phone_numbers: tuple[str, ...] = ()
    organisation_email_domains: tuple[str, ...] = ()
    organisation_places: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutboundResult:
    findings: tuple[Finding, ...]
    suggestion: str | None = None

    @property
    def blocked(self) -> bool:
        return bool(self.findings)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({finding.category.value for finding in self.findings}))


class InboundFlag(StrEnum):
    """What a practitioner or line manager must look at in an incoming message (G15, safeguarding)."""

    SAFEGUARDING = "safeguarding"
    INAPPROPRIATE = "inappropriate"


@dataclass(frozen=True)
class InboundSignal:
    flag: InboundFlag
    start: int
    end: int
    text: str
    code: str
    explanation: str


@dataclass(frozen=True)
class InboundResult:
    signals: tuple[InboundSignal, ...] = field(default_factory=tuple)

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(sorted({signal.flag.value for signal in self.signals}))


@dataclass(frozen=True)
class AttachmentVerdict:
    quarantine: bool
    flags: tuple[str, ...]
    reason: str


class ConsentReading(StrEnum):
    CONSENT_YES = "consent_yes"
    CONSENT_WITHDRAW = "consent_withdraw"
    UNCLEAR = "unclear"
