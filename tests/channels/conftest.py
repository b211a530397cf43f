"""Fixtures for the channel tests: Meta payload files, a simulator in a thread, a webhook receiver, and
Cloud API clients pointed at a simulator or at an httpx.MockTransport."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from carecomms.channels.simulator import RunningSimulator, SimulatorConfig, start_in_thread
from carecomms.channels.whatsapp.client import CloudApiClient

FIXTURES = Path(__file__).parent / "fixtures"
TOKEN = "test-access-token"
SECRET = "test-app-secret"
PHONE_NUMBER_ID = "100000000000001"
SAM = "+447700900123"


def load_fixture(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def client_for(simulator: RunningSimulator, token: str = TOKEN) -> CloudApiClient:
    return CloudApiClient(simulator.url, "v21.0", PHONE_NUMBER_ID, token, timeout=5)


def mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> CloudApiClient:
    return CloudApiClient(
        "https://graph.example", "v21.0", PHONE_NUMBER_ID, TOKEN, 5, transport=httpx.MockTransport(handler)
    )


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes


@dataclass
class WebhookReceiver:
    """A stand-in gateway: records every POST; answers with the next queued status (200 by default)."""

    url: str = ""
    received: list[Received] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.received) >= count:
                    return list(self.received)
            time.sleep(0.02)
        raise AssertionError(f"expected {count} webhooks, got {len(self.received)}")

    def payloads(self) -> list[Any]:
        with self.lock:
            return [json.loads(r.body) for r in self.received]


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    state = WebhookReceiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with state.lock:
                state.received.append(Received(dict(self.headers.items()), body))
                status = state.answers.pop(0) if state.answers else 200
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_port}/webhooks/whatsapp"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def make_simulator() -> Iterator[Callable[..., RunningSimulator]]:
    started: list[RunningSimulator] = []

    def start(webhook_url: str = "", **overrides: Any) -> RunningSimulator:
        config = SimulatorConfig(
            access_token=TOKEN,
            app_secret=SECRET,
            phone_number_id=PHONE_NUMBER_ID,
            display_phone_number="+442084960100",
            webhook_url=webhook_url,
            status_delay_seconds=0.0,
            webhook_retry_delays=(0.05, 0.1),
            **overrides,
        )
        simulator = start_in_thread(config)
        started.append(simulator)
        return simulator

    yield start
    for simulator in started:
        simulator.stop()


@pytest.fixture
def simulator(make_simulator: Callable[..., RunningSimulator]) -> RunningSimulator:
    return make_simulator()


# GOV.UK Notify (SMS): a Notify-only simulator, see notify_support.py.
from tests.channels.notify_support import make_notify, notify  # noqa: E402,F401
