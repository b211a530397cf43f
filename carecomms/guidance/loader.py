"""Which policy document is in force: the newest version whose effective date has come."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from carecomms.guidance.models import PolicyVersion
from carecomms.policy import PolicyDocument


class NoPolicyInForce(RuntimeError):
    """No policy version is effective yet; nothing may be sent until an administrator adds one."""


def policy_in_force(on: date | None = None) -> tuple[PolicyVersion, PolicyDocument]:
    day = on or timezone.localdate()
    version = PolicyVersion.objects.filter(effective_from__lte=day).order_by("-effective_from", "-created_at").first()
    if version is None:
        raise NoPolicyInForce("No policy document is in force: an administrator must add one.")
    return version, PolicyDocument.from_dict(version.document)


def review_overdue(on: date | None = None) -> PolicyVersion | None:
    """The version in force if its yearly review (R1) is overdue, for the administrators' banner."""
    day = on or timezone.localdate()
    try:
        version, document = policy_in_force(day)
    except NoPolicyInForce:
        return None
    return version if document.review_overdue(day) else None
