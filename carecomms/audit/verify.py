"""Recompute the audit chain from the rows themselves and name the first entry that does not fit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carecomms.audit.chain import GENESIS_HASH, entry_digest, hashed_fields
from carecomms.audit.models import AuditEntry, AuditHead


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int | None
    action: str
    occurred_at: datetime | None
    problem: str

    def describe(self) -> str:
        when = self.occurred_at.isoformat() if self.occurred_at else "-"
        return f"entry {self.entry_id} ({self.action} at {when}): {self.problem}"


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def verify_chain(batch_size: int = 2000) -> ChainReport:
    """Walk every entry in id order: each must carry the previous entry's hash and its own true hash.

    A changed field breaks that entry's own hash; a removed or reordered entry breaks the next
    one's link; a removed tail leaves the head pointing at a hash no entry has.
    """
    expected_previous = GENESIS_HASH
    checked = 0
    last_id = 0
    while True:
        batch = list(AuditEntry.objects.filter(pk__gt=last_id).order_by("pk")[:batch_size])
        if not batch:
            break
        for entry in batch:
            checked += 1
            last_id = entry.pk
            if entry.previous_hash != expected_previous:
                return ChainReport(checked, ChainBreak(
                    entry.pk, entry.action, entry.occurred_at,
                    "does not link to the entry before it (an entry was removed, inserted or reordered)"))
            if entry_digest(entry.previous_hash, hashed_fields(entry)) != entry.entry_hash:
                return ChainReport(checked, ChainBreak(
                    entry.pk, entry.action, entry.occurred_at,
                    "its content no longer matches its hash (altered)"))
            expected_previous = entry.entry_hash
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None and head.last_hash != expected_previous:
        return ChainReport(checked, ChainBreak(
            last_id or None, "(end of chain)", None,
            "the chain head records a later entry that is missing (entries removed from the end)"))
    return ChainReport(checked, None)
