"""A Notify-only simulator for the channel tests (no gateway): the API, its JWT check and its callbacks.

The WhatsApp half runs too (one simulator serves both) but has no webhook URL, so it stays silent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from carecomms.channels.notify.embedded import EMBEDDED_API_KEY, EMBEDDED_SMS_TEMPLATE_ID
from carecomms.channels.simulator import RunningSimulator
from carecomms.channels.simulator.notify import NotifySimulatorConfig

API_KEY = EMBEDDED_API_KEY
TEMPLATE_ID = EMBEDDED_SMS_TEMPLATE_ID
CALLBACK_TOKEN = "test-notify-callback-token"
COUNCIL_NUMBER = "+447700900500"
JENNY = "+447700900101"


@pytest.fixture
def make_notify(make_simulator: Callable[..., RunningSimulator]) -> Callable[..., RunningSimulator]:
    """Start a simulator serving Notify (stopped after the test, by `make_simulator`)."""

    def start(**overrides: Any) -> RunningSimulator:
        notify = NotifySimulatorConfig(
            api_key=API_KEY, sms_template_id=TEMPLATE_ID, inbound_number=COUNCIL_NUMBER,
            bearer_token=CALLBACK_TOKEN, status_delay_seconds=0.0, callback_retry_delays=(0.05, 0.1),
            **overrides,
        )
        return make_simulator(notify=notify)

    return start


@pytest.fixture
def notify(make_notify: Callable[..., RunningSimulator]) -> RunningSimulator:
    return make_notify()
