"""The policy document is versioned data (R1): kept, never edited, named by every decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse

from carecomms import policy
from carecomms.guidance.actions import do_publish_policy
from carecomms.guidance.loader import policy_in_force, review_overdue
from carecomms.messaging import actions
from carecomms.messaging.models import Message
from tests.conftest import make_user, sign_in

pytestmark = pytest.mark.django_db


def test_newest_effective_version_is_in_force_and_old_ones_are_kept(policy_version):
    later = replace(policy.default_policy_document(), version="2027.1", effective_from=date(2027, 1, 1),
                    review_due=date(2028, 1, 1))
    do_publish_policy(later)
    assert policy_in_force(date(2026, 12, 31))[0].version == policy_version.version
    assert policy_in_force(date(2027, 1, 1))[0].version == "2027.1"
    with pytest.raises(ValidationError):
        do_publish_policy(later)  # a version number is never reused


def test_overdue_review_shows_a_banner_to_administrators_only(client, policy_version, team, alice):
    overdue_day = policy_version.review_due + timedelta(days=1)
    assert review_overdue(overdue_day) == policy_version
    admin = make_user("ada", "administrator", None)
    with time_machine.travel(datetime.combine(overdue_day, datetime.min.time(), ZoneInfo("Europe/London"))):
        sign_in(client, admin)
        page = client.get(reverse("records:deliveries")).content.decode()
        assert "The yearly review of policy" in page
        sign_in(client, alice)
        assert "The yearly review of policy" not in client.get(reverse("web:caseload")).content.decode()


def test_out_of_hours_send_is_offered_a_schedule_and_stored_with_the_version(client, carol, kofi, channel,
                                                                            policy_version):
    from carecomms.messaging.models import ConsentState, Conversation

    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Europe/London"))  # carol works Mon-Fri 9-5
    conversation = Conversation.objects.create(person=kofi, channel=channel, number=kofi.mobile,
                                               consent_state=ConsentState.GIVEN, last_inbound_at=saturday)
    with time_machine.travel(saturday, tick=False):
        sign_in(client, carol)
        page = client.post(reverse("web:conversation", args=[conversation.pk]),
                           {"text": "See you Monday at 10", "action": "check"}).content.decode()
        assert "Outside your working hours" in page and "Mon 30 Nov 09:00" in page
        client.post(reverse("web:conversation", args=[conversation.pk]),
                    {"text": "See you Monday at 10", "action": "send", "schedule": "1"})
    message = Message.objects.get(conversation=conversation)
    assert message.status == Message.Status.SCHEDULED
    assert message.policy_version == policy_version.version
    assert message.decision["outcome"] == "schedule"
    assert actions.claim_outbox_item(message.outbox.pk, saturday + timedelta(hours=1)) is None  # not yet due


@pytest.mark.parametrize("role,landing", [
    ("administrator", "/records/deliveries/"), ("data_protection_officer", "/audit/"),
    ("practitioner", "/caseload/"), ("team_manager", "/caseload/"),
])
def test_each_role_lands_where_its_work_is(client, team, role, landing):
    user = make_user(f"user_{role}", role, team)
    sign_in(client, user)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == landing
    assert client.get(landing).status_code == 200
