"""`carecomms audit verify`: prove the audit trail is whole, or name the first entry that is not."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from carecomms.audit.verify import verify_chain


class Command(BaseCommand):
    help = "Audit trail tools. `verify` recomputes the hash chain; exit 1 names the first broken entry."

    def add_arguments(self, parser: CommandParser) -> None:
        subcommands = parser.add_subparsers(dest="subcommand", required=True)
        subcommands.add_parser("verify", help="recompute the hash chain and report the first broken entry")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommand"] != "verify":
            raise CommandError(f"unknown subcommand {options['subcommand']!r}")
        report = verify_chain()
        if report.first_break is not None:
            raise CommandError(f"Audit chain broken at {report.first_break.describe()}", returncode=1)
        self.stdout.write(f"Audit chain intact: {report.entries_checked} entries verified.")
