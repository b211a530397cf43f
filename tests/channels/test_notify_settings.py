"""GOV.UK Notify settings under production: SMS is optional, but a key once given must be whole and real.

Each case starts a fresh process (settings are read once, at import), as the production tests do.
"""

from __future__ import annotations

import pytest

from carecomms.channels.notify.embedded import EMBEDDED_API_KEY, EMBEDDED_CALLBACK_BEARER_TOKEN
from tests.accounts.test_production_settings import PRODUCTION_ENV, run_manage

REAL_KEY = "council_live-0d8e2f4a-1b3c-4d5e-8f6a-7b8c9d0e1f2a-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
NOTIFY = {
    "NOTIFY_API_KEY": REAL_KEY,
    "NOTIFY_SMS_TEMPLATE_ID": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
    "NOTIFY_CALLBACK_BEARER_TOKEN": "a-long-random-callback-token",
}
SHOW = ("from django.conf import settings as s; "
        "print(f'NOTIFY|{s.NOTIFY_SERVICE_ID}|{s.NOTIFY_BASE_URL}')")


def shown(stdout: str) -> list[str]:
    line = next(line for line in stdout.splitlines() if line.startswith("NOTIFY|"))
    return line.split("|")[1:]


def test_sms_is_optional_in_production():
    result = run_manage("shell", "-c", SHOW, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert shown(result.stdout) == ["", "https://api.notifications.service.gov.uk"]


def test_a_real_key_names_the_service_and_talks_to_notify():
    result = run_manage("shell", "-c", SHOW, env={**PRODUCTION_ENV, **NOTIFY})
    assert result.returncode == 0, result.stderr
    assert shown(result.stdout) == ["0d8e2f4a-1b3c-4d5e-8f6a-7b8c9d0e1f2a", "https://api.notifications.service.gov.uk"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"NOTIFY_API_KEY": EMBEDDED_API_KEY}, "embedded Notify key"),
        ({"NOTIFY_CALLBACK_BEARER_TOKEN": EMBEDDED_CALLBACK_BEARER_TOKEN}, "embedded Notify key"),
        ({"NOTIFY_API_KEY": REAL_KEY[:-3]}, "NOTIFY_API_KEY"),
        ({"NOTIFY_SMS_TEMPLATE_ID": ""}, "NOTIFY_SMS_TEMPLATE_ID"),
        ({"NOTIFY_SMS_SENDER_ID": "sender"}, "NOTIFY_SMS_SENDER_ID"),
        ({"NOTIFY_CALLBACK_BEARER_TOKEN": "short"}, "NOTIFY_CALLBACK_BEARER_TOKEN"),
    ],
)
def test_a_wrong_notify_setting_stops_start_up(change: dict[str, str], words: str):
    result = run_manage("check", env={**PRODUCTION_ENV, **NOTIFY, **change})
    assert result.returncode != 0
    assert words in result.stderr
    assert REAL_KEY.rsplit("-", 5)[-5] not in result.stderr  # the secret is never echoed
