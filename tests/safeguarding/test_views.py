"""Who sees which alerts and reports: managers their team's, oldest first; practitioners only their own."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse

from carecomms.audit.models import AuditEntry
from carecomms.messaging.models import ConsentState, Conversation, Message
from carecomms.safeguarding.models import Alert, Report
from tests.conftest import WORKING_NOW
from tests.safeguarding.conftest import sign_in

pytestmark = pytest.mark.django_db

CONCERN = "My dad hits me and I am scared to go home"


@pytest.fixture
def kofi_conversation(policy_version, channel, kofi):
    return Conversation.objects.create(
        person=kofi, channel=channel, number=kofi.mobile, consent_state=ConsentState.GIVEN
    )


def write(person_writes, conversation, at, text=CONCERN):
    with time_machine.travel(at, tick=False):
        person_writes(conversation.number, text)
    return Message.objects.filter(conversation=conversation, direction="in").latest("pk")


@pytest.fixture
def two_alerts(person_writes, consented_conversation, kofi_conversation, alice, carol, bob):
    """Kofi's (Carol's) alert is raised first, Jenny's (Alice's) an hour later."""
    write(person_writes, kofi_conversation, WORKING_NOW - timedelta(hours=1))
    write(person_writes, consented_conversation, WORKING_NOW)
    return Alert.objects.get(person=kofi_conversation.person), Alert.objects.get(
        person=consented_conversation.person
    )


@time_machine.travel(WORKING_NOW + timedelta(minutes=5), tick=False)
def test_manager_sees_the_teams_alerts_oldest_first_with_time_waiting(client, two_alerts, bob):
    sign_in(client, bob)
    page = client.get(reverse("safeguarding:overview")).content.decode()
    assert page.index("Kofi Mensah") < page.index("Jenny Adams")
    assert "1\xa0hour, 5\xa0minutes" in page and "5\xa0minutes" in page
    assert AuditEntry.objects.filter(action="safeguarding:overview_viewed", actor=bob).exists()


@time_machine.travel(WORKING_NOW + timedelta(minutes=5), tick=False)
def test_practitioner_sees_only_their_own(client, two_alerts, alice):
    kofi_alert, jenny_alert = two_alerts
    sign_in(client, alice)
    page = client.get(reverse("safeguarding:overview")).content.decode()
    assert "Jenny Adams" in page and "Kofi Mensah" not in page
    assert client.get(reverse("safeguarding:alert", args=[jenny_alert.pk])).status_code == 200
    assert client.get(reverse("safeguarding:alert", args=[kofi_alert.pk])).status_code == 404


@time_machine.travel(WORKING_NOW + timedelta(minutes=5), tick=False)
def test_another_practitioner_gets_404_and_cannot_close(client, two_alerts, carol):
    _, jenny_alert = two_alerts
    sign_in(client, carol)
    assert client.get(reverse("safeguarding:alert", args=[jenny_alert.pk])).status_code == 404
    response = client.post(
        reverse("safeguarding:alert", args=[jenny_alert.pk]), {"action_taken": "called_person"}
    )
    assert response.status_code == 404
    assert Alert.objects.get(pk=jenny_alert.pk).status == "open"


@time_machine.travel(WORKING_NOW + timedelta(minutes=5), tick=False)
def test_a_manager_of_another_team_sees_nothing(client, two_alerts, other_team):
    from tests.conftest import make_user

    sign_in(client, make_user("erin", "team_manager", other_team))
    page = client.get(reverse("safeguarding:overview")).content.decode()
    assert "Jenny Adams" not in page and "Kofi Mensah" not in page
    assert client.get(reverse("safeguarding:alert", args=[two_alerts[1].pk])).status_code == 404


@time_machine.travel(WORKING_NOW + timedelta(minutes=5), tick=False)
def test_closing_from_the_page_needs_an_action_and_then_leaves_the_list(client, two_alerts, alice):
    _, jenny_alert = two_alerts
    sign_in(client, alice)
    url = reverse("safeguarding:alert", args=[jenny_alert.pk])
    page = client.post(url, {"note": ""}).content.decode()
    assert "Choose what you did" in page and "govuk-error-summary" in page
    response = client.post(url, {"action_taken": "called_person", "note": "She is safe at her aunt's"})
    assert response.status_code == 302
    assert "Jenny Adams" not in client.get(reverse("safeguarding:overview")).content.decode()
    assert Alert.objects.get(pk=jenny_alert.pk).closed_by == alice


@time_machine.travel(WORKING_NOW, tick=False)
def test_one_click_report_from_the_conversation(client, person_writes, consented_conversation, alice, bob):
    message = write(person_writes, consented_conversation, WORKING_NOW, text="See you Tuesday")
    sign_in(client, alice)
    thread = client.get(reverse("web:conversation_thread", args=[consented_conversation.pk])).content.decode()
    assert reverse("safeguarding:report_message", args=[message.pk]) in thread
    response = client.post(reverse("safeguarding:report_message", args=[message.pk]))
    assert response.status_code == 302
    report = Report.objects.get()
    assert report.reported_by == alice and report.reasons == ["practitioner"]
    sign_in(client, bob)
    page = client.get(reverse("safeguarding:overview")).content.decode()
    assert reverse("safeguarding:report", args=[report.pk]) in page


@time_machine.travel(WORKING_NOW, tick=False)
def test_nobody_can_report_a_message_they_cannot_see(
    client, person_writes, consented_conversation, alice, carol
):
    message = write(person_writes, consented_conversation, WORKING_NOW, text="See you Tuesday")
    sign_in(client, carol)
    assert client.post(reverse("safeguarding:report_message", args=[message.pk])).status_code == 404
    assert not Report.objects.exists()


@time_machine.travel(WORKING_NOW, tick=False)
def test_a_practitioner_sees_the_report_but_cannot_record_the_outcome(
    client, person_writes, consented_conversation, alice, bob
):
    write(person_writes, consented_conversation, WORKING_NOW, text="send me nudes")
    report = Report.objects.get()
    sign_in(client, alice)
    url = reverse("safeguarding:report", args=[report.pk])
    assert "Record the outcome" not in client.get(url).content.decode()
    assert client.post(url, {"outcome": "fine"}).status_code == 403
    sign_in(client, bob)
    assert "Record the outcome" in client.get(url).content.decode()
    assert client.post(url, {"outcome": "Blocked and logged"}).status_code == 302
    assert Report.objects.get().outcome_by == bob


@time_machine.travel(WORKING_NOW, tick=False)
def test_the_reported_message_is_shown_with_the_messages_around_it(
    client, person_writes, consented_conversation, alice, bob
):
    for minute, text in enumerate(["one", "two", "three", "four"]):
        write(
            person_writes, consented_conversation, WORKING_NOW + timedelta(minutes=minute), text=f"msg {text}"
        )
    write(person_writes, consented_conversation, WORKING_NOW + timedelta(minutes=10), text="send me nudes")
    write(person_writes, consented_conversation, WORKING_NOW + timedelta(minutes=11), text="msg after")
    sign_in(client, bob)
    page = client.get(reverse("safeguarding:report", args=[Report.objects.get().pk])).content.decode()
    assert "msg one" not in page  # only three before
    assert (
        page.index("msg two") < page.index("msg four") < page.index("send me nudes") < page.index("msg after")
    )
