"""Data-protection officers search the audit; managers break glass only with a reason, on the record."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from carecomms.access import Capability, authorise, visible_people
from carecomms.audit.actions import do_audit
from carecomms.audit.models import AuditEntry, BreakGlassGrant
from tests.conftest import WORKING_NOW, sign_in

REASON = "Police called at 02:00 about an urgent welfare concern for this person"


def test_dpo_searches_by_person_user_and_date_and_the_search_is_audited(client, dpo, alice, jenny, kofi):
    with time_machine.travel(WORKING_NOW - timedelta(days=3), tick=False):
        do_audit("person:viewed", actor=alice, target=jenny, person_id=jenny.pk)
    with time_machine.travel(WORKING_NOW, tick=False):
        do_audit("conversation:viewed", actor=alice, person_id=jenny.pk, reason="duty check")
        do_audit("person:viewed", actor=alice, target=kofi, person_id=kofi.pk)
    sign_in(client, dpo)
    page = client.get(reverse("audit:search"), {"person": jenny.case_record_id, "user": "alice",
                                                "date_from": WORKING_NOW.date().isoformat()})
    assert page.status_code == 200
    rows = page.context["page"].object_list
    assert [entry.action for entry in rows] == ["conversation:viewed"]
    assert b"duty check" in page.content and b"1 entry" in page.content
    searched = AuditEntry.objects.filter(action="audit:searched", actor=dpo).get()
    assert searched.detail["criteria"] == {"person": "MOS-1001", "user": "alice",
                                           "date_from": WORKING_NOW.date().isoformat()}
    assert searched.detail["results"] == 1


def test_dpo_search_paginates(client, dpo, alice, jenny):
    for _ in range(60):
        do_audit("person:viewed", actor=alice, person_id=jenny.pk)
    sign_in(client, dpo)
    first = client.get(reverse("audit:search"), {"person": jenny.case_record_id})
    assert len(first.context["page"].object_list) == 50 and first.context["page"].has_next()
    second = client.get(reverse("audit:search"), {"person": jenny.case_record_id, "page": 2})
    assert len(second.context["page"].object_list) == 10
    assert b'aria-current="page">2<' in second.content


def test_nobody_else_reaches_the_audit_search(client, alice, bob, dpo):
    for user in (alice, bob):
        sign_in(client, user)
        assert client.get(reverse("audit:search")).status_code == 403
        assert client.get(reverse("audit:break_glass")).status_code == 403


@pytest.mark.django_db(transaction=True)
def test_break_glass_needs_a_reason_grants_an_hour_and_reports_to_the_dpo(
    client, other_manager, dpo, kofi, channel, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sign_in(client, other_manager)
    conversation_url = reverse("web:person", args=[kofi.pk])
    assert client.get(conversation_url).status_code == 404
    assert not authorise(other_manager, Capability.READ_CONVERSATION, kofi)

    form_url = reverse("audit:break_glass_open", args=[kofi.pk])
    assert client.get(form_url).status_code == 200
    refused = client.post(form_url, {"reason": "because"})
    assert refused.status_code == 200 and b"at least 20 characters" in refused.content
    assert not BreakGlassGrant.objects.exists()

    assert client.post(form_url, {"reason": REASON}).status_code == 302
    grant = BreakGlassGrant.objects.get()
    assert grant.expires_at - grant.opened_at == timedelta(minutes=60)
    opened = AuditEntry.objects.get(action="breakglass:opened")
    assert opened.reason == REASON and opened.person_id == kofi.pk and opened.actor_id == other_manager.pk
    assert [m.to for m in mail.outbox] == [[dpo.email]]
    assert kofi.full_name not in mail.outbox[0].body and REASON not in mail.outbox[0].body

    decision = authorise(other_manager, Capability.READ_CONVERSATION, kofi)
    assert decision and decision.break_glass_grant_id == grant.pk
    assert not authorise(other_manager, Capability.SEND_MESSAGE, kofi)
    assert client.get(conversation_url).status_code == 200
    assert kofi in visible_people(other_manager)

    with time_machine.travel(grant.expires_at + timedelta(seconds=1)):
        assert not authorise(other_manager, Capability.READ_CONVERSATION, kofi)
        assert kofi not in visible_people(other_manager)

    sign_in(client, dpo)
    listing = client.get(reverse("audit:break_glass"))
    assert REASON.encode() in listing.content
    assert client.post(reverse("audit:break_glass_review", args=[grant.pk])).status_code == 302
    grant.refresh_from_db()
    assert grant.reviewed_by == dpo and AuditEntry.objects.filter(action="breakglass:reviewed").exists()


def test_only_managers_break_glass(client, alice, kofi, other_team):
    sign_in(client, alice)
    assert client.get(reverse("audit:break_glass_open", args=[kofi.pk])).status_code == 403
