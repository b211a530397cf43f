"""The safeguarding pages pass axe-core (WCAG 2.2 AA) and fit a 320 px screen, in Debian's Chromium."""

from __future__ import annotations

import pytest
from django.urls import reverse

from carecomms.safeguarding.models import Alert, Report
from tests.browser import assert_accessible, sign_in_as

pytestmark = pytest.mark.django_db(transaction=True)


def test_safeguarding_pages_are_accessible(page, client, live_server, person_writes, consented_conversation,  # noqa: F811
                                           alice, bob, channel):
    from carecomms.messaging.models import UnknownSender

    person_writes(consented_conversation.number, "My dad hits me and I am scared to go home")
    person_writes(consented_conversation.number, "send me nudes")
    UnknownSender.objects.create(channel=channel, number="+447700900999", channel_message_id="wamid.U1",
                                 body="Is this social services?", kind="text")
    sign_in_as(page, client, bob, live_server)
    for url, label in [
        (reverse("safeguarding:overview"), "overview"),
        (reverse("safeguarding:alert", args=[Alert.objects.get().pk]), "alert"),
        (reverse("safeguarding:report", args=[Report.objects.get().pk]), "report"),
        (reverse("safeguarding:triage"), "triage"),
    ]:
        page.goto(url)
        assert page.locator("h1").count() == 1, label
        assert_accessible(page, label)
