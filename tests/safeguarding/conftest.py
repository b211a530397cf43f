"""Safeguarding fixtures: Dee (Bob's own manager), Ava's own conversation, and ways for people to write in.

`person_writes_webhook` posts a signed Meta webhook through the test client (fast, in-process);
the end-to-end tests use the simulator instead.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse

from tests.conftest import make_user

_ids = itertools.count(1)


@pytest.fixture
def dee(team):
    return make_user("dee", "team_manager", None)


@pytest.fixture
def bob_reports_to_dee(bob, dee):
    bob.line_manager = dee
    bob.save(update_fields=["line_manager"])
    return bob


@pytest.fixture
def ava_own_conversation(policy_version, channel, ava):
    """Ava (12) on her own number: nobody may message her directly, but she can write in."""
    from carecomms.messaging.models import Conversation

    return Conversation.objects.create(person=ava, channel=channel, number=ava.mobile)


@pytest.fixture
def guardian_conversation(policy_version, channel, ava):
    from carecomms.messaging.models import ConsentState, Conversation

    guardian = ava.guardians.get(relationship="mother")
    return Conversation.objects.create(
        person=ava,
        channel=channel,
        number=guardian.mobile,
        guardian=guardian,
        consent_state=ConsentState.GIVEN,
    )


def webhook_body(number: str, message: dict[str, Any]) -> bytes:
    digits = number.lstrip("+")
    message_id = f"wamid.SG{next(_ids)}"
    return json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "WABA",
                    "changes": [
                        {
                            "field": "messages",
                            "value": {
                                "messaging_product": "whatsapp",
                                "metadata": {
                                    "display_phone_number": "442084960100",
                                    "phone_number_id": "100000000000001",
                                },
                                "contacts": [{"profile": {"name": "Someone"}, "wa_id": digits}],
                                "messages": [
                                    {"from": digits, "id": message_id, "timestamp": "1795600000", **message}
                                ],
                            },
                        }
                    ],
                }
            ],
        }
    ).encode()


def post_webhook(client, settings, body: bytes):
    from carecomms.channels.whatsapp.signature import sign

    return client.post(
        reverse("whatsapp_webhook"),
        data=body,
        content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256=sign(body, settings.WHATSAPP_APP_SECRET),
    )


@pytest.fixture
def person_writes(client, settings, django_capture_on_commit_callbacks) -> Callable[..., bytes]:
    """A signed text webhook from `number`, processed with its on-commit work (task enqueues) run."""

    def write(number: str, text: str | None = None, *, message: dict[str, Any] | None = None) -> bytes:
        body = webhook_body(number, message or {"type": "text", "text": {"body": text}})
        with django_capture_on_commit_callbacks(execute=True):
            assert post_webhook(client, settings, body).status_code == 200
        return body

    return write


@pytest.fixture
def escalate_after(settings) -> int:
    settings.SAFEGUARDING_ESCALATE_AFTER_MINUTES = 30
    return 30


def send_queued_email() -> int:
    """Run the queued e-mail tasks in this thread, as the worker would (the worker itself closes the
    test's database connection, so in-process tests use this and the end-to-end tests use run_worker)."""
    from django_tasks_db.models import DBTaskResult

    rows = list(
        DBTaskResult.objects.filter(
            task_path="carecomms.safeguarding.tasks.send_notification_task", status="READY"
        ).order_by("enqueued_at")
    )
    for row in rows:
        row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
        row.delete()
    return len(rows)


def sign_in(client, user) -> None:
    """A signed-in session that has passed the second factor once accounts require one."""
    try:
        from carecomms.accounts.testing import login_with_mfa
    except ImportError:  # before second factors exist, a plain session is a signed-in session
        client.force_login(user)
        return
    login_with_mfa(client, user)
