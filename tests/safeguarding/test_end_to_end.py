"""Safeguarding end to end: the simulated person writes in on WhatsApp, the signed webhook reaches the
live gateway, and the right people see it in the product and by e-mail. Time is passed in, not slept."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from carecomms.audit.models import AuditEntry
from carecomms.messaging.models import Attachment, Message, UnknownSender
from carecomms.safeguarding import actions
from carecomms.safeguarding.models import Alert, Notification, Report
from tests.conftest import WORKING_NOW, person_writes, run_worker, wait_for
from tests.safeguarding.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

CONCERN = "My dad hits me and I am scared to go home"
EVENING = WORKING_NOW.replace(hour=23, minute=0)  # Alice works 07:00-22:00 every day


def simulator_outbox(simulator) -> list[dict]:
    return httpx.get(f"{simulator.url}/_control/outbox", timeout=10).json()["messages"]


def inbound_count(expected: int) -> None:
    wait_for(lambda: Message.objects.filter(direction="in").count() >= expected)


def deliver_mail(expected: int) -> list[str]:
    """Run the worker until `expected` e-mails have gone (the task is enqueued just after the commit)."""
    wait_for(lambda: run_worker() or len(mail.outbox) >= expected)
    return sorted(message.to[0] for message in mail.outbox)


@time_machine.travel(WORKING_NOW, tick=True)
def test_safeguarding_message_in_hours_alerts_practitioner_and_manager(
    client, simulator, consented_conversation, alice, bob
):
    person_writes(simulator, consented_conversation.number, text=CONCERN)
    alert = wait_for(lambda: Alert.objects.first())
    assert not alert.raised_out_of_hours
    assert deliver_mail(2) == ["alice@example.org", "bob@example.org"]
    for user in (alice, bob):
        sign_in(client, user)
        page = client.get(reverse("safeguarding:overview")).content.decode()
        assert "Jenny Adams" in page and "safeguarding concern" in page
    # Nothing goes back to Jenny in working hours.
    assert not [m for m in simulator_outbox(simulator) if m["type"] == "text"]


@time_machine.travel(EVENING, tick=True)
def test_out_of_hours_alerts_the_duty_team_and_replies_once(simulator, consented_conversation, alice, bob):
    person_writes(simulator, consented_conversation.number, text=CONCERN)
    alert = wait_for(lambda: Alert.objects.first())
    assert alert.raised_out_of_hours
    assert deliver_mail(3) == ["alice@example.org", "bob@example.org", "edt@carecomms.example"]
    texts = wait_for(lambda: [m for m in simulator_outbox(simulator) if m["type"] == "text"])
    assert len(texts) == 1
    assert "999" in texts[0]["body"]["text"]["body"] and "020 8496 0999" in texts[0]["body"]["text"]["body"]
    reply = Message.objects.get(kind=Message.Kind.AUTO_REPLY)
    assert reply.author is None and reply.policy_version == "2026.1"
    # A second message the same evening: a second alert, but no second automatic reply.
    person_writes(simulator, consented_conversation.number, text="I want to kill myself")
    wait_for(lambda: Alert.objects.count() == 2)
    run_worker()
    assert Message.objects.filter(kind=Message.Kind.AUTO_REPLY).count() == 1
    assert len([m for m in simulator_outbox(simulator) if m["type"] == "text"]) == 1


@time_machine.travel(WORKING_NOW, tick=True)
def test_an_unacknowledged_alert_escalates(
    simulator, consented_conversation, alice, bob_reports_to_dee, dee, escalate_after
):
    person_writes(simulator, consented_conversation.number, text=CONCERN)
    alert = wait_for(lambda: Alert.objects.first())
    deliver_mail(2)
    assert actions.escalate_overdue_alerts(timezone.now() + timedelta(minutes=10)) == 0
    assert actions.escalate_overdue_alerts(timezone.now() + timedelta(minutes=escalate_after + 1)) == 1
    assert "dee@example.org" in deliver_mail(3)
    alert.refresh_from_db()
    assert alert.escalation_level == 1 and alert.status == "open"


@time_machine.travel(WORKING_NOW, tick=True)
def test_an_inappropriate_image_is_quarantined_and_reported(
    client, simulator, consented_conversation, alice, bob
):
    httpx.post(
        f"{simulator.url}/_control/inbound",
        timeout=10,
        json={
            "from": consented_conversation.number,
            "media": {"mime_type": "image/jpeg", "data": "not really a jpeg", "caption": "send me nudes"},
        },
    ).raise_for_status()
    report = wait_for(lambda: Report.objects.first())
    assert report.reasons == ["inappropriate", "quarantined_attachment"]
    attachment = Attachment.objects.get()
    assert attachment.quarantined and attachment.mime_type == "image/jpeg"
    assert deliver_mail(1) == ["bob@example.org"]
    sign_in(client, alice)
    thread = client.get(reverse("web:conversation_thread", args=[consented_conversation.pk])).content.decode()
    assert "held for your manager to review" in thread
    sign_in(client, bob)
    page = client.get(reverse("safeguarding:report", args=[report.pk])).content.decode()
    assert "send me nudes" in page and "Held" in page
    response = client.post(
        reverse("safeguarding:report", args=[report.pk]),
        {"outcome": "Blocked the number; spoke to Jenny", "release_attachments": ""},
    )
    assert response.status_code == 302
    assert Attachment.objects.get().quarantined  # not released
    assert Report.objects.get().status == "closed"


@time_machine.travel(WORKING_NOW, tick=True)
def test_a_message_from_an_unknown_number_reaches_the_triage_queue(
    client, simulator, channel, policy_version, bob, alice
):
    person_writes(simulator, "+447700900999", text="Hi is this social services? I need help with my nan")
    unknown = wait_for(lambda: UnknownSender.objects.first())
    sign_in(client, bob)
    page = client.get(reverse("safeguarding:triage")).content.decode()
    assert "+447700900999" in page and "I need help with my nan" in page
    response = client.post(
        reverse("safeguarding:resolve_unknown", args=[unknown.pk]),
        {f"u{unknown.pk}-note": "Rang back: a new referral, passed to the front door"},
    )
    assert response.status_code == 302
    unknown.refresh_from_db()
    assert unknown.resolved_by == bob and "new referral" in unknown.resolution
    assert AuditEntry.objects.filter(action="triage:unknown_sender_resolved", actor=bob).exists()
    assert "+447700900999" not in client.get(reverse("safeguarding:triage")).content.decode()
    sign_in(client, alice)
    assert client.get(reverse("safeguarding:triage")).status_code == 404


@time_machine.travel(WORKING_NOW, tick=True)
def test_when_email_fails_the_alert_stays_open_and_the_email_is_retried(
    client, simulator, consented_conversation, alice, bob, monkeypatch
):
    from smtplib import SMTPServerDisconnected

    from django.core.mail.backends.locmem import EmailBackend

    def mail_server_down(self, messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(EmailBackend, "send_messages", mail_server_down)
    person_writes(simulator, consented_conversation.number, text=CONCERN)
    alert = wait_for(lambda: Alert.objects.first())
    wait_for(lambda: run_worker() or Notification.objects.filter(attempts=1).count() == 2)
    assert not mail.outbox
    assert all(
        n.sent_at is None and "Connection unexpectedly closed" in n.last_error
        for n in Notification.objects.all()
    )
    sign_in(client, alice)
    assert "Jenny Adams" in client.get(reverse("safeguarding:overview")).content.decode()
    page = client.get(reverse("safeguarding:alert", args=[alert.pk])).content.decode()
    assert "Not sent yet" in page
    monkeypatch.undo()
    assert actions.retry_unsent_notifications(timezone.now() + timedelta(minutes=2)) == 2
    assert deliver_mail(2) == ["alice@example.org", "bob@example.org"]
    assert Notification.objects.filter(sent_at__isnull=False, attempts=2).count() == 2
    assert Alert.objects.get().status == "open"  # e-mail is a notice; only a person closes the alert
