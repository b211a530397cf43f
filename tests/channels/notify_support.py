"""A Notify-only simulator for the channel tests (no gateway): the API, its JWT check and its callbacks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from carecomms.channels.notify.embedded import EMBEDDED_API_KEY, EMBEDDED_SMS_TEMPLATE_ID
from carecomms.channels.simulator import RunningSimulator, SimulatorConfig, start_in_thread
from carecomms.channels.simulator.notify import NotifySimulatorConfig

API_KEY = EMBEDDED_API_KEY
TEMPLATE_ID = EMBEDDED_SMS_TEMPLATE_ID
CALLBACK_TOKEN = "test-notify-callback-token"
COUNCIL_NUMBER = "+447700900500"
JENNY = "+447700900101"


@pytest.fixture
def make_notify() -> Iterator[Callable[..., RunningSimulator]]:
    started: list[RunningSimulator] = []

    def start(**overrides: Any) -> RunningSimulator:
        notify = NotifySimulatorConfig(
            api_key=API_KEY, sms_template_id=TEMPLATE_ID, inbound_number=COUNCIL_NUMBER,
            bearer_token=CALLBACK_TOKEN, status_delay_seconds=0.0, callback_retry_delays=(0.05, 0.1),
            **overrides,
        )
        simulator = start_in_thread(SimulatorConfig(
            access_token="unused", app_secret="unused", phone_number_id="100000000000001",
            display_phone_number="+442084960100", webhook_url="", notify=notify,
        ))
        started.append(simulator)
        return simulator

    yield start
    for simulator in started:
        simulator.stop()


@pytest.fixture
def notify(make_notify: Callable[..., RunningSimulator]) -> RunningSimulator:
    return make_notify()
