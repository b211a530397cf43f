"""Runs the periodic jobs in `carecomms.scheduling.JOBS` until SIGTERM or Ctrl-C (Healthchecks style)."""

from __future__ import annotations

import logging
import signal
import time
from typing import Any

from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from carecomms.scheduling import JOBS

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run periodic jobs (outbox sweep, webhook reprocessing, exports, escalations)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--once", action="store_true", help="Run every job once and exit.")

    def handle(self, *args: Any, once: bool = False, **options: Any) -> None:
        stopping = False

        def stop(*_: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        last_run: dict[str, float] = {}
        while not stopping:
            now = time.monotonic()
            for job in JOBS:
                if once or now - last_run.get(job.name, -job.every_seconds) >= job.every_seconds:
                    last_run[job.name] = now
                    try:
                        result = import_string(job.function)()
                        logger.info("periodic job ran", extra={"job": job.name, "result": str(result)})
                    except Exception:
                        logger.exception("periodic job failed", extra={"job": job.name})
            if once:
                return
            try:
                time.sleep(1)
            except KeyboardInterrupt:
                return
