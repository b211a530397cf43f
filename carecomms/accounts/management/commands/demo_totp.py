"""`carecomms demo_totp alice`: the current sign-in code for a demo account. Refuses in production."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from carecomms.accounts.demo import current_demo_code
from carecomms.people.models import User


class Command(BaseCommand):
    help = "Print the current TOTP code of a demo account (non-production only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, username: str, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("demo_totp does not run under production settings")
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}")
        try:
            code = current_demo_code(user)
        except ValueError as error:
            raise CommandError(f"{error}: run `carecomms demo_data` first") from error
        self.stdout.write(code)
