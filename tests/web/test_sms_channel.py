"""Choosing SMS for a person: the person page offers each channel, the conversation page shows which."""

from __future__ import annotations

from dataclasses import replace

import pytest
import time_machine
from django.urls import reverse

from carecomms.messaging.models import ConsentState, Conversation
from tests.conftest import WORKING_NOW, sign_in

pytestmark = pytest.mark.django_db


@time_machine.travel(WORKING_NOW, tick=True)
def test_person_page_offers_both_channels_and_starts_the_chosen_one(client, alice, jenny, channel,
                                                                     sms_channel, policy_version):
    sign_in(client, alice)
    page = client.get(reverse("web:person", args=[jenny.pk])).content.decode()
    assert "How to contact" in page and "Text message (SMS)" in page and "WhatsApp" in page
    assert "900101" not in page  # numbers stay masked
    response = client.post(reverse("web:open_conversation", args=[jenny.pk]), {"channel": sms_channel.pk})
    conversation = Conversation.objects.get(person=jenny)
    assert conversation.channel == sms_channel
    assert response.url == reverse("web:conversation", args=[conversation.pk])
    # Once SMS is in use only WhatsApp is left to start; the SMS conversation can be opened.
    page = client.get(reverse("web:person", args=[jenny.pk])).content.decode()
    assert "Open SMS conversation" in page and "Start WhatsApp conversation" in page


@time_machine.travel(WORKING_NOW, tick=True)
def test_conversation_page_names_the_channel_and_shows_the_text_to_be_sent(client, alice, jenny, sms_channel,
                                                                            policy_version):
    sign_in(client, alice)
    conversation = Conversation.objects.create(person=jenny, channel=sms_channel, number=jenny.mobile)
    page = client.get(reverse("web:conversation", args=[conversation.pk])).content.decode()
    assert "SMS · 07700 9•••01" in page and "900101" not in page
    assert "consent to use text messages (SMS)" in page
    assert "Reply YES or NO" in page and "WhatsApp" not in page.split("<main")[1]


@time_machine.travel(WORKING_NOW, tick=True)
def test_withdrawn_sms_consent_says_text_messages(client, alice, jenny, sms_channel, policy_version):
    sign_in(client, alice)
    conversation = Conversation.objects.create(person=jenny, channel=sms_channel, number=jenny.mobile,
                                               consent_state=ConsentState.WITHDRAWN)
    page = client.get(reverse("web:conversation", args=[conversation.pk])).content.decode()
    assert "withdrawn consent to text messages" in page


def test_an_unknown_or_inactive_channel_is_not_found(client, alice, jenny, channel, sms_channel,
                                                     policy_version):
    sign_in(client, alice)
    sms_channel.active = False
    sms_channel.save()
    for value in (sms_channel.pk, 99999, "sms"):
        response = client.post(reverse("web:open_conversation", args=[jenny.pk]), {"channel": value})
        assert response.status_code == 404
    assert not Conversation.objects.exists()


@time_machine.travel(WORKING_NOW, tick=True)
def test_a_policy_without_sms_wording_refuses_the_sms_consent_request(client, alice, jenny, sms_channel, db):
    from carecomms.guidance.actions import do_publish_policy
    from carecomms.policy import default_policy_document

    do_publish_policy(replace(default_policy_document(), consent_texts={}))
    sign_in(client, alice)
    conversation = Conversation.objects.create(person=jenny, channel=sms_channel, number=jenny.mobile)
    page = client.get(reverse("web:conversation", args=[conversation.pk])).content.decode()
    assert "no consent wording for SMS" in page
    response = client.post(reverse("web:request_consent", args=[conversation.pk]), follow=True)
    assert "no consent wording for sms" in response.content.decode()
    assert not conversation.messages.exists()
