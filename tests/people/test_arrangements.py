"""Contact exceptions (G4) and working patterns (G9), through the actions and the pages."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from carecomms import policy
from carecomms.messaging import actions as messaging
from carecomms.messaging.models import ConsentState, Conversation
from carecomms.people import actions
from carecomms.people.models import ContactException
from carecomms.records.models import CaseNote
from tests.conftest import WORKING_NOW, make_user, sign_in

pytestmark = pytest.mark.django_db


def request(alice, ava, **overrides):
    values = dict(channel_kind="whatsapp", consent_basis="parental_s20", risk_assessment_ref="RA-2026-114",
                  reason="Ava asked to confirm her own appointments", expires_at=WORKING_NOW + timedelta(days=90),
                  now=WORKING_NOW)
    values.update(overrides)
    return actions.do_request_exception(alice, ava, **values)


def test_request_needs_basis_reference_reason_and_a_future_end(alice, ava):
    with pytest.raises(ValidationError) as error:
        request(alice, ava, consent_basis="", risk_assessment_ref=" ", reason="", expires_at=WORKING_NOW)
    assert set(error.value.message_dict) == {"consent_basis", "risk_assessment_ref", "reason", "expires_at"}
    assert not ContactException.objects.exists()


def test_only_the_allocated_practitioner_can_request(carol, ava):
    with pytest.raises(PermissionDenied):
        request(carol, ava)


def test_a_manager_cannot_approve_their_own_request(bob, ava, team):
    exception = ContactException.objects.create(
        person=ava, channel_kind="whatsapp", consent_basis="corporate_parent", risk_assessment_ref="RA-1",
        reason="x", requested_by=bob, expires_at=WORKING_NOW + timedelta(days=1))
    with pytest.raises(PermissionDenied):
        actions.do_decide_exception(bob, exception, approve=True, reason="ok", now=WORKING_NOW)
    exception.refresh_from_db()
    assert exception.status == ContactException.Status.REQUESTED


def test_a_manager_of_another_team_cannot_decide(alice, ava, other_team):
    outsider = make_user("olga", "team_manager", other_team)
    exception = request(alice, ava)
    with pytest.raises(PermissionDenied):
        actions.do_decide_exception(outsider, exception, approve=True, reason="ok", now=WORKING_NOW)


@time_machine.travel(WORKING_NOW, tick=False)
def test_approved_exception_allows_direct_contact_and_is_a_case_note(alice, bob, ava, channel, policy_version):
    conversation = Conversation.objects.create(person=ava, channel=channel, number=ava.mobile,
                                               consent_state=ConsentState.GIVEN, last_inbound_at=WORKING_NOW)
    before = messaging.preview_send(alice, conversation, "See you at 4 at the library", WORKING_NOW)
    assert before.decision.outcome == policy.Outcome.REROUTE_TO_GUARDIANS
    exception = request(alice, ava)
    actions.do_decide_exception(bob, exception, approve=True, reason="Risk assessment supports it", now=WORKING_NOW)
    after = messaging.preview_send(alice, conversation, "See you at 4 at the library", WORKING_NOW)
    assert after.decision.outcome == policy.Outcome.ALLOW
    note = CaseNote.objects.get(person=ava, kind="exception_approved")
    assert "RA-2026-114" in note.body


@time_machine.travel(WORKING_NOW, tick=False)
def test_exception_pages_for_practitioner_and_manager(client, alice, bob, ava, channel, policy_version):
    sign_in(client, alice)
    page = client.post(reverse("web:request_exception", args=[ava.pk]), {"consent_basis": "parental_s20"})
    assert "Enter the risk assessment reference" in page.content.decode()
    # One error for the date as a whole, in the summary and beside the boxes: not one per box.
    assert page.content.decode().count("Enter the date the exception ends") == 2
    page = client.post(reverse("web:request_exception", args=[ava.pk]), {
        "expires_day": "31", "expires_month": "2", "expires_year": "2027"})
    assert "Enter a real end date, like 31 3 2027" in page.content.decode()
    response = client.post(reverse("web:request_exception", args=[ava.pk]), {
        "consent_basis": "parental_s20", "risk_assessment_ref": "RA-9", "reason": "Own appointments",
        "expires_day": "31", "expires_month": "3", "expires_year": "2027"})
    assert response.status_code == 302
    exception = ContactException.objects.get()
    assert exception.expires_at.date().isoformat() == "2027-03-31"
    sign_in(client, bob)
    assert "Decide" in client.get(reverse("web:exceptions")).content.decode()
    response = client.post(reverse("web:decide_exception", args=[exception.pk]),
                           {"decision": "decline", "decision_reason": "Guardians can be reached"})
    assert response.status_code == 302
    exception.refresh_from_db()
    assert exception.status == ContactException.Status.DECLINED and exception.decided_by == bob


def test_working_pattern_page_saves_and_validates(client, alice, policy_version):
    sign_in(client, alice)
    page = client.post(reverse("web:working_pattern"), {"monday": "9-17"})
    assert "There is a problem" in page.content.decode()
    response = client.post(reverse("web:working_pattern"), {"monday": "09:00-12:30, 13:30-17:00",
                                                            "friday": "09:00-13:00"})
    assert response.status_code == 302
    alice.refresh_from_db()
    pattern = policy.WorkingPattern.from_dict(alice.working_pattern)
    assert pattern.is_working_time(WORKING_NOW.replace(day=23, hour=10)) is True  # a Monday
    assert pattern.is_working_time(WORKING_NOW.replace(day=23, hour=13)) is False  # lunch


def test_practitioner_cannot_set_someone_elses_pattern(client, alice, carol, policy_version):
    sign_in(client, alice)
    assert client.get(reverse("web:staff_working_pattern", args=[carol.pk])).status_code in {403, 404}
