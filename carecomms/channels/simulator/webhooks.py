"""Posting signed webhooks to the gateway, one at a time, in order, from a background thread.

Bodies are serialised as Meta does (non-ASCII escaped as \\uXXXX, '/' escaped as '\\/') and signed
over exactly those bytes. A delivery that fails is retried with back-off, as Meta retries.
`PostQueue` is the thread and the retries; the Notify half's callbacks use it too.
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
    """The outcome of one webhook or callback, kept for `GET /_control/webhooks` and `/notify/_control/callbacks`."""

    kind: str
    status_code: int | None
    attempts: int
    delivered: bool


class PostQueue:
    """A single worker thread posting JSON bodies in order, each retried with back-off until it is taken.

    Subclasses say how a body is authenticated (`_headers`) and which refusals are worth retrying
    (`_retries`); the rest is the same for Meta's webhooks and Notify's callbacks.
    """

    label = "simulator post"

    def __init__(self, thread_name: str, retry_delays: tuple[float, ...], timeout: float = 10.0) -> None:
        self._delays = retry_delays
        self._timeout = timeout
        self._queue: queue.Queue[tuple[float, str, str, bytes] | None] = queue.Queue()
        self._stopping = threading.Event()
        self._log_lock = threading.Lock()
        self._log: list[Delivery] = []
        self._thread = threading.Thread(target=self._run, name=thread_name, daemon=True)
        self._thread.start()

    def _headers(self, body: bytes) -> dict[str, str]:
        return {"Content-Type": "application/json"}

    def _retries(self, status: int) -> bool:
        """Whether a refusal with this HTTP status is tried again."""
        return True

    def _put(self, url: str, kind: str, body: bytes, not_before: float) -> None:
        self._queue.put((not_before, url, kind, body))

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
                    not_before, url, kind, body = item
                    wait = not_before - time.monotonic()
                    if wait > 0 and self._stopping.wait(wait):
                        return
                    delivery = self._deliver(http, url, kind, body)
                    with self._log_lock:
                        self._log.append(delivery)
                finally:
                    self._queue.task_done()

    def _deliver(self, http: httpx.Client, url: str, kind: str, body: bytes) -> Delivery:
        headers = self._headers(body)
        status: int | None = None
        attempts = 0
        for delay in (0.0, *self._delays):
            if delay and self._stopping.wait(delay):
                break
            attempts += 1
            try:
                status = http.post(url, content=body, headers=headers).status_code
            except httpx.HTTPError as exc:
                status = None
                logger.warning(
                    "%s failed (attempt %d): %s",
                    self.label,
                    attempts,
                    type(exc).__name__,
                    extra={"attempt": attempts, "error": type(exc).__name__},
                )
                continue
            if 200 <= status < 300:
                return Delivery(kind, status, attempts, True)
            logger.warning(
                "%s refused (attempt %d): HTTP %s",
                self.label,
                attempts,
                status,
                extra={"attempt": attempts, "http_status": status},
            )
            if not self._retries(status):
                break
        logger.error(
            "%s given up after %d attempts",
            self.label,
            attempts,
            extra={"kind": kind, "http_status": status},
        )
        return Delivery(kind, status, attempts, False)


class WebhookSender(PostQueue):
    """Meta's webhooks, signed with the app secret; one thread, so "sent" always reaches the gateway
    before "delivered"."""

    label = "simulator webhook"

    def __init__(
        self, url: str, app_secret: str, retry_delays: tuple[float, ...], timeout: float = 10.0
    ) -> None:
        self._url = url
        self._secret = app_secret
        super().__init__("simulator-webhooks", retry_delays, timeout)

    def _headers(self, body: bytes) -> dict[str, str]:
        return {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, self._secret)}

    def enqueue(self, payload: dict[str, Any], *, not_before: float = 0.0) -> None:
        """Queue one webhook; call without holding any simulator lock."""
        if not self._url:
            return
        kind = "statuses" if "statuses" in payload["entry"][0]["changes"][0]["value"] else "messages"
        self._put(self._url, kind, meta_json_bytes(payload), not_before)
