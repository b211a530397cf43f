"""`carecomms records export | deliver | retention [--dry-run] | sar PERSON [--output PATH] | png PDF`.

The case record by hand.

Long runs show tqdm progress bars on stderr; results are printed to stdout.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from carecomms.people.models import Person
from carecomms.records import actions
from carecomms.records.models import RecordDocument
from carecomms.records.retention import do_apply_retention
from carecomms.records.subject_access import (
    ExportUnavailable,
    do_download_subject_access_export,
    do_subject_access_export,
    export_path,
)
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
        sar = commands.add_parser(
            "sar", help="Make a subject access export for a person now (sealed under RECORDS_SAR_DIR)."
        )
        sar.add_argument("person", metavar="PERSON", help="The person's case record (Mosaic) id.")
        sar.add_argument(
            "--output",
            type=Path,
            metavar="PATH",
            help="Also write the decrypted zip to PATH (a new file, never overwritten; audited as a download).",
        )
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
        for export in plan.exports:
            self.stdout.write(
                f"{export.person.case_record_id} subject access export {export.pk} "
                f"(kept until {export.expires_at:%Y-%m-%d %H:%M}): {'would delete' if dry_run else 'deleted'} file"
            )
        for legacy in plan.legacy_files:
            self.stdout.write(f"{legacy.name}: unsealed export from before encryption, {verb}")
        self.stdout.write(
            f"Total: {verb} {plan.message_count} message bodies and {plan.attachment_count} attachments, "
            f"{len(plan.exports) + len(plan.legacy_files)} subject access export file(s)"
        )

    def _sar(self, *, person: str, output: Path | None, **_: Any) -> None:
        if output is not None and output.exists():
            raise CommandError(f"{output} already exists: choose a new file name")
        export = do_subject_access_export(self._person(person), None, progress=_bar)
        if export.state != export.State.READY:
            raise CommandError(f"Subject access export {export.pk} is {export.get_state_display().lower()}: "
                               f"{export.error or 'see the worker log'}")
        self.stdout.write(
            f"Subject access export {export.pk}: {export.size} bytes, sha256 {export.sha256}, "
            f"kept until {export.expires_at:%Y-%m-%d %H:%M} (sealed: {export_path(export)})"
        )
        if output is not None:
            try:
                opened = do_download_subject_access_export(export, None, via=f"command line --output {output}")
            except ExportUnavailable as refused:
                raise CommandError(str(refused)) from None
            try:  # a new file only the operator can read; never overwrite what is already there
                descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                raise CommandError(f"{output} already exists: choose a new file name") from None
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(opened.content)
            self.stdout.write(f"Decrypted zip written to {output}")

    def _png(self, *, pdf: Path, **_: Any) -> None:
        for number, page in enumerate(render_png_pages(pdf.read_bytes()), start=1):
            target = pdf.with_name(f"{pdf.stem}-page{number}.png")
            target.write_bytes(page)
            self.stdout.write(str(target))
