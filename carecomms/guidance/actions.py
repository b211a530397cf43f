"""Publishing a policy version. Old versions are kept; every decision names the one it applied."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from carecomms.audit.actions import do_audit
from carecomms.guidance.models import PolicyVersion
from carecomms.policy import PolicyDocument


def check_policy_document(data: Any) -> PolicyDocument:
    try:
        return PolicyDocument.from_dict(data)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError(f"The policy document is not valid: {exc}") from exc


@transaction.atomic
def do_publish_policy(document: PolicyDocument, *, actor: Any = None, change_note: str = "") -> PolicyVersion:
    if PolicyVersion.objects.filter(version=document.version).exists():
        raise ValidationError(f"Version {document.version} already exists: give the new version its own number.")
    version = PolicyVersion.objects.create(
        version=document.version,
        effective_from=document.effective_from,
        review_due=document.review_due,
        document=document.to_dict(),
        created_by=actor,
        change_note=change_note,
    )
    do_audit("policy:published", actor=actor, target=version, detail={"version": document.version})
    return version
