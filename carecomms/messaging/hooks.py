"""What happens after an inbound message is stored, inside the same transaction.

Safeguarding triage and the out-of-hours reply hang off this one seam so the receive action stays
about receiving. Each step must be safe to run once per message.
"""

from __future__ import annotations

from datetime import datetime

from carecomms.messaging.models import Attachment, Message


def after_inbound_message(message: Message, now: datetime) -> None:
    try:
        from carecomms.safeguarding.actions import triage_inbound_message
    except ImportError:  # the safeguarding app is optional in a stripped-down deployment
        return
    triage_inbound_message(message, now)


def after_attachment_quarantined(attachment: Attachment, now: datetime) -> None:
    """The fetched bytes showed a file is not what it claimed (after triage had already run): report it
    to the line manager as triage would have. Call inside the transaction that quarantined it."""
    try:
        from carecomms.safeguarding.actions import file_report
        from carecomms.safeguarding.models import Report
    except ImportError:
        return
    file_report(attachment.message, [Report.Reason.QUARANTINED_ATTACHMENT], reported_by=None, note="",
                now=now)
