"""Everything that happens to the case-record side: exporting, delivering, acknowledging, retrying.

Each export makes `RecordDocument` rows (transcripts and case notes) in one transaction and queues
their delivery after commit. Delivery follows the outbox: claim the row with a conditional lock,
write the attempt, call the sink outside any transaction, record the outcome. A document counts as
exported only once the sink has acknowledged it; its id is derived from what it covers, so running
an export twice finds the same document instead of making a second one.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from carecomms.audit.actions import do_audit
from carecomms.messaging.models import ConsentEvent, ConsentState, Conversation, Message
from carecomms.messaging.retry import WorkQueue, backoff, requeue_lost
from carecomms.people.models import Allocation, Person, Role, User
from carecomms.records import transcripts
from carecomms.records.models import CaseNote, RecordDeliveryAttempt, RecordDocument
from carecomms.records.sinks import OutgoingDocument, Sink, SinkError, configured_sink

logger = logging.getLogger(__name__)
DELIVERY_QUEUE = WorkQueue(pending=RecordDocument.State.PENDING, claimed=RecordDocument.State.SENDING)

DOCUMENT_NAMESPACE = uuid.UUID("6f1c7a52-3f0e-4d59-9a55-0b8d1c2e7a10")
# Messages not yet settled with the channel are left for the next export, so a transcript never
# shows a send that is later cancelled.
UNSETTLED = (Message.Status.SCHEDULED, Message.Status.QUEUED, Message.Status.SENDING)


# --- building documents (pure-ish helpers over the ORM) ------------------------------------------


def practitioner_on(person: Person, moment: datetime | None) -> str:
    day = timezone.localdate(moment) if moment else timezone.localdate()
    allocations = (
        Allocation.objects.filter(person=person, starts_on__lte=day)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))
        .select_related("practitioner")
    )
    names = sorted({a.practitioner.display_name for a in allocations})
    if not names:
        latest = (
            Allocation.objects.filter(person=person)
            .select_related("practitioner")
            .order_by("-starts_on")
            .first()
        )
        names = [latest.practitioner.display_name] if latest else ["Not allocated"]
    return ", ".join(names)


def consent_label_at(conversation: Conversation, moment: datetime | None) -> str:
    """The consent state as of `moment`, from the consent history (or the conversation's, if it has none)."""
    events = ConsentEvent.objects.filter(conversation=conversation)
    if not events.exists():
        return ConsentState(conversation.consent_state).label
    if moment is not None:
        events = events.filter(occurred_at__lte=moment)
    last = events.order_by("-occurred_at", "-id").first()
    return ConsentState(last.state).label if last else ConsentState.NOT_REQUESTED.label


def last_confirmed_message_pk(conversation: Conversation) -> int:
    """The last message already confirmed by the case record (0 when nothing has been)."""
    document = (
        RecordDocument.objects.filter(
            conversation=conversation, state=RecordDocument.State.ACKNOWLEDGED, last_message_pk__isnull=False
        )
        .order_by("-last_message_pk")
        .first()
    )
    if document is None or document.last_message_pk is None:
        return 0
    return document.last_message_pk


def _settled_messages(conversation: Conversation, after_pk: int) -> list[Message]:
    messages = Message.objects.filter(conversation=conversation, pk__gt=after_pk).order_by("pk")
    first_unsettled = (
        messages.filter(status__in=UNSETTLED).order_by("pk").values_list("pk", flat=True).first()
    )
    if first_unsettled is not None:
        messages = messages.filter(pk__lt=first_unsettled)
    return list(messages.select_related("author").prefetch_related("attachments"))


def _transcript_document(
    conversation: Conversation, messages: list[Message], *, full: bool, now: datetime
) -> RecordDocument:
    """Find or make the document for exactly these messages: same messages, same id, same bytes."""
    first, last = messages[0], messages[-1]
    kind = RecordDocument.Kind.FULL_TRANSCRIPT if full else RecordDocument.Kind.TRANSCRIPT
    document_id = uuid.uuid5(
        DOCUMENT_NAMESPACE, f"{kind}:{conversation.pk}:{first.public_id}:{last.public_id}:{len(messages)}"
    )
    existing = RecordDocument.objects.filter(document_id=document_id).first()
    if existing is not None:
        return existing
    period_start = first.created_at
    period_end = max(m.created_at for m in messages)
    scope = (
        "Whole conversation" if full else f"Messages from {transcripts.london(period_start):%d %B %Y %H:%M}"
    )
    events = ConsentEvent.objects.filter(
        conversation=conversation, occurred_at__gte=period_start, occurred_at__lte=period_end
    )
    transcript = transcripts.transcript_from_models(
        conversation,
        messages,
        document_id=str(document_id),
        scope=scope,
        practitioner=practitioner_on(conversation.person, period_end),
        consent_state=consent_label_at(conversation, period_end),
        consent_events=events,
    )
    pdf = transcripts.render_pdf(transcripts.transcript_html(transcript), document_id=str(document_id))
    local_end = transcripts.london(period_end)
    document = RecordDocument.objects.create(
        document_id=document_id,
        person=conversation.person,
        kind=kind,
        title=f"WhatsApp transcript with {conversation.recipient_name} to {local_end:%d %B %Y}",
        conversation=conversation,
        first_message_pk=first.pk,
        last_message_pk=last.pk,
        message_count=len(messages),
        period_start=period_start,
        period_end=period_end,
        filename=f"transcript-{conversation.person.case_record_id}-{local_end:%Y%m%d-%H%M}.pdf",
        content_type="application/pdf",
        content=pdf,
        sha256=transcripts.sha256_hex(pdf),
        size=len(pdf),
        created_at=now,
        next_attempt_at=now,
    )
    do_audit(
        "records:transcript_created",
        target=document,
        person_id=conversation.person_id,
        detail={
            "document_id": str(document_id),
            "messages": len(messages),
            "sha256": document.sha256,
            "full": full,
        },
    )
    return document


def case_note_text(note: CaseNote) -> str:
    """A case note as a short structured plain-text record (what a case system files as a note)."""
    local = transcripts.london(note.created_at)
    lines = [
        note.title,
        "",
        f"Person: {note.person.full_name} ({note.person.case_record_id})",
        f"Type: {note.get_kind_display()}",
        f"Recorded: {local:%d %B %Y %H:%M} (Europe/London)",
        f"Recorded by: {note.author.display_name if note.author else 'CareComms (automatic)'}",
    ]
    if note.policy_version:
        lines.append(f"Policy version: {note.policy_version}")
    lines += ["", note.body, "", f"Document id: {note.document_id}"]
    return "\n".join(lines) + "\n"


def _case_note_document(note: CaseNote, now: datetime) -> RecordDocument:
    existing = RecordDocument.objects.filter(case_note=note).first()
    if existing is not None:
        return existing
    content = case_note_text(note).encode("utf-8")
    document = RecordDocument.objects.create(
        document_id=note.document_id,
        person=note.person,
        kind=RecordDocument.Kind.CASE_NOTE,
        title=note.title,
        case_note=note,
        period_start=note.created_at,
        period_end=note.created_at,
        filename=f"case-note-{note.person.case_record_id}-{note.kind}-{transcripts.london(note.created_at):%Y%m%d-%H%M}.txt",
        content_type="text/plain; charset=utf-8",
        content=content,
        sha256=transcripts.sha256_hex(content),
        size=len(content),
        created_at=now,
        next_attempt_at=now,
    )
    do_audit(
        "records:case_note_queued",
        target=document,
        person_id=note.person_id,
        detail={"document_id": str(note.document_id), "kind": note.kind},
    )
    return document


def _announce(documents: Iterable[RecordDocument]) -> None:
    from carecomms.records.tasks import deliver_record_task

    pks = [d.pk for d in documents if d.state == RecordDocument.State.PENDING]
    transaction.on_commit(lambda: [deliver_record_task.enqueue(pk) for pk in pks])


# --- exports -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    documents: tuple[RecordDocument, ...]

    @property
    def created(self) -> int:
        return len(self.documents)


@transaction.atomic
def do_export_conversation(
    conversation: Conversation, *, full: bool, now: datetime | None = None
) -> RecordDocument | None:
    """A transcript of the whole conversation (`full`) or of the messages since the last confirmed export.

    While an earlier new-messages transcript still waits for the sink, no overlapping one is made: the
    next one starts where the last *confirmed* one ended.
    """
    now = now or timezone.now()
    if full:
        messages = _settled_messages(conversation, 0)
    else:
        waiting = (
            RecordDocument.objects.filter(
                conversation=conversation,
                kind=RecordDocument.Kind.TRANSCRIPT,
            )
            .exclude(state=RecordDocument.State.ACKNOWLEDGED)
            .exists()
        )
        if waiting:
            return None
        messages = _settled_messages(conversation, last_confirmed_message_pk(conversation))
    if not messages:
        return None
    document = _transcript_document(conversation, messages, full=full, now=now)
    _announce([document])
    return document


@transaction.atomic
def do_export_case_notes(
    person: Person | None = None, *, now: datetime | None = None
) -> list[RecordDocument]:
    """Every case note not yet handed to the case record becomes a document (once)."""
    now = now or timezone.now()
    notes = CaseNote.objects.filter(record_document__isnull=True).select_related("person", "author")
    if person is not None:
        notes = notes.filter(person=person)
    documents = [_case_note_document(note, now) for note in notes]
    _announce(documents)
    return documents


def conversations_due(now: datetime | None = None) -> list[int]:
    """Conversations with messages the case record has not confirmed (the daily export's work list)."""
    due = []
    for conversation in Conversation.objects.all().order_by("pk"):
        last = (
            Message.objects.filter(conversation=conversation)
            .order_by("-pk")
            .values_list("pk", flat=True)
            .first()
        )
        if last is not None and last > last_confirmed_message_pk(conversation):
            due.append(conversation.pk)
    return due


def export_due(now: datetime | None = None, progress: object = None) -> ExportResult:
    """The daily export: new messages of every conversation, and every new case note.

    One transaction per conversation, so one bad conversation never holds back the others.
    """
    now = now or timezone.now()
    made: list[RecordDocument] = list(do_export_case_notes(now=now))
    pks = conversations_due(now)
    for pk in _progress(pks, progress, "Conversations"):
        try:
            document = do_export_conversation(
                Conversation.objects.select_related("person__team", "channel", "guardian").get(pk=pk),
                full=False,
                now=now,
            )
        except Exception:
            logger.exception("transcript export failed", extra={"conversation": pk})
            continue
        if document is not None:
            made.append(document)
    return ExportResult(documents=tuple(made))


@transaction.atomic
def do_full_export(
    person: Person, *, reason: str, actor: User | None = None, now: datetime | None = None
) -> ExportResult:
    """Whole-conversation transcripts for every conversation about the person, plus their case notes."""
    now = now or timezone.now()
    made: list[RecordDocument] = list(do_export_case_notes(person, now=now))
    for conversation in Conversation.objects.filter(person=person).select_related(
        "person__team", "channel", "guardian"
    ):
        document = do_export_conversation(conversation, full=True, now=now)
        if document is not None:
            made.append(document)
    do_audit(
        "records:full_export",
        actor=actor,
        target=person,
        person_id=person.pk,
        reason=reason,
        detail={"documents": [str(d.document_id) for d in made]},
    )
    return ExportResult(documents=tuple(made))


def enqueue_daily_export() -> str:
    """Scheduler job: the export itself renders PDFs, so it runs on a worker, not in the scheduler."""
    from carecomms.records.tasks import export_due_task

    export_due_task.enqueue()
    return "queued"


def _progress(items: list[int], progress: object, label: str) -> Iterable[int]:
    if progress is None:
        return items
    assert callable(progress)
    return progress(items, label)


# --- delivery ------------------------------------------------------------------------------------


def outgoing(document: RecordDocument) -> OutgoingDocument:
    assert document.content is not None, "a delivered document keeps its content until retention"
    return OutgoingDocument(
        document_id=str(document.document_id),
        case_record_id=document.person.case_record_id,
        document_type=document.kind,
        title=document.title,
        filename=document.filename,
        content_type=document.content_type,
        content=bytes(document.content),
        sha256=document.sha256,
        created_at=document.created_at,
        period_start=document.period_start,
        period_end=document.period_end,
        extra={"messages": document.message_count}
        if document.conversation_id
        else {"case_note_kind": document.case_note.kind},
    )


def claim_document(pk: int, now: datetime, sink_name: str) -> RecordDocument | None:
    """Take a due document for delivery; `None` if another worker has it or it is not due."""
    with transaction.atomic():
        document = (
            RecordDocument.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=pk)
            .filter(DELIVERY_QUEUE.claimable(now, stale_seconds=settings.RECORDS_STALE_SENDING_SECONDS))
            .select_related("person", "case_note")
            .first()
        )
        if document is None:
            return None
        document.state = RecordDocument.State.SENDING
        document.claimed_at = now
        document.attempts += 1
        document.sink = sink_name
        document.save(update_fields=["state", "claimed_at", "attempts", "sink"])
        RecordDeliveryAttempt.objects.create(
            document=document, number=document.attempts, sink=sink_name, started_at=now
        )
        return document


def deliver_document(pk: int, *, now: datetime | None = None, sink: Sink | None = None) -> str:
    """Worker entry point: claim, hand to the sink outside any transaction, record what it said."""
    sink = sink or configured_sink()
    document = claim_document(pk, now or timezone.now(), sink.name)
    if document is None:
        return "skipped"
    try:
        receipt = sink.deliver(outgoing(document))
    except SinkError as error:
        return _record_failure(document.pk, error, timezone.now())
    _record_acknowledgement(document.pk, receipt.reference, timezone.now())
    return "acknowledged"


@transaction.atomic
def _record_acknowledgement(pk: int, reference: str, now: datetime) -> None:
    document = RecordDocument.objects.select_for_update(of=("self",)).get(pk=pk)
    document.state = RecordDocument.State.ACKNOWLEDGED
    document.acknowledged_at = now
    document.receipt = reference[:500]
    document.last_error = ""
    document.save(update_fields=["state", "acknowledged_at", "receipt", "last_error"])
    RecordDeliveryAttempt.objects.filter(document=document, number=document.attempts).update(
        finished_at=now, outcome=RecordDeliveryAttempt.Outcome.ACKNOWLEDGED
    )
    if document.case_note_id:
        CaseNote.objects.filter(pk=document.case_note_id, exported_at__isnull=True).update(exported_at=now)
    do_audit(
        "records:acknowledged",
        target=document,
        person_id=document.person_id,
        detail={
            "document_id": str(document.document_id),
            "sink": document.sink,
            "attempts": document.attempts,
            "sha256": document.sha256,
        },
    )


@transaction.atomic
def _record_failure(pk: int, error: SinkError, now: datetime) -> str:
    document = RecordDocument.objects.select_for_update(of=("self",)).get(pk=pk)
    document.last_error = str(error)[:500]
    RecordDeliveryAttempt.objects.filter(document=document, number=document.attempts).update(
        finished_at=now,
        http_status=error.http_status,
        detail=str(error)[:500],
        outcome=RecordDeliveryAttempt.Outcome.FAILED
        if error.permanent
        else RecordDeliveryAttempt.Outcome.RETRY,
    )
    if error.permanent:
        document.state = RecordDocument.State.FAILED
        document.save(update_fields=["state", "last_error"])
        do_audit(
            "records:refused",
            target=document,
            person_id=document.person_id,
            detail={"document_id": str(document.document_id), "error": document.last_error},
        )
        return "failed"
    document.state = RecordDocument.State.PENDING
    document.next_attempt_at = now + backoff(
        document.attempts, None,
        base_seconds=settings.RECORDS_BACKOFF_BASE_SECONDS, max_seconds=settings.RECORDS_BACKOFF_MAX_SECONDS,
    )
    document.save(update_fields=["state", "next_attempt_at", "last_error"])
    from carecomms.records.tasks import deliver_record_task

    run_after = document.next_attempt_at
    transaction.on_commit(lambda: deliver_record_task.using(run_after=run_after).enqueue(pk))
    return "retry"


def sweep_deliveries(now: datetime | None = None) -> int:
    """Re-announce due documents whose task was lost (a crash between commit and enqueue)."""
    from carecomms.records.tasks import deliver_record_task

    return requeue_lost(
        RecordDocument.objects.all(), deliver_record_task, now or timezone.now(),
        queue=DELIVERY_QUEUE, stale_seconds=settings.RECORDS_STALE_SENDING_SECONDS,
    )


def check_records_administrator(actor: User) -> None:
    if actor.role != Role.ADMINISTRATOR:
        raise PermissionDenied("Only an administrator can manage deliveries to the case record.")


@transaction.atomic
def do_retry_delivery(
    document: RecordDocument, actor: User, *, now: datetime | None = None
) -> RecordDocument:
    """An administrator sends a refused (or waiting) document again, straight away."""
    check_records_administrator(actor)
    now = now or timezone.now()
    document = RecordDocument.objects.select_for_update(of=("self",)).get(pk=document.pk)
    if document.state == RecordDocument.State.ACKNOWLEDGED:
        return document
    document.state = RecordDocument.State.PENDING
    document.next_attempt_at = now
    document.save(update_fields=["state", "next_attempt_at"])
    do_audit(
        "records:retry_requested",
        actor=actor,
        target=document,
        person_id=document.person_id,
        detail={"document_id": str(document.document_id)},
    )
    _announce([document])
    return document
