"""SMS in a real browser, keyboard only: Alice picks SMS for Jenny, asks for consent, and Jenny's
reply typed on the SMS simulator's phone page appears; every page under axe-core at 320 px."""

from __future__ import annotations

import pytest
import time_machine
from django.urls import reverse

from carecomms.messaging.models import ConsentState, Conversation
from tests.browser import assert_accessible, sign_in_as
from tests.conftest import WORKING_NOW, run_worker, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@time_machine.travel(WORKING_NOW, tick=True)
def test_choose_sms_ask_consent_and_reply_yes_by_text(page, client, live_server, simulator, alice, jenny,
                                                     channel, sms_channel, policy_version):
    sign_in_as(page, client, alice, live_server)
    page.goto(reverse("web:person", args=[jenny.pk]))
    assert_accessible(page, "person page with a choice of channel")
    page.get_by_label("Text message (SMS)").check()
    page.get_by_role("button", name="Start conversation with Jenny Adams (their own number)").press("Enter")
    page.wait_for_url("**/conversations/**")
    assert "SMS" in page.locator("main").inner_text()
    assert "Reply YES or NO" in page.locator(".govuk-inset-text").inner_text()
    assert_accessible(page, "SMS conversation before consent")
    page.get_by_role("button", name="Send consent request").press("Enter")
    conversation = Conversation.objects.get(person=jenny, channel=sms_channel)
    run_worker()

    # Jenny's phone, on the SMS simulator.
    phone = page.context.new_page()
    phone.goto(f"{simulator.url}/notify/")
    assert_accessible(phone, "SMS simulator index")
    phone.get_by_role("link", name="+44 7700 900101").click()
    assert "Reply YES or NO" in phone.locator("#chat").inner_text()
    assert_accessible(phone, "SMS simulator phone")
    phone.get_by_label("Message").fill("yes please")
    phone.get_by_role("button", name="Send text").press("Enter")
    wait_for(lambda: Conversation.objects.get(pk=conversation.pk).consent_state == ConsentState.GIVEN)

    page.reload()
    assert page.get_by_label("Write a message").is_visible()
    assert_accessible(page, "SMS conversation after consent")
