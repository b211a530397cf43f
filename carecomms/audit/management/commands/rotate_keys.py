"""`carecomms rotate_keys`: re-seal every encrypted value, attachment and subject access file under the current key.

Rotation procedure: put the new key first in CARECOMMS_ENCRYPTION_KEYS (old keys after it), run
this command, then remove the old keys. Values sealed under an old key stay readable until then.
Lives in the audit app because rotating keys is itself a recorded, data-protection event.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.management.base import BaseCommand

from carecomms.accounts.mfa_secrets import reseal_authenticators
from carecomms.audit.actions import do_audit
from carecomms.crypto import (
    encrypted_columns,
    keyring,
    reseal_column,
    reseal_file,
)
from carecomms.messaging.models import Attachment
from carecomms.records.subject_access import reseal_subject_access_files


def reseal_attachment_files() -> int:
    """Attachment files under MEDIA_ROOT that are plaintext or sealed under an old key, re-sealed."""
    root = Path(settings.MEDIA_ROOT).resolve()
    resealed = 0
    stored_paths = Attachment.objects.exclude(stored_path="").values_list("stored_path", flat=True)
    for stored_path in stored_paths.iterator():
        path = (root / stored_path).resolve()
        if root not in path.parents or not path.is_file():
            continue
        resealed += reseal_file(path)
    return resealed


class Command(BaseCommand):
    help = "Re-encrypt every encrypted column, attachment and subject access file under the current (first) key."

    def handle(self, *args: Any, **options: Any) -> None:
        current = keyring().current_id
        counts: dict[str, int] = {}
        for model, field_name in encrypted_columns():
            counts[f"{model._meta.label_lower}.{field_name}"] = reseal_column(model, field_name)
        counts["attachment files"] = reseal_attachment_files()
        counts["subject access files"] = reseal_subject_access_files()
        counts["second-factor secrets"] = reseal_authenticators(Authenticator.objects.all())
        do_audit("encryption:keys_rotated", actor_label="rotate_keys",
                 detail={"key": current, "resealed": counts})
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count} re-sealed")
        self.stdout.write(f"Everything is now sealed under key {current!r}.")
