"""How an audit entry's hash is computed: one canonical form, used to write and to verify."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

GENESIS_HASH = "0" * 64


def entry_digest(previous_hash: str, fields: dict[str, Any]) -> str:
    def default(value: object) -> str:
        if isinstance(value, datetime):
            return value.isoformat(timespec="microseconds")
        return str(value)

    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=default, ensure_ascii=True)
    return hashlib.sha256(f"{previous_hash}|{canonical}".encode()).hexdigest()


def hashed_fields(entry: Any) -> dict[str, Any]:
    """The fields covered by the hash, read from a model instance."""
    return {
        "occurred_at": entry.occurred_at,
        "actor_id": entry.actor_id,
        "actor_label": entry.actor_label,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "person_id": entry.person_id,
        "source_ip": entry.source_ip,
        "reason": entry.reason,
        "detail": entry.detail,
    }
