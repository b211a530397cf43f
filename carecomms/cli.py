"""`carecomms`: one command for everything an operator does, wrapping Django's management commands.

    carecomms run                 web + worker + scheduler + WhatsApp simulator (the embedded default)
    carecomms simulator           the WhatsApp Cloud API simulator alone
    carecomms screen outbound|inbound|consent   JSON Lines in, JSON Lines out (no database needed)
    carecomms <management command> ...          anything manage.py offers (migrate, demo_data, ...)
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["screen"]:
        # Pure screening: no Django, no database, fast start-up for batch use.
        from carecomms.screening.cli import main as screen_main

        return screen_main(args[1:], sys.stdin, sys.stdout)
    if args[:1] == ["run"]:
        from carecomms.embedded import run_embedded

        return run_embedded()
    if args[:1] == ["simulator"]:
        from carecomms.channels.simulator.__main__ import main as simulator_main

        return simulator_main(args[1:]) or 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carecomms.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["carecomms", *(args or ["help"])])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
