"""A practitioner never sees another practitioner's caseload (G13)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from carecomms.messaging.models import Conversation
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def kofi_conversation(policy_version, channel, kofi):
    return Conversation.objects.create(person=kofi, channel=channel, number=kofi.mobile)


def test_caseload_lists_only_allocated_people(client, alice, jenny, kofi, policy_version, channel):
    sign_in(client, alice)
    page = client.get(reverse("web:caseload")).content.decode()
    assert "Jenny Adams" in page
    assert "Kofi Mensah" not in page


def test_practitioner_cannot_open_someone_elses_person_or_conversation(client, alice, kofi_conversation, kofi):
    sign_in(client, alice)
    for url in (reverse("web:person", args=[kofi.pk]),
                reverse("web:conversation", args=[kofi_conversation.pk]),
                reverse("web:conversation_thread", args=[kofi_conversation.pk])):
        assert client.get(url).status_code == 404


def test_practitioner_cannot_post_to_someone_elses_conversation(client, alice, kofi_conversation):
    sign_in(client, alice)
    for url in (reverse("web:conversation", args=[kofi_conversation.pk]),
                reverse("web:request_consent", args=[kofi_conversation.pk])):
        assert client.post(url, {"text": "hello", "action": "send"}).status_code == 404
    assert not kofi_conversation.messages.exists()


def test_manager_sees_the_team_but_cannot_send(client, bob, kofi_conversation, kofi):
    sign_in(client, bob)
    assert client.get(reverse("web:conversation", args=[kofi_conversation.pk])).status_code == 200
    assert client.post(reverse("web:conversation", args=[kofi_conversation.pk]),
                       {"text": "hello", "action": "send"}).status_code == 403


def test_anonymous_is_sent_to_sign_in(client, kofi_conversation):
    response = client.get(reverse("web:conversation", args=[kofi_conversation.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_health_reveals_nothing(client):
    response = client.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
