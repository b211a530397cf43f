"""Writing to the audit trail. Call inside the transaction of the change being audited."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from carecomms.audit.chain import GENESIS_HASH, entry_digest, hashed_fields
from carecomms.audit.models import AuditEntry, AuditHead
from carecomms.web.request_context import current_source_ip


def do_audit(
    action: str,
    *,
    actor: Any = None,
    target: Any = None,
    person_id: int | None = None,
    reason: str = "",
    detail: dict[str, Any] | None = None,
    actor_label: str | None = None,
) -> AuditEntry:
    """Append one entry. `action` is a tag such as "message:sent"; `target` any model instance."""
    with transaction.atomic():
        head = AuditHead.objects.select_for_update().filter(pk=1).first()
        if head is None:
            AuditHead.objects.get_or_create(pk=1, defaults={"last_hash": GENESIS_HASH})
            head = AuditHead.objects.select_for_update().get(pk=1)
        entry = AuditEntry(
            occurred_at=timezone.now(),
            actor=actor if getattr(actor, "pk", None) else None,
            actor_label=actor_label or (str(getattr(actor, "username", "")) or "system"),
            action=action,
            target_type=target._meta.label_lower if target is not None else "",
            target_id=str(target.pk) if target is not None else "",
            person_id=person_id,
            source_ip=current_source_ip(),
            reason=reason,
            detail=detail or {},
            previous_hash=head.last_hash,
        )
        entry.entry_hash = entry_digest(entry.previous_hash, hashed_fields(entry))
        entry.save()
        head.last_hash = entry.entry_hash
        head.save(update_fields=["last_hash"])
        return entry
