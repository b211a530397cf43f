"""Legal hold from the browser: Dee the data-protection officer places and lifts it, with a reason, on the record."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from carecomms.audit.models import AuditEntry
from carecomms.records.legal_hold import do_lift_legal_hold, do_place_legal_hold
from carecomms.records.models import LegalHoldEvent
from tests.conftest import make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def dee(team):
    return make_user("dee", "data_protection_officer", None)


def test_place_then_lift_keeps_history_and_audits(jenny, dee):
    do_place_legal_hold(jenny, dee, "  Claim CL-2027-14 from the family's solicitor  ")
    jenny.refresh_from_db()
    assert jenny.legal_hold
    do_lift_legal_hold(jenny, dee, "Claim settled on 3 March")
    jenny.refresh_from_db()
    assert not jenny.legal_hold
    lifted, placed = LegalHoldEvent.objects.filter(person=jenny)  # newest first
    assert (placed.action, placed.reason, placed.actor) == ("placed", "Claim CL-2027-14 from the family's solicitor",
                                                            dee)
    assert (lifted.action, lifted.reason) == ("lifted", "Claim settled on 3 March")
    entries = AuditEntry.objects.filter(action__startswith="legal_hold:").order_by("id")
    assert [(e.action, e.actor, e.person_id, e.reason) for e in entries] == [
        ("legal_hold:placed", dee, jenny.pk, placed.reason),
        ("legal_hold:lifted", dee, jenny.pk, lifted.reason),
    ]


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_a_reason_is_required_and_nothing_changes_without_one(jenny, dee, reason):
    with pytest.raises(ValidationError) as raised:
        do_place_legal_hold(jenny, dee, reason)
    assert raised.value.message_dict["reason"] == ["Enter the reason for placing the legal hold"]
    jenny.refresh_from_db()
    assert not jenny.legal_hold
    assert not LegalHoldEvent.objects.exists() and not AuditEntry.objects.filter(action__startswith="legal").exists()


def test_cannot_place_twice_or_lift_when_none(jenny, dee):
    with pytest.raises(ValidationError, match="is not on legal hold"):
        do_lift_legal_hold(jenny, dee, "tidying up")
    do_place_legal_hold(jenny, dee, "Inquiry")
    with pytest.raises(ValidationError, match="already on legal hold"):
        do_place_legal_hold(jenny, dee, "Inquiry again")
    assert LegalHoldEvent.objects.count() == 1


@pytest.mark.parametrize("role", ["practitioner", "team_manager", "administrator", "student_social_worker"])
def test_only_the_data_protection_officer(jenny, team, role):
    other = make_user(f"someone-{role}", role, team)
    with pytest.raises(PermissionDenied):
        do_place_legal_hold(jenny, other, "I would like to")
    jenny.refresh_from_db()
    assert not jenny.legal_hold


def test_the_page_places_and_lifts_with_a_reason(client, jenny, dee):
    sign_in(client, dee)
    page = client.get(reverse("records:find_person"), {"case_record_id": "MOS-1001"})
    assert page.status_code == 302 and page["Location"] == reverse("records:person", args=[jenny.pk])
    missing = client.get(reverse("records:find_person"), {"case_record_id": "MOS-0000"})
    assert "No person has that case record id" in missing.content.decode()

    refused = client.post(reverse("records:place_legal_hold", args=[jenny.pk]), {"reason": " "})
    body = refused.content.decode()
    assert refused.status_code == 200 and "There is a problem" in body
    assert "Enter the reason for placing the legal hold" in body
    jenny.refresh_from_db()
    assert not jenny.legal_hold

    placed = client.post(reverse("records:place_legal_hold", args=[jenny.pk]), {"reason": "Claim CL-14"}, follow=True)
    body = placed.content.decode()
    assert "Legal hold placed on MOS-1001" in body and "On legal hold" in body and "Claim CL-14" in body
    assert "Dee Example" in body  # who, in the history
    lifted = client.post(reverse("records:lift_legal_hold", args=[jenny.pk]), {"reason": "Settled"}, follow=True)
    assert "Legal hold lifted from MOS-1001" in lifted.content.decode()
    jenny.refresh_from_db()
    assert not jenny.legal_hold and LegalHoldEvent.objects.count() == 2
    assert AuditEntry.objects.filter(action="records:person_viewed", actor=dee).exists()


def test_the_page_shows_no_message_bodies(client, chat, jenny, dee):
    from tests.records.conftest import CHAT

    sign_in(client, dee)
    body = client.get(reverse("records:person", args=[jenny.pk])).content.decode()
    assert "Messages with their words kept" in body
    for _, text in CHAT:
        assert text not in body


@pytest.mark.parametrize("role", ["practitioner", "team_manager", "administrator"])
def test_other_roles_are_refused_the_pages(client, jenny, team, role):
    other = make_user(f"someone-{role}", role, team)
    sign_in(client, other)
    assert client.get(reverse("records:find_person")).status_code == 403
    assert client.get(reverse("records:person", args=[jenny.pk])).status_code == 403
    assert client.post(reverse("records:place_legal_hold", args=[jenny.pk]), {"reason": "x"}).status_code == 403
    assert client.post(reverse("records:request_export", args=[jenny.pk])).status_code == 403
    jenny.refresh_from_db()
    assert not jenny.legal_hold
