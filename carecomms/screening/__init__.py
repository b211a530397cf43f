"""Screening: pure functions that read message text for the guidance's rules. No Django, no I/O, no clock."""

from .attachments import screen_attachment
from .consent import read_consent, read_consent_button
from .inbound import screen_inbound
from .outbound import screen_outbound
from .types import (
    AttachmentVerdict,
    Category,
    ConsentReading,
    Finding,
    InboundFlag,
    InboundResult,
    InboundSignal,
    OutboundContext,
    OutboundResult,
)
from .withdrawal import reads_as_withdrawal

__all__ = [
    "AttachmentVerdict",
    "Category",
    "ConsentReading",
    "Finding",
    "InboundFlag",
    "InboundResult",
    "InboundSignal",
    "OutboundContext",
    "OutboundResult",
    "read_consent",
    "read_consent_button",
    "reads_as_withdrawal",
    "screen_attachment",
    "screen_inbound",
    "screen_outbound",
]
