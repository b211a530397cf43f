"""`carecomms records export | deliver | retention [--dry-run] | sar PERSON | png PDF`.

The case record by hand.

Long runs show tqdm progress bars on stderr; results are printed to stdout.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from carecomms.people.models import Person
from carecomms.records import actions
from carecomms.records.models import RecordDocument
from carecomms.records.retention import do_apply_retention
from carecomms.records.subject_access import do_subject_access_export
from carecomms.records.transcripts import render_png_pages

T = TypeVar("T")


def _bar(items: list[T], label: str) -> Iterable[T]:
    return tqdm(items, desc=label, unit="item", disable=None)


class Command(BaseCommand):
    help = "Export to the case record, deliver, apply retention, or build a subject access zip."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(
            dest="action", required=True, metavar="{export,deliver,retention,sar,png}"
        )
        export = commands.add_parser(
            "export", help="Export new messages and case notes, then deliver them now."
        )
        export.add_argument(
            "--full", metavar="PERSON", help="A whole-conversation export for this case record id."
        )
        export.add_argument(
            "--no-deliver", action="store_true", help="Only make the documents; the worker delivers."
        )
        commands.add_parser("deliver", help="Deliver every document that is due now.")
        retention = commands.add_parser(
            "retention", help="Remove message bodies and attachments that are due."
        )
        retention.add_argument(
            "--dry-run", action="store_true", help="List what would be removed; change nothing."
        )
        sar = commands.add_parser("sar", help="Build the subject access zip for a person.")
        sar.add_argument("person", metavar="PERSON", help="The person's case record (Mosaic) id.")
        png = commands.add_parser("png", help="Render a transcript PDF's pages as PNG files beside it.")
        png.add_argument("pdf", type=Path)

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        getattr(self, f"_{action}")(**options)

    def _person(self, case_record_id: str) -> Person:
        person = Person.objects.filter(case_record_id=case_record_id).first()
        if person is None:
            raise CommandError(f"No person with case record id {case_record_id!r}")
        return person

    def _export(self, *, full: str | None, no_deliver: bool, **_: Any) -> None:
        if full:
            result = actions.do_full_export(self._person(full), reason="carecomms records export --full")
        else:
            result = actions.export_due(progress=_bar)
        self.stdout.write(f"{result.created} document(s) made")
        if not no_deliver:
            self._deliver()

    def _deliver(self, **_: Any) -> None:
        due = list(
            RecordDocument.objects.filter(state=RecordDocument.State.PENDING).values_list("pk", flat=True)
        )
        outcomes: dict[str, int] = {}
        for pk in _bar(due, "Delivering"):
            outcome = actions.deliver_document(pk)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        self.stdout.write(", ".join(f"{n} {o}" for o, n in sorted(outcomes.items())) or "nothing due")

    def _retention(self, *, dry_run: bool, **_: Any) -> None:
        plan = do_apply_retention(dry_run=dry_run, progress=_bar)
        verb = "would remove" if dry_run else "removed"
        for item in plan.due:
            self.stdout.write(
                f"{item.case_record_id} conversation {item.conversation_pk}: {verb} "
                f"{len(item.message_pks)} message bodies, {len(item.attachment_pks)} attachments, "
                f"{len(item.document_pks)} stored documents"
            )
        for case_record_id in plan.held:
            self.stdout.write(f"{case_record_id}: on legal hold, nothing removed")
        self.stdout.write(
            f"Total: {verb} {plan.message_count} message bodies and {plan.attachment_count} attachments"
        )

    def _sar(self, *, person: str, **_: Any) -> None:
        path = do_subject_access_export(self._person(person), None, progress=_bar)
        self.stdout.write(str(path))

    def _png(self, *, pdf: Path, **_: Any) -> None:
        for number, page in enumerate(render_png_pages(pdf.read_bytes()), start=1):
            target = pdf.with_name(f"{pdf.stem}-page{number}.png")
            target.write_bytes(page)
            self.stdout.write(str(target))
