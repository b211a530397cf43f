"""Alerts, escalation, out-of-hours replies and reports, driven by signed webhooks through the gateway."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail

from carecomms.audit.models import AuditEntry
from carecomms.messaging.models import Attachment, ConsentState, Message, OutboxItem
from carecomms.records.models import CaseNote
from carecomms.safeguarding import actions
from carecomms.safeguarding.models import Alert, Notification, OutOfHoursReply, Report
from tests.conftest import WORKING_NOW
from tests.safeguarding.conftest import post_webhook, send_queued_email

pytestmark = pytest.mark.django_db

CONCERN = "My dad hits me and I am scared to go home"
EVENING = WORKING_NOW.replace(hour=23, minute=0)  # Alice works 07:00-22:00 every day


def roles(alert: Alert) -> list[tuple[str, str]]:
    return [(r.role, r.user.username if r.user else "") for r in alert.recipients.order_by("level", "pk")]


@time_machine.travel(WORKING_NOW, tick=False)
def test_safeguarding_flag_in_hours_alerts_practitioner_and_line_manager(
    person_writes, consented_conversation, alice, bob
):
    person_writes(consented_conversation.number, CONCERN)
    alert = Alert.objects.get()
    assert alert.reasons == ["safeguarding_flag"]
    assert alert.raised_out_of_hours is False
    assert roles(alert) == [("practitioner", "alice"), ("line_manager", "bob")]
    assert alert.signals and alert.signals[0]["flag"] == "safeguarding"
    send_queued_email()
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.org", "bob@example.org"]
    assert CONCERN not in mail.outbox[0].body  # the words stay inside CareComms
    assert "MOS-1001" in mail.outbox[0].body
    assert all(n.sent_at is not None and n.attempts == 1 for n in Notification.objects.all())
    assert CaseNote.objects.filter(kind="safeguarding", title="Safeguarding alert raised").count() == 1
    assert AuditEntry.objects.filter(action="safeguarding:alert_raised").count() == 1
    # In hours there is no automatic reply.
    assert not consented_conversation.messages.filter(kind=Message.Kind.AUTO_REPLY).exists()


@time_machine.travel(WORKING_NOW, tick=False)
def test_an_ordinary_message_raises_nothing(person_writes, consented_conversation, alice):
    person_writes(consented_conversation.number, "See you Tuesday")
    assert not Alert.objects.exists() and not Report.objects.exists()


@time_machine.travel(WORKING_NOW, tick=False)
def test_any_message_from_a_child_under_16_on_her_own_number_is_an_alert(
    person_writes, ava_own_conversation, alice, bob
):
    person_writes(ava_own_conversation.number, "hi its ava")
    alert = Alert.objects.get()
    assert alert.reasons == ["under_16"]
    assert alert.person == ava_own_conversation.person
    assert roles(alert) == [("practitioner", "alice"), ("line_manager", "bob")]


@time_machine.travel(EVENING, tick=False)
def test_a_child_writing_out_of_hours_gets_no_automatic_reply_but_the_duty_team_is_told(
    person_writes, ava_own_conversation, alice, bob
):
    ava_own_conversation.consent_state = (
        ConsentState.GIVEN
    )  # even if it were somehow given: never direct (G5)
    ava_own_conversation.save()
    person_writes(ava_own_conversation.number, "hi")
    assert ("duty_team", "") in roles(Alert.objects.get())
    assert not Message.objects.filter(kind=Message.Kind.AUTO_REPLY).exists()


@time_machine.travel(WORKING_NOW, tick=False)
def test_a_guardian_writing_about_a_child_is_not_an_under_16_alert(
    person_writes, guardian_conversation, alice
):
    person_writes(guardian_conversation.number, "Ava has a dentist appointment on Friday")
    assert not Alert.objects.exists()


@time_machine.travel(WORKING_NOW, tick=False)
def test_the_age_is_taken_from_the_policy_document(
    person_writes, ava_own_conversation, alice, policy_version
):
    document = dict(policy_version.document, direct_contact_min_age=12)  # Ava turned 12 in March
    policy_version.document = document
    policy_version.save()
    person_writes(ava_own_conversation.number, "hi")
    assert not Alert.objects.exists()


def test_out_of_hours_one_automatic_reply_per_period_and_the_duty_team_is_alerted(
    person_writes, consented_conversation, alice, bob, client, settings
):
    number = consented_conversation.number
    with time_machine.travel(EVENING, tick=False):
        person_writes(number, CONCERN)
        alert = Alert.objects.get()
        assert alert.raised_out_of_hours
        assert roles(alert) == [("practitioner", "alice"), ("line_manager", "bob"), ("duty_team", "")]
        replies = consented_conversation.messages.filter(kind=Message.Kind.AUTO_REPLY)
        assert replies.count() == 1
        reply = replies.get()
        assert reply.author is None and reply.direction == "out" and reply.status == "queued"
        assert "999" in reply.body and "020 8496 0999" in reply.body
        assert reply.body.startswith("Thank you for your message.")
        assert OutboxItem.objects.filter(message=reply).exists()
        period = OutOfHoursReply.objects.get()
        assert period.period_start == WORKING_NOW.replace(hour=22, minute=0)
    send_queued_email()
    assert "edt@carecomms.example" in [m.to[0] for m in mail.outbox]
    with time_machine.travel(EVENING + timedelta(minutes=40), tick=False):
        body = person_writes(number, "are you there")
        post_webhook(client, settings, body)  # Meta sends the same webhook again
    with time_machine.travel(
        EVENING + timedelta(hours=7, minutes=30), tick=False
    ):  # 06:30, still before 07:00
        person_writes(number, "hello?")
    assert consented_conversation.messages.filter(kind=Message.Kind.AUTO_REPLY).count() == 1
    with time_machine.travel(EVENING + timedelta(days=1), tick=False):  # the next evening: a new period
        person_writes(number, "hello again")
    assert consented_conversation.messages.filter(kind=Message.Kind.AUTO_REPLY).count() == 2
    assert OutOfHoursReply.objects.count() == 2


@pytest.mark.parametrize(
    "state", [ConsentState.REQUESTED, ConsentState.WITHDRAWN, ConsentState.NOT_REQUESTED]
)
@time_machine.travel(EVENING, tick=False)
def test_no_automatic_reply_without_consent_but_still_an_alert(
    person_writes, consented_conversation, alice, state
):
    consented_conversation.consent_state = state
    consented_conversation.save()
    person_writes(consented_conversation.number, CONCERN)
    assert Alert.objects.get().raised_out_of_hours
    assert not Message.objects.filter(kind=Message.Kind.AUTO_REPLY).exists()


def test_unacknowledged_alert_climbs_the_chain_then_stops(
    person_writes, consented_conversation, alice, bob_reports_to_dee, dee, escalate_after
):
    with time_machine.travel(WORKING_NOW, tick=False):
        person_writes(consented_conversation.number, CONCERN)
    alert = Alert.objects.get()
    assert actions.escalate_overdue_alerts(WORKING_NOW + timedelta(minutes=29)) == 0
    assert actions.escalate_overdue_alerts(WORKING_NOW + timedelta(minutes=31)) == 1
    alert.refresh_from_db()
    assert alert.escalation_level == 1
    assert roles(alert)[-1] == ("senior_manager", "dee")
    assert alert.recipients.get(user=dee).level == 1
    assert Notification.objects.get(recipient=dee).subject.startswith("Escalated:")
    assert actions.escalate_overdue_alerts(WORKING_NOW + timedelta(minutes=62)) == 1
    alert.refresh_from_db()
    assert roles(alert)[-1] == ("duty_team", "")
    assert actions.escalate_overdue_alerts(WORKING_NOW + timedelta(minutes=93)) == 0
    alert.refresh_from_db()
    assert alert.status == "open" and alert.next_escalation_at is None
    assert AuditEntry.objects.filter(action="safeguarding:alert_escalated").count() == 2
    assert AuditEntry.objects.filter(action="safeguarding:alert_escalation_exhausted").count() == 1


def test_closing_an_alert_records_the_action_in_the_case_record_and_stops_escalation(
    person_writes, consented_conversation, alice, bob
):
    with time_machine.travel(WORKING_NOW, tick=False):
        person_writes(consented_conversation.number, CONCERN)
    alert = Alert.objects.get()
    later = WORKING_NOW + timedelta(minutes=12)
    with pytest.raises(Exception, match="Say what you did"):
        actions.do_close_alert(alice, alert, action_taken="other", note="  ", now=later)
    actions.do_close_alert(
        alice, alert, action_taken="referred_to_mash", note="Spoke to Jenny first", now=later
    )
    alert.refresh_from_db()
    assert (alert.status, alert.closed_by, alert.closed_at) == ("closed", alice, later)
    note = CaseNote.objects.get(kind="safeguarding", title__startswith="Safeguarding alert closed")
    assert "Referred to MASH" in note.body and "after 12 minutes" in note.body and note.author == alice
    assert AuditEntry.objects.filter(action="safeguarding:alert_closed", actor=alice).exists()
    assert actions.escalate_overdue_alerts(WORKING_NOW + timedelta(hours=2)) == 0
    with pytest.raises(Exception, match="already closed"):
        actions.do_close_alert(bob, alert, action_taken="called_person", now=later)


def test_someone_who_cannot_see_the_person_cannot_close_the_alert(
    person_writes, consented_conversation, alice, carol
):
    with time_machine.travel(WORKING_NOW, tick=False):
        person_writes(consented_conversation.number, CONCERN)
    with pytest.raises(Exception, match="cannot act"):
        actions.do_close_alert(carol, Alert.objects.get(), action_taken="called_person", now=WORKING_NOW)


@time_machine.travel(WORKING_NOW, tick=False)
def test_an_inappropriate_message_is_reported_to_the_line_manager(
    person_writes, consented_conversation, alice, bob
):
    person_writes(consented_conversation.number, "send me nudes")
    report = Report.objects.get()
    assert report.reasons == ["inappropriate"] and report.reported_by is None
    assert not Alert.objects.exists()
    send_queued_email()
    assert [m.to[0] for m in mail.outbox] == ["bob@example.org"]
    assert CaseNote.objects.filter(kind="report").count() == 1


@time_machine.travel(WORKING_NOW, tick=False)
def test_an_executable_attachment_is_held_and_reported(person_writes, consented_conversation, alice, bob):
    person_writes(
        consented_conversation.number,
        message={
            "type": "document",
            "document": {
                "id": "900001",
                "mime_type": "application/x-msdownload",
                "filename": "invoice.exe",
                "sha256": "abc",
            },
        },
    )
    attachment = Attachment.objects.get()
    assert attachment.quarantined and ".exe" in attachment.quarantine_reason
    assert Report.objects.get().reasons == ["quarantined_attachment"]


@time_machine.travel(WORKING_NOW, tick=False)
def test_a_practitioner_report_holds_the_attachments_and_is_recorded_once(
    person_writes, consented_conversation, alice, bob
):
    person_writes(
        consented_conversation.number,
        message={"type": "image", "image": {"id": "900002", "mime_type": "image/jpeg", "sha256": "abc"}},
    )
    message = Message.objects.get(direction="in")
    assert not Attachment.objects.get().quarantined
    report = actions.do_report_message(alice, message, now=WORKING_NOW)
    assert Attachment.objects.get().quarantined
    assert actions.do_report_message(alice, message, now=WORKING_NOW) == report
    assert Report.objects.count() == 1
    actions.do_record_report_outcome(
        bob,
        report,
        outcome="Harmless photo of a cat",
        release_attachments=True,
        now=WORKING_NOW + timedelta(hours=1),
    )
    report.refresh_from_db()
    assert report.status == "closed" and report.attachments_released
    assert not Attachment.objects.get().quarantined
    assert CaseNote.objects.filter(kind="report").count() == 2


@time_machine.travel(WORKING_NOW, tick=False)
def test_releasing_a_report_never_releases_a_file_held_for_its_type(
    person_writes, consented_conversation, alice, bob
):
    person_writes(
        consented_conversation.number,
        message={"type": "document", "document": {"id": "900003", "mime_type": "application/x-msdownload",
                                                   "filename": "invoice.exe", "sha256": "abc"}},
    )
    report = Report.objects.get()
    actions.do_record_report_outcome(bob, report, outcome="Spam, nothing to act on", release_attachments=True,
                                     now=WORKING_NOW + timedelta(hours=1))
    attachment = Attachment.objects.get()
    assert attachment.quarantined and ".exe" in attachment.quarantine_reason
    note = CaseNote.objects.filter(kind="report").order_by("pk").last()
    assert "kept in quarantine because of their file type: 1" in note.body
    assert note.facts["released"] == 0 and note.facts["held_for_type"] == 1


@time_machine.travel(WORKING_NOW, tick=False)
def test_only_a_manager_records_the_outcome(person_writes, consented_conversation, alice):
    person_writes(consented_conversation.number, "send me nudes")
    with pytest.raises(Exception, match="Only the team manager"):
        actions.do_record_report_outcome(
            alice, Report.objects.get(), outcome="fine", release_attachments=True
        )


@time_machine.travel(WORKING_NOW, tick=False)
def test_a_failed_email_is_kept_and_sent_later(
    person_writes, consented_conversation, alice, bob, monkeypatch
):
    from smtplib import SMTPException

    from django.core.mail.backends.locmem import EmailBackend

    def refuse(self, messages):
        raise SMTPException("mail server down")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    person_writes(consented_conversation.number, CONCERN)
    send_queued_email()
    assert not mail.outbox
    failed = list(Notification.objects.all())
    assert len(failed) == 2
    assert all(n.sent_at is None and n.attempts == 1 and "mail server down" in n.last_error for n in failed)
    assert all(n.next_attempt_at == WORKING_NOW + timedelta(seconds=60) for n in failed)
    assert Alert.objects.get().status == "open"
    # Not due yet: nothing is queued.
    assert actions.retry_unsent_notifications(WORKING_NOW + timedelta(seconds=30)) == 0
    monkeypatch.undo()
    assert actions.retry_unsent_notifications(WORKING_NOW + timedelta(seconds=61)) == 2
    send_queued_email()
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.org", "bob@example.org"]
    assert all(
        n.sent_at is not None and n.attempts == 2 and not n.last_error for n in Notification.objects.all()
    )
    assert actions.retry_unsent_notifications(WORKING_NOW + timedelta(hours=1)) == 0
