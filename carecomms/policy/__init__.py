"""The council's guidance as code: pure rules that decide every outbound send.

No Django, no I/O, no clock: callers pass the facts, the policy document in force and the time,
and get back a `Decision` with reasons that name their clause. The precedence between rules is
explained in `carecomms.policy.engine`.
"""

from carecomms.policy.clauses import CLAUSE_TITLES, Clause
from carecomms.policy.decision import Decision, GuardianRoute, Outcome, Reason
from carecomms.policy.document import (
    COUNCIL_CONSENT_TEXT,
    FrozenMapping,
    KeepInTouchTemplate,
    OutOfHoursContact,
    PolicyDocument,
    default_policy_document,
)
from carecomms.policy.engine import decide
from carecomms.policy.facts import (
    ChannelFacts,
    ConsentBasis,
    ConsentState,
    ContactException,
    ContentConcern,
    Guardian,
    ProposedSend,
    Recipient,
    Role,
    Sender,
    SendKind,
)
from carecomms.policy.hours import (
    LONDON,
    NO_WORKING_TIME_SINCE,
    WorkingPattern,
    is_bank_holiday,
    out_of_hours_period_start,
    out_of_hours_reply_due,
)
from carecomms.policy.rules import (
    age_on,
    consent_first,
    contact_exception_valid,
    keep_in_touch_content,
    one_recipient_no_broadcast,
    organisation_accounts_only,
    platform_minimum_age,
    under_sixteens_through_guardians,
    working_hours,
)

__all__ = [
    "CLAUSE_TITLES",
    "COUNCIL_CONSENT_TEXT",
    "LONDON",
    "NO_WORKING_TIME_SINCE",
    "ChannelFacts",
    "Clause",
    "ConsentBasis",
    "ConsentState",
    "ContactException",
    "ContentConcern",
    "Decision",
    "FrozenMapping",
    "Guardian",
    "GuardianRoute",
    "KeepInTouchTemplate",
    "OutOfHoursContact",
    "Outcome",
    "PolicyDocument",
    "ProposedSend",
    "Reason",
    "Recipient",
    "Role",
    "SendKind",
    "Sender",
    "WorkingPattern",
    "age_on",
    "consent_first",
    "contact_exception_valid",
    "decide",
    "default_policy_document",
    "is_bank_holiday",
    "keep_in_touch_content",
    "one_recipient_no_broadcast",
    "organisation_accounts_only",
    "out_of_hours_period_start",
    "out_of_hours_reply_due",
    "platform_minimum_age",
    "under_sixteens_through_guardians",
    "working_hours",
]
