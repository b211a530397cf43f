"""Subject access (UK GDPR art. 15): everything CareComms holds about a person, in one zip, audited.

The zip holds a whole-conversation transcript (PDF/A) per conversation, every case note, the consent
history and the messages' metadata as JSON, the person's own record, and a manifest of SHA-256s.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from carecomms.audit.actions import do_audit
from carecomms.messaging.models import ConsentEvent, Conversation, Message
from carecomms.people.models import Person, Role, User
from carecomms.records import transcripts
from carecomms.records.actions import DOCUMENT_NAMESPACE, case_note_text, consent_label_at, practitioner_on

SUBJECT_ACCESS_ROLES = frozenset({Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER})


def check_subject_access(actor: User | None) -> None:
    """Administrators and the data-protection officer answer these; the CLI (actor None) runs as system."""
    if actor is not None and actor.role not in SUBJECT_ACCESS_ROLES:
        raise PermissionDenied(
            "Only an administrator or the data-protection officer can export a subject access request."
        )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _person_json(person: Person) -> dict[str, Any]:
    return {
        "case_record_id": person.case_record_id,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else None,
        "service": person.service,
        "mobile": person.mobile,
        "team": person.team.name,
        "legal_hold": person.legal_hold,
        "allocations": [
            {
                "practitioner": a.practitioner.display_name,
                "starts_on": a.starts_on.isoformat(),
                "ends_on": a.ends_on.isoformat() if a.ends_on else None,
            }
            for a in person.allocations.select_related("practitioner").order_by("starts_on", "pk")
        ],
        "people_with_parental_responsibility": [
            {"name": g.name, "relationship": g.relationship, "mobile": g.mobile, "active": g.active}
            for g in person.guardians.order_by("pk")
        ],
    }


def _message_json(message: Message) -> dict[str, Any]:
    return {
        "id": str(message.public_id),
        "conversation": message.conversation_id,
        "direction": message.direction,
        "kind": message.kind,
        "status": message.status,
        "author": message.author.display_name if message.author else None,
        "template_name": message.template_name,
        "policy_version": message.policy_version,
        "created_at": _iso(message.created_at),
        "sent_at": _iso(message.sent_at),
        "delivered_at": _iso(message.delivered_at),
        "read_at": _iso(message.read_at),
        "failure_reason": message.failure_reason,
        "flags": message.flags,
        "body_removed_at": _iso(message.body_removed_at),
        "attachments": [
            {
                "filename": a.filename,
                "mime_type": a.mime_type,
                "sha256": a.sha256,
                "size": a.size,
                "quarantined": a.quarantined,
            }
            for a in message.attachments.all()
        ],
    }


def _consent_json(event: ConsentEvent) -> dict[str, Any]:
    return {
        "conversation": event.conversation_id,
        "state": event.state,
        "occurred_at": _iso(event.occurred_at),
        "reading": event.reading,
        "practitioner": event.practitioner.display_name if event.practitioner else None,
        "policy_version": event.policy_version,
        "message": str(event.message.public_id) if event.message else None,
        "note": event.note,
    }


def do_subject_access_export(
    person: Person,
    actor: User | None,
    *,
    progress: Callable[[list[Conversation], str], Any] | None = None,
) -> Path:
    """Build the zip under `RECORDS_SAR_DIR` and audit it. Rendering is slow, so no transaction is held."""
    check_subject_access(actor)
    now = timezone.now()
    files: dict[str, bytes] = {}
    conversations = list(
        Conversation.objects.filter(person=person)
        .select_related("person__team", "channel", "guardian")
        .order_by("pk")
    )
    for conversation in progress(conversations, "Transcripts") if progress else conversations:
        messages = list(
            Message.objects.filter(conversation=conversation)
            .order_by("pk")
            .select_related("author")
            .prefetch_related("attachments")
        )
        if not messages:
            continue
        document_id = str(
            uuid.uuid5(DOCUMENT_NAMESPACE, f"sar:{conversation.pk}:{messages[-1].public_id}:{len(messages)}")
        )
        last_at = max(m.created_at for m in messages)
        transcript = transcripts.transcript_from_models(
            conversation,
            messages,
            document_id=document_id,
            scope="Whole conversation (subject access)",
            practitioner=practitioner_on(person, last_at),
            consent_state=consent_label_at(conversation, last_at),
            consent_events=ConsentEvent.objects.filter(conversation=conversation),
        )
        files[f"transcripts/conversation-{conversation.pk}.pdf"] = transcripts.render_pdf(
            transcripts.transcript_html(transcript), document_id=document_id
        )
    for note in person.case_notes.select_related("person", "author").order_by("created_at", "pk"):
        files[
            f"case-notes/{transcripts.london(note.created_at):%Y%m%d-%H%M}-{note.kind}-{note.document_id}.txt"
        ] = case_note_text(note).encode("utf-8")
    events = ConsentEvent.objects.filter(conversation__person=person).select_related(
        "practitioner", "message"
    )
    files["consent-history.json"] = _dump([_consent_json(e) for e in events.order_by("occurred_at", "pk")])
    messages = (
        Message.objects.filter(conversation__person=person)
        .select_related("author")
        .prefetch_related("attachments")
        .order_by("pk")
    )
    files["messages.json"] = _dump([_message_json(m) for m in messages])
    files["person.json"] = _dump(_person_json(person))
    manifest = {
        "case_record_id": person.case_record_id,
        "created_at": now.isoformat(),
        "files": {name: transcripts.sha256_hex(content) for name, content in sorted(files.items())},
    }
    files["manifest.json"] = _dump(manifest)

    directory = Path(settings.RECORDS_SAR_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"subject-access-{person.case_record_id}-{transcripts.london(now):%Y%m%d-%H%M%S}.zip"
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".partial-", suffix=".zip")
    try:
        with (
            os.fdopen(descriptor, "wb") as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            for name, content in files.items():
                archive.writestr(name, content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    do_audit(
        "records:subject_access_export",
        actor=actor,
        target=person,
        person_id=person.pk,
        detail={
            "file": target.name,
            "sha256": transcripts.sha256_hex(target.read_bytes()),
            "contents": sorted(files),
        },
    )
    return target


def _dump(value: object) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8")
