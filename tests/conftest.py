"""Shared personas and fixtures (Healthchecks style): Alice the practitioner, Bob her team manager,
Carol a practitioner with a different caseload; Jenny (adult), Ava (12, with guardians) and Kofi
(adult, Carol's). Time is frozen where it matters; nothing here talks to the outside world.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("CARECOMMS_VAR_DIR", os.path.join(os.path.dirname(__file__), "..", "var", "test"))

LONDON = ZoneInfo("Europe/London")
# A Wednesday in working hours, away from bank holidays and clock changes.
WORKING_NOW = datetime(2026, 11, 25, 11, 0, tzinfo=LONDON)


@pytest.fixture
def policy_version(db):
    from carecomms.guidance.actions import do_publish_policy
    from carecomms.policy import default_policy_document

    return do_publish_policy(default_policy_document())


@pytest.fixture
def channel(db):
    from carecomms.messaging.models import Channel

    return Channel.objects.create(
        kind=Channel.Kind.WHATSAPP,
        name="Council WhatsApp",
        display_number="+442084960100",
        provider_id="100000000000001",
    )


@pytest.fixture
def sms_channel(db, settings):
    """The council's GOV.UK Notify service as an SMS channel (its provider id is the key's service id)."""
    from carecomms.messaging.models import Channel

    return Channel.objects.create(
        kind=Channel.Kind.SMS,
        name="Council SMS",
        display_number=settings.NOTIFY_SMS_DISPLAY_NUMBER,
        provider_id=settings.NOTIFY_SERVICE_ID,
    )


@pytest.fixture
def team(db):
    from carecomms.people.models import Team

    return Team.objects.create(name="Children and Families North", service="children")


@pytest.fixture
def other_team(db):
    from carecomms.people.models import Team

    return Team.objects.create(name="Adults East", service="adults")


def make_user(username: str, role: str, team, **extra):
    from carecomms.people.models import User

    user = User.objects.create_user(username=username, password="correct-horse-battery", role=role, team=team,
                                    first_name=username.title(), last_name="Example", email=f"{username}@example.org",
                                    **extra)
    return user


@pytest.fixture
def bob(team):
    return make_user("bob", "team_manager", team)


@pytest.fixture
def alice(team, bob):
    # Every day 07:00-22:00, so behaviour tests are not about the hour unless they mean to be.
    from carecomms.policy import WorkingPattern

    pattern = WorkingPattern.every_day("07:00", "22:00").to_dict()
    return make_user("alice", "practitioner", team, line_manager=bob, working_pattern=pattern)


@pytest.fixture
def carol(team, bob):
    return make_user("carol", "practitioner", team, line_manager=bob)


@pytest.fixture
def jenny(team, alice):
    from carecomms.people.models import Allocation, Person

    person = Person.objects.create(first_name="Jenny", last_name="Adams", date_of_birth=date(1990, 5, 17),
                                   service="adults", case_record_id="MOS-1001", mobile="+447700900101", team=team)
    Allocation.objects.create(practitioner=alice, person=person, starts_on=date(2026, 1, 1))
    return person


@pytest.fixture
def ava(team, alice):
    from carecomms.people.models import Allocation, ParentalResponsibility, Person

    person = Person.objects.create(first_name="Ava", last_name="Brown", date_of_birth=date(2014, 3, 2),
                                   service="children", case_record_id="MOS-2002", mobile="+447700900102", team=team)
    ParentalResponsibility.objects.create(child=person, name="Sara Brown", relationship="mother",
                                          mobile="+447700900103")
    ParentalResponsibility.objects.create(child=person, name="Dev Brown", relationship="father",
                                          mobile="+447700900104")
    Allocation.objects.create(practitioner=alice, person=person, starts_on=date(2026, 1, 1))
    return person


@pytest.fixture
def kofi(team, carol):
    from carecomms.people.models import Allocation, Person

    person = Person.objects.create(first_name="Kofi", last_name="Mensah", date_of_birth=date(1985, 9, 9),
                                   service="adults", case_record_id="MOS-3003", mobile="+447700900105", team=team)
    Allocation.objects.create(practitioner=carol, person=person, starts_on=date(2026, 1, 1))
    return person


@pytest.fixture
def consented_conversation(policy_version, channel, jenny):
    """Jenny has said YES and wrote in an hour ago: free text is allowed."""
    from carecomms.messaging.models import ConsentState, Conversation

    return Conversation.objects.create(person=jenny, channel=channel, number=jenny.mobile,
                                       consent_state=ConsentState.GIVEN,
                                       last_inbound_at=WORKING_NOW - timedelta(hours=1))


@pytest.fixture
def simulator(live_server, settings) -> Iterator[object]:
    """The WhatsApp and Notify simulator on a free port, calling the live gateway's webhooks."""
    from carecomms.channels.simulator.notify import NotifySimulatorConfig
    from carecomms.channels.simulator.server import SimulatorConfig, start_in_thread

    config = SimulatorConfig(
        access_token=settings.WHATSAPP_ACCESS_TOKEN,
        app_secret=settings.WHATSAPP_APP_SECRET,
        phone_number_id="100000000000001",
        display_phone_number="+442084960100",
        webhook_url=f"{live_server.url}/webhooks/whatsapp",
        notify=NotifySimulatorConfig(
            api_key=settings.NOTIFY_API_KEY,
            sms_template_id=settings.NOTIFY_SMS_TEMPLATE_ID,
            inbound_number=settings.NOTIFY_SMS_DISPLAY_NUMBER,
            receipts_url=f"{live_server.url}/webhooks/notify/delivery-receipts",
            inbound_url=f"{live_server.url}/webhooks/notify/received-texts",
            bearer_token=settings.NOTIFY_CALLBACK_BEARER_TOKEN,
            status_delay_seconds=0.05,
            callback_retry_delays=(0.2, 0.5),
        ),
    )
    running = start_in_thread(config)
    settings.WHATSAPP_API_BASE_URL = running.url
    settings.NOTIFY_BASE_URL = running.url
    yield running
    running.stop()


def run_worker() -> None:
    """Run every due background task now, as `db_worker` would, then return."""
    from django.core.management import call_command

    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False, verbosity=0)


def person_writes(simulator, number: str, **message: str) -> None:
    """The simulated person writes in from their phone: text=..., or button_payload/button_text/context_id."""
    import httpx

    httpx.post(f"{simulator.url}/_control/inbound", json={"from": number, **message}, timeout=10).raise_for_status()


def person_texts(simulator, number: str, text: str) -> None:
    """The simulated person sends a text message (SMS) to the council's Notify number."""
    import httpx

    httpx.post(f"{simulator.url}/notify/_control/inbound", json={"from": number, "text": text},
               timeout=10).raise_for_status()


def wait_for(condition, timeout: float = 10.0):
    """Poll until `condition()` is truthy: webhooks arrive on the simulator's own thread."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def sign_in(client, user) -> None:
    """A signed-in session that passed both factors, as the real sign-in would leave it."""
    from carecomms.accounts.testing import login_with_mfa

    login_with_mfa(client, user)


from tests.browser import browser, page  # noqa: E402,F401  shared browser fixtures, one Chromium per session
