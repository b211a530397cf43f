"""Retention (G8): once the work with a person has ended and the case record holds the conversation,
CareComms lets go of the words and files it no longer needs.

A message's body (and template parameters) and its attachments' bytes and captions are removed
`RECORDS_RETENTION_DAYS` after the person's last allocation ended, and only for messages a confirmed
export covers. Metadata (who, when, status, hashes) and the audit trail stay. A legal hold on the
person stops everything, checked again under a row lock at the moment of removal.

Subject access exports (sealed copies made for the data-protection officer) are deleted
`RECORDS_SAR_KEEP_DAYS` after they were made, legal hold or not: a hold keeps the originals, and the
export's row (hashes, who asked, downloads) stays as the record of what was disclosed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from carecomms.audit.actions import do_audit
from carecomms.messaging.models import Attachment, Conversation, Message
from carecomms.people.models import Allocation, Person, User
from carecomms.records.actions import last_confirmed_message_pk
from carecomms.records.models import RecordDocument, SubjectAccessExport
from carecomms.records.subject_access import (
    do_delete_expired_export,
    do_delete_legacy_plaintext_file,
    exports_past_keeping,
    legacy_plaintext_files,
)


@dataclass(frozen=True)
class RetentionItem:
    """What would go from one conversation."""

    case_record_id: str
    person_pk: int
    conversation_pk: int
    message_pks: tuple[int, ...]
    attachment_pks: tuple[int, ...]
    document_pks: tuple[int, ...]


@dataclass(frozen=True)
class RetentionPlan:
    due: tuple[RetentionItem, ...]
    held: tuple[str, ...]  # case record ids on legal hold that would otherwise be due
    exports: tuple[SubjectAccessExport, ...] = ()  # subject access exports past their keeping period
    legacy_files: tuple[Path, ...] = ()  # plaintext zips from before exports were sealed

    @property
    def message_count(self) -> int:
        return sum(len(item.message_pks) for item in self.due)

    @property
    def attachment_count(self) -> int:
        return sum(len(item.attachment_pks) for item in self.due)


def _people_past_retention(today: date) -> Iterable[Person]:
    """People with no allocation now or ahead of them whose last one ended long enough ago."""
    cutoff = today - timedelta(days=settings.RECORDS_RETENTION_DAYS)
    open_allocations = Allocation.objects.filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today)).values(
        "person_id"
    )
    return (
        Person.objects.exclude(pk__in=open_allocations)
        .annotate(last_end=Max("allocations__ends_on"))
        .filter(last_end__isnull=False, last_end__lte=cutoff)
        .order_by("pk")
    )


@dataclass(frozen=True)
class RetentionStatus:
    """Where one person stands with retention, for the data-protection officer's page (counts, no bodies)."""

    legal_hold: bool
    allocated: bool  # an allocation now or ahead: nothing is due
    last_allocation_ended: date | None
    removable_from: date | None  # once the case record has confirmed the export
    messages_kept: int
    messages_removed: int
    attachments_kept: int


def retention_status(person: Person, today: date | None = None) -> RetentionStatus:
    today = today or timezone.localdate()
    allocations = Allocation.objects.filter(person=person)
    allocated = allocations.filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today)).exists()
    last_end = allocations.aggregate(last=Max("ends_on"))["last"]
    messages = Message.objects.filter(conversation__person=person)
    return RetentionStatus(
        legal_hold=person.legal_hold,
        allocated=allocated,
        last_allocation_ended=None if allocated else last_end,
        removable_from=None
        if allocated or last_end is None
        else last_end + timedelta(days=settings.RECORDS_RETENTION_DAYS),
        messages_kept=messages.filter(body_removed_at__isnull=True).count(),
        messages_removed=messages.filter(body_removed_at__isnull=False).count(),
        attachments_kept=Attachment.objects.filter(message__conversation__person=person)
        .exclude(stored_path="")
        .count(),
    )


def _item_for(conversation: Conversation) -> RetentionItem | None:
    confirmed = last_confirmed_message_pk(conversation)
    if not confirmed:
        return None
    messages = Message.objects.filter(conversation=conversation, pk__lte=confirmed)
    with_body = messages.filter(body_removed_at__isnull=True)
    message_pks = tuple(with_body.order_by("pk").values_list("pk", flat=True))
    attachment_pks = tuple(
        Attachment.objects.filter(message__in=messages)
        .filter(~Q(stored_path="") | ~Q(caption=""))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    document_pks = tuple(
        RecordDocument.objects.filter(
            conversation=conversation,
            state=RecordDocument.State.ACKNOWLEDGED,
            content_removed_at__isnull=True,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not (message_pks or attachment_pks or document_pks):
        return None
    person = conversation.person
    return RetentionItem(
        case_record_id=person.case_record_id,
        person_pk=person.pk,
        conversation_pk=conversation.pk,
        message_pks=message_pks,
        attachment_pks=attachment_pks,
        document_pks=document_pks,
    )


def plan_retention(today: date | None = None, now: datetime | None = None) -> RetentionPlan:
    """What retention would remove today; changes nothing (the dry run)."""
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    due: list[RetentionItem] = []
    held: list[str] = []
    for person in _people_past_retention(today):
        items = [
            item
            for conversation in Conversation.objects.filter(person=person).select_related("person")
            if (item := _item_for(conversation)) is not None
        ]
        if not items:
            continue
        if person.legal_hold:
            held.append(person.case_record_id)
        else:
            due.extend(items)
    return RetentionPlan(due=tuple(due), held=tuple(held), exports=tuple(exports_past_keeping(now)),
                         legacy_files=tuple(legacy_plaintext_files()))


def _remove_file(stored_path: str) -> bool:
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / stored_path).resolve()
    if root not in path.parents:
        return False
    path.unlink(missing_ok=True)
    return True


@transaction.atomic
def _apply(item: RetentionItem, now: datetime, actor: User | None) -> bool:
    person = Person.objects.select_for_update(of=("self",)).get(pk=item.person_pk)
    if person.legal_hold:
        return False
    Message.objects.filter(pk__in=item.message_pks, body_removed_at__isnull=True).update(
        body="", template_parameters=[], body_removed_at=now
    )
    removed_files: list[str] = []
    for attachment in Attachment.objects.filter(pk__in=item.attachment_pks):
        if attachment.stored_path and _remove_file(attachment.stored_path):
            removed_files.append(attachment.sha256)
        attachment.stored_path = ""
        attachment.caption = ""
        attachment.save(update_fields=["stored_path", "caption"])
    RecordDocument.objects.filter(pk__in=item.document_pks).update(content=None, content_removed_at=now)
    do_audit(
        "retention:removed",
        actor=actor,
        target=Conversation.objects.get(pk=item.conversation_pk),
        person_id=person.pk,
        reason=f"{settings.RECORDS_RETENTION_DAYS} days after the last allocation ended",
        detail={
            "messages": len(item.message_pks),
            "message_pks": list(item.message_pks),
            "attachments": len(item.attachment_pks),
            "files_removed_sha256": removed_files,
            "documents_cleared": len(item.document_pks),
        },
    )
    return True


def do_apply_retention(
    today: date | None = None,
    *,
    dry_run: bool = False,
    actor: User | None = None,
    progress: Callable[[list[RetentionItem], str], Iterable[RetentionItem]] | None = None,
    now: datetime | None = None,
) -> RetentionPlan:
    """Remove what is due (one transaction per conversation or export); with `dry_run`, only say what would go."""
    now = now or timezone.now()
    plan = plan_retention(today, now)
    if dry_run:
        return plan
    applied = []
    items = list(plan.due)
    for item in progress(items, "Conversations") if progress else items:
        if _apply(item, now, actor):
            applied.append(item)
    exports = tuple(export for export in plan.exports if do_delete_expired_export(export.pk, now, actor))
    for path in plan.legacy_files:
        do_delete_legacy_plaintext_file(path, actor)
    return RetentionPlan(due=tuple(applied), held=plan.held, exports=exports, legacy_files=plan.legacy_files)


def apply_retention_job() -> int:
    """Scheduler job: the daily retention run."""
    return do_apply_retention().message_count
