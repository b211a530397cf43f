"""Subject access (UK GDPR art. 15): everything CareComms holds about a person, in one zip, sealed, audited.

The zip holds a whole-conversation transcript (PDF/A) per conversation, the attachments' original bytes,
every case note, the consent history, the messages' metadata and the audit entries about the person as
JSON, the person's own record (with the legal-hold history), and a manifest of SHA-256s.

One path for the browser and the command line: `do_request_subject_access_export` records a
`SubjectAccessExport` (PENDING) and, after commit, enqueues `subject_access_export_task`; the worker's
`make_subject_access_export` claims the row, builds the zip outside any transaction, seals it with
`crypto` under a random name in RECORDS_SAR_DIR and marks it READY until `expires_at`. The command line
(`do_subject_access_export`) requests and makes in one go. Only the authorised download view (or the
command line's `--output`) ever decrypts it, and retention deletes it after RECORDS_SAR_KEEP_DAYS.
"""

from __future__ import annotations

import io
import json
import logging
import re
import secrets
import uuid
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from carecomms.access import Capability, authorise
from carecomms.audit.actions import do_audit
from carecomms.audit.models import AuditEntry
from carecomms.crypto import (
    EncryptionError,
    read_encrypted_file,
    reseal_file,
    write_encrypted_file,
)
from carecomms.messaging.attachments import download_filename, verified_content
from carecomms.messaging.models import Attachment, ConsentEvent, Conversation, Message
from carecomms.people.models import Person, User
from carecomms.records import transcripts
from carecomms.records.actions import DOCUMENT_NAMESPACE, case_note_text, consent_label_at, practitioner_on
from carecomms.records.models import LegalHoldEvent, SubjectAccessExport

logger = logging.getLogger(__name__)

State = SubjectAccessExport.State
SEALED_SUFFIX = ".sealed"
CLI_LABEL = "carecomms records sar"
Progress = Callable[[list[Any], str], Iterable[Any]]


def check_subject_access(actor: User | None) -> None:
    """The permission table's `subject_access` (the data-protection officer); the CLI (actor None) is the
    operator, trusted as the system."""
    if actor is not None and not authorise(actor, Capability.SUBJECT_ACCESS):
        raise PermissionDenied("Only the data-protection officer can make or download a subject access export.")


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


def _legal_hold_json(event: LegalHoldEvent) -> dict[str, Any]:
    return {
        "action": event.action,
        "occurred_at": _iso(event.occurred_at),
        "by": event.actor.display_name,
        "reason": event.reason,
    }


def _audit_json(entry: AuditEntry) -> dict[str, Any]:
    """What the audit trail says about the person. Staff IP addresses are the staff's, not the person's."""
    return {
        "id": entry.pk,
        "occurred_at": _iso(entry.occurred_at),
        "who": entry.actor_label,
        "action": entry.action,
        "target": f"{entry.target_type} {entry.target_id}".strip(),
        "reason": entry.reason,
        "detail": entry.detail,
    }


def _dump(value: object) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str).encode("utf-8")


# --- building the zip (pure reading; no transaction held: rendering is slow) --------------------------


@dataclass(frozen=True)
class BuiltExport:
    content: bytes  # the plaintext zip: sealed before it touches the disk
    sha256: str
    summary: dict[str, Any]


def _attachment_bytes(attachment: Attachment) -> tuple[bytes | None, str]:
    """The original bytes, decrypted and checked against the recorded SHA-256, or None and why not."""
    if attachment.quarantined:
        return None, "quarantined (held for review as possibly harmful); ask the system administrator"
    if attachment.removed:
        return None, "removed under the retention policy after the case record received it"
    if not attachment.held:
        return None, "never fetched from the channel"
    content = verified_content(attachment)
    if content is None:
        return None, "the stored file is missing or altered; tell the system administrator"
    return content, ""


def build_subject_access_zip(person: Person, *, now: datetime, progress: Progress | None = None) -> BuiltExport:
    """Everything held about `person`, as one zip in memory, with a manifest of SHA-256s."""
    buffer = io.BytesIO()
    hashes: dict[str, str] = {}
    withheld: list[dict[str, Any]] = []
    counts = {"transcripts": 0, "attachments": 0, "attachments_withheld": 0, "case_notes": 0}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def add(name: str, content: bytes, *, compress: bool = True) -> None:
            archive.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
            hashes[name] = transcripts.sha256_hex(content)

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
            add(
                f"transcripts/conversation-{conversation.pk}.pdf",
                transcripts.render_pdf(transcripts.transcript_html(transcript), document_id=document_id),
                compress=False,
            )
            counts["transcripts"] += 1
        attachments = list(
            Attachment.objects.filter(message__conversation__person=person).select_related("message").order_by("pk")
        )
        for attachment in progress(attachments, "Attachments") if progress else attachments:
            content, why_not = _attachment_bytes(attachment)
            name = f"attachments/{attachment.message.public_id}-{attachment.pk}-{download_filename(attachment)}"
            if content is None:
                withheld.append({"name": name, "sha256": attachment.sha256, "reason": why_not})
                counts["attachments_withheld"] += 1
                continue
            add(name, content, compress=False)
            counts["attachments"] += 1
        for note in person.case_notes.select_related("person", "author").order_by("created_at", "pk"):
            add(
                f"case-notes/{transcripts.london(note.created_at):%Y%m%d-%H%M}-{note.kind}-{note.document_id}.txt",
                case_note_text(note).encode("utf-8"),
            )
            counts["case_notes"] += 1
        events = ConsentEvent.objects.filter(conversation__person=person).select_related("practitioner", "message")
        consent = [_consent_json(e) for e in events.order_by("occurred_at", "pk")]
        add("consent-history.json", _dump(consent))
        messages_json = [
            _message_json(m)
            for m in Message.objects.filter(conversation__person=person)
            .select_related("author")
            .prefetch_related("attachments")
            .order_by("pk")
        ]
        add("messages.json", _dump(messages_json))
        person_json = _person_json(person)
        person_json["legal_hold_history"] = [
            _legal_hold_json(e)
            for e in person.legal_hold_events.select_related("actor").order_by("occurred_at", "pk")
        ]
        add("person.json", _dump(person_json))
        audit = [_audit_json(e) for e in AuditEntry.objects.filter(person_id=person.pk).order_by("id")]
        add("audit-trail.json", _dump(audit))
        counts.update(messages=len(messages_json), consent_events=len(consent), audit_entries=len(audit))
        manifest = {
            "case_record_id": person.case_record_id,
            "created_at": now.isoformat(),
            "files": dict(sorted(hashes.items())),
            "withheld": withheld,
        }
        archive.writestr("manifest.json", _dump(manifest))
    content = buffer.getvalue()
    return BuiltExport(
        content=content,
        sha256=transcripts.sha256_hex(content),
        summary={"files": len(hashes) + 1, **counts},
    )


# --- requesting and making (the worker) ---------------------------------------------------------------


def check_request_subject_access_export(person: Person, actor: User | None) -> None:
    check_subject_access(actor)
    if SubjectAccessExport.objects.filter(person=person, state__in=[State.PENDING, State.RUNNING]).exists():
        raise ValidationError(
            f"An export for {person.case_record_id} is already being made. Wait for it to be ready."
        )


def do_request_subject_access_export(
    person: Person, actor: User | None, *, enqueue: bool = True
) -> SubjectAccessExport:
    """Record the request and, once committed, hand it to the worker (`enqueue=False`: the caller makes it)."""
    check_request_subject_access_export(person, actor)
    with transaction.atomic():
        Person.objects.select_for_update(of=("self",)).get(pk=person.pk)  # one request at a time per person
        check_request_subject_access_export(person, actor)
        export = SubjectAccessExport.objects.create(person=person, requested_by=actor)
        do_audit(
            "records:subject_access_requested",
            actor=actor,
            actor_label=None if actor is not None else CLI_LABEL,
            target=export,
            person_id=person.pk,
            detail={"export": export.pk, "case_record_id": person.case_record_id},
        )
        if enqueue:
            _enqueue_after_commit(export.pk)
    return export


def _enqueue_after_commit(export_pk: int, run_after: datetime | None = None) -> None:
    from carecomms.records.tasks import subject_access_export_task

    task = subject_access_export_task.using(run_after=run_after) if run_after else subject_access_export_task
    transaction.on_commit(lambda: task.enqueue(export_pk))


def _stale_before(now: datetime) -> datetime:
    return now - timedelta(seconds=settings.RECORDS_SAR_STALE_SECONDS)


def claim_export(export_pk: int, now: datetime) -> SubjectAccessExport | None:
    """Take a waiting export (or one whose worker died) for making; None when there is nothing to do.

    A row that has used up RECORDS_SAR_MAX_ATTEMPTS is marked FAILED here instead of being tried again.
    """
    with transaction.atomic():
        export = (
            SubjectAccessExport.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=export_pk)
            .filter(Q(state=State.PENDING) | Q(state=State.RUNNING, started_at__lt=_stale_before(now)))
            .select_related("person")
            .first()
        )
        if export is None:
            return None
        if export.attempts >= settings.RECORDS_SAR_MAX_ATTEMPTS:
            if export.state == State.RUNNING:
                export.error = (
                    f"The export was started {export.attempts} times and never finished: the worker stopped "
                    "before it was done. Request a new export; if that fails too, tell the system administrator."
                )
            _mark_failed(export, now)
            return None
        export.state = State.RUNNING
        export.started_at = now
        export.attempts += 1
        export.save(update_fields=["state", "started_at", "attempts"])
        return export


def _mark_failed(export: SubjectAccessExport, now: datetime) -> None:
    """Call holding the row lock."""
    export.state = State.FAILED
    export.finished_at = now
    export.save(update_fields=["state", "finished_at", "error"])
    do_audit(
        "records:subject_access_failed",
        target=export,
        person_id=export.person_id,
        reason=export.error[:500],
        detail={"export": export.pk, "attempts": export.attempts},
    )


def _still_claimed(current: SubjectAccessExport, claimed: SubjectAccessExport) -> bool:
    return current.state == State.RUNNING and current.started_at == claimed.started_at


def sar_directory() -> Path:
    directory = Path(settings.RECORDS_SAR_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def export_path(export: SubjectAccessExport) -> Path | None:
    """The sealed file for an export, only if its name is one we make (no paths) and inside RECORDS_SAR_DIR."""
    if not re.fullmatch(r"[0-9a-f]{32}\.sealed", export.stored_name or ""):
        return None
    return Path(settings.RECORDS_SAR_DIR) / export.stored_name


def make_subject_access_export(
    export_pk: int, *, now: datetime | None = None, progress: Progress | None = None
) -> str:
    """Worker entry point: claim, build and seal outside any transaction, then record READY (or the failure)."""
    claimed = claim_export(export_pk, now or timezone.now())
    if claimed is None:
        return "skipped"
    path: Path | None = None
    try:
        built = build_subject_access_zip(claimed.person, now=timezone.now(), progress=progress)
        stored_name = f"{secrets.token_hex(16)}{SEALED_SUFFIX}"
        path = sar_directory() / stored_name
        write_encrypted_file(path, built.content)
    except Exception as error:
        if path is not None:
            path.unlink(missing_ok=True)
        logger.exception("subject access export failed", extra={"export": claimed.pk})
        return _record_failure(claimed, error, timezone.now())
    try:
        return _record_ready(claimed, stored_name, built, timezone.now())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _record_ready(claimed: SubjectAccessExport, stored_name: str, built: BuiltExport, now: datetime) -> str:
    with transaction.atomic():
        current = SubjectAccessExport.objects.select_for_update(of=("self",)).get(pk=claimed.pk)
        if not _still_claimed(current, claimed):
            (sar_directory() / stored_name).unlink(missing_ok=True)  # another worker took it over
            return "skipped"
        current.state = State.READY
        current.stored_name = stored_name
        current.sha256 = built.sha256
        current.size = len(built.content)
        current.summary = built.summary
        current.error = ""
        current.finished_at = now
        current.expires_at = now + timedelta(days=settings.RECORDS_SAR_KEEP_DAYS)
        current.save(update_fields=["state", "stored_name", "sha256", "size", "summary", "error", "finished_at",
                                    "expires_at"])
        do_audit(
            "records:subject_access_export",
            actor=current.requested_by,
            actor_label=None if current.requested_by_id else CLI_LABEL,
            target=current,
            person_id=current.person_id,
            detail={"export": current.pk, "sha256": current.sha256, "size": current.size,
                    "summary": current.summary, "expires_at": current.expires_at.isoformat(),
                    "attempts": current.attempts},
        )
    return "ready"


def _record_failure(claimed: SubjectAccessExport, error: Exception, now: datetime) -> str:
    with transaction.atomic():
        current = SubjectAccessExport.objects.select_for_update(of=("self",)).get(pk=claimed.pk)
        if not _still_claimed(current, claimed):
            return "skipped"
        current.error = f"Making the export failed ({type(error).__name__}): {error}"[:1000]
        if current.attempts >= settings.RECORDS_SAR_MAX_ATTEMPTS:
            _mark_failed(current, now)
            return "failed"
        current.state = State.PENDING
        current.save(update_fields=["state", "error"])
        _enqueue_after_commit(current.pk, run_after=now + timedelta(seconds=60 * current.attempts))
        return "retry"


def sweep_subject_access_exports(now: datetime | None = None) -> int:
    """Scheduler job: re-announce exports whose task was lost, and those whose worker died (stale RUNNING)."""
    from carecomms.records.tasks import subject_access_export_task

    now = now or timezone.now()
    due = SubjectAccessExport.objects.filter(
        Q(state=State.PENDING, requested_at__lte=now - timedelta(seconds=60))
        | Q(state=State.RUNNING, started_at__lt=_stale_before(now))
    ).values_list("pk", flat=True)
    count = 0
    for pk in due:
        subject_access_export_task.enqueue(pk)
        count += 1
    return count


def do_subject_access_export(
    person: Person, actor: User | None, *, progress: Progress | None = None
) -> SubjectAccessExport:
    """The command line's path: request and make now, in this process (the same steps as the worker)."""
    export = do_request_subject_access_export(person, actor, enqueue=False)
    make_subject_access_export(export.pk, progress=progress)
    export.refresh_from_db()
    return export


# --- handing it out -----------------------------------------------------------------------------------


class ExportUnavailable(Exception):
    """The export exists but cannot be given out; `status` is the HTTP status, `str()` says why."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


def is_expired(export: SubjectAccessExport, now: datetime) -> bool:
    return export.state == State.DELETED or (
        export.state == State.READY and export.expires_at is not None and export.expires_at <= now
    )


def check_can_download(export: SubjectAccessExport, actor: User | None, now: datetime) -> None:
    check_subject_access(actor)
    if is_expired(export, now):
        raise ExportUnavailable(
            f"This export was kept for {settings.RECORDS_SAR_KEEP_DAYS} days and has been deleted (or is about "
            "to be). Request a new export if you still need it.",
            status=410,
        )
    if export.in_progress:
        raise ExportUnavailable("This export is still being made. Try again in a few minutes.", status=409)
    if export.state == State.FAILED:
        raise ExportUnavailable(f"This export could not be made. {export.error}", status=404)


@dataclass(frozen=True)
class ExportFile:
    content: bytes
    filename: str


def download_filename_for(export: SubjectAccessExport) -> str:
    safe_id = re.sub(r"[^A-Za-z0-9_-]+", "_", export.person.case_record_id) or "person"
    made = transcripts.london(export.finished_at or export.requested_at)
    return f"subject-access-{safe_id}-{made:%Y%m%d-%H%M%S}.zip"


def do_download_subject_access_export(
    export: SubjectAccessExport, actor: User | None, *, via: str = "browser", now: datetime | None = None
) -> ExportFile:
    """Decrypt the zip for the officer and record it (who, when, from where: the audit keeps the address).

    Refusals raise ExportUnavailable (or PermissionDenied) and are audited too.
    """
    now = now or timezone.now()
    label = None if actor is not None else CLI_LABEL
    try:
        check_can_download(export, actor, now)
        path = export_path(export)
        try:
            content = read_encrypted_file(path) if path is not None else None
        except (OSError, EncryptionError):
            content = None
        if content is None or transcripts.sha256_hex(content) != export.sha256:
            logger.error("subject access file missing or altered", extra={"export": export.pk})
            raise ExportUnavailable("This export's file is missing or has been altered, so it is not given out. "
                                    "Tell the system administrator and request a new export.", status=404)
    except ExportUnavailable as refused:
        do_audit("records:subject_access_download_refused", actor=actor, actor_label=label, target=export,
                 person_id=export.person_id, reason=str(refused)[:500],
                 detail={"export": export.pk, "status": refused.status, "via": via})
        raise
    with transaction.atomic():
        SubjectAccessExport.objects.filter(pk=export.pk).update(
            download_count=F("download_count") + 1, last_downloaded_at=now
        )
        export.refresh_from_db(fields=["download_count", "last_downloaded_at"])
        do_audit("records:subject_access_downloaded", actor=actor, actor_label=label, target=export,
                 person_id=export.person_id,
                 detail={"export": export.pk, "sha256": export.sha256, "size": export.size, "via": via,
                         "download": export.download_count})
    return ExportFile(content=content, filename=download_filename_for(export))


# --- keeping period and key rotation ------------------------------------------------------------------


def exports_past_keeping(now: datetime) -> list[SubjectAccessExport]:
    """READY exports whose keeping period is over (a legal hold keeps the originals, not these copies)."""
    return list(
        SubjectAccessExport.objects.filter(state=State.READY, expires_at__lte=now)
        .select_related("person")
        .order_by("expires_at", "pk")
    )


def legacy_plaintext_files() -> list[Path]:
    """Zips the command line wrote before exports were sealed (plaintext at rest): retention deletes them."""
    directory = Path(settings.RECORDS_SAR_DIR)
    return sorted(directory.glob("subject-access-*.zip")) if directory.is_dir() else []


def do_delete_expired_export(export_pk: int, now: datetime, actor: User | None = None) -> bool:
    """Delete one export's file after its keeping period; the row stays (state DELETED) as the record."""
    with transaction.atomic():
        export = SubjectAccessExport.objects.select_for_update(of=("self",)).filter(pk=export_pk).first()
        if export is None or export.state != State.READY or export.expires_at is None or export.expires_at > now:
            return False
        path = export_path(export)
        if path is not None:
            path.unlink(missing_ok=True)
        export.state = State.DELETED
        export.deleted_at = now
        export.save(update_fields=["state", "deleted_at"])
        do_audit(
            "records:subject_access_deleted",
            actor=actor,
            target=export,
            person_id=export.person_id,
            reason=f"{settings.RECORDS_SAR_KEEP_DAYS} days after it was made",
            detail={"export": export.pk, "sha256": export.sha256, "downloads": export.download_count},
        )
    return True


def do_delete_legacy_plaintext_file(path: Path, actor: User | None = None) -> None:
    digest = transcripts.sha256_hex(path.read_bytes())
    path.unlink(missing_ok=True)
    do_audit("records:subject_access_legacy_deleted", actor=actor, reason="plaintext export from before sealing",
             detail={"file": path.name, "sha256": digest})


def reseal_subject_access_files() -> int:
    """Sealed export files under an old key (or, defensively, plaintext) re-sealed under the current one."""
    resealed = 0
    for export in SubjectAccessExport.objects.filter(state=State.READY).exclude(stored_name=""):
        path = export_path(export)
        if path is None or not path.is_file():
            continue
        resealed += reseal_file(path)
    return resealed
