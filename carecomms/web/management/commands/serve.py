"""Serve the web app with Waitress (a production-grade WSGI server that needs nothing compiled)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve CareComms over HTTP with Waitress."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, host: str, port: int, threads: int, **options: Any) -> None:
        from waitress import serve

        from carecomms.wsgi import application

        self.stdout.write(f"CareComms on http://{host}:{port}/")
        serve(application, host=host, port=port, threads=threads, ident="carecomms")
