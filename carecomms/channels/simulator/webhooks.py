"""Posting signed webhooks to the gateway, one at a time, in order, from a background thread.

Bodies are serialised as Meta does (non-ASCII escaped as \\uXXXX, '/' escaped as '\\/') and signed
over exactly those bytes. A delivery that fails is retried with back-off, as Meta retries.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

from carecomms.channels.whatsapp.signature import sign

logger = logging.getLogger(__name__)


def meta_json_bytes(payload: Any) -> bytes:
    """JSON as Meta sends it: compact, ASCII-only, with '/' escaped ('/' only occurs inside strings)."""
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/").encode("ascii")


@dataclass(frozen=True)
class Delivery:
    """The outcome of one webhook, kept for `GET /_control/webhooks`."""

    kind: str
    status_code: int | None
    attempts: int
    delivered: bool


class WebhookSender:
    """A single worker thread, so "sent" always reaches the gateway before "delivered"."""

    def __init__(
        self, url: str, app_secret: str, retry_delays: tuple[float, ...], timeout: float = 10.0
    ) -> None:
        self._url = url
        self._secret = app_secret
        self._delays = retry_delays
        self._timeout = timeout
        self._queue: queue.Queue[tuple[float, str, bytes] | None] = queue.Queue()
        self._stopping = threading.Event()
        self._log_lock = threading.Lock()
        self._log: list[Delivery] = []
        self._thread = threading.Thread(target=self._run, name="simulator-webhooks", daemon=True)
        self._thread.start()

    def enqueue(self, payload: dict[str, Any], *, not_before: float = 0.0) -> None:
        """Queue one webhook; call without holding any simulator lock."""
        if not self._url:
            return
        kind = "statuses" if "statuses" in payload["entry"][0]["changes"][0]["value"] else "messages"
        self._queue.put((not_before, kind, meta_json_bytes(payload)))

    def deliveries(self) -> list[Delivery]:
        with self._log_lock:
            return list(self._log)

    def idle(self) -> bool:
        return self._queue.unfinished_tasks == 0

    def stop(self) -> None:
        self._stopping.set()
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        with httpx.Client(timeout=self._timeout) as http:
            while True:
                item = self._queue.get()
                try:
                    if item is None:
                        return
                    not_before, kind, body = item
                    wait = not_before - time.monotonic()
                    if wait > 0 and self._stopping.wait(wait):
                        return
                    delivery = self._deliver(http, kind, body)
                    with self._log_lock:
                        self._log.append(delivery)
                finally:
                    self._queue.task_done()

    def _deliver(self, http: httpx.Client, kind: str, body: bytes) -> Delivery:
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, self._secret)}
        status: int | None = None
        attempts = 0
        for delay in (0.0, *self._delays):
            if delay and self._stopping.wait(delay):
                break
            attempts += 1
            try:
                status = http.post(self._url, content=body, headers=headers).status_code
            except httpx.HTTPError as exc:
                status = None
                logger.warning(
                    "simulator webhook failed (attempt %d): %s",
                    attempts,
                    type(exc).__name__,
                    extra={"attempt": attempts, "error": type(exc).__name__},
                )
                continue
            if 200 <= status < 300:
                return Delivery(kind, status, attempts, True)
            logger.warning(
                "simulator webhook refused (attempt %d): HTTP %s",
                attempts,
                status,
                extra={"attempt": attempts, "http_status": status},
            )
        logger.error(
            "simulator webhook given up after %d attempts",
            attempts,
            extra={"kind": kind, "http_status": status},
        )
        return Delivery(kind, status, attempts, False)
