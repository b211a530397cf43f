"""`make run` wiring for SMS: the simulator's defaults are the gateway's, and the demo has an SMS channel."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse

from carecomms.channels.simulator.__main__ import notify_config_from_env
from carecomms.messaging.models import Channel


def test_simulator_defaults_match_the_embedded_settings(settings):
    config = notify_config_from_env({})
    assert config.api_key == settings.NOTIFY_API_KEY
    assert config.sms_template_id == settings.NOTIFY_SMS_TEMPLATE_ID
    assert config.bearer_token == settings.NOTIFY_CALLBACK_BEARER_TOKEN
    assert config.inbound_number == settings.NOTIFY_SMS_DISPLAY_NUMBER
    assert urlsplit(config.receipts_url).path == reverse("notify_delivery_receipt")
    assert urlsplit(config.inbound_url).path == reverse("notify_received_text")


@pytest.mark.django_db
def test_demo_data_adds_the_sms_channel_once(settings):
    call_command("demo_data", verbosity=0)
    call_command("demo_data", verbosity=0)
    sms = Channel.objects.get(kind=Channel.Kind.SMS)
    assert sms.provider_id == settings.NOTIFY_SERVICE_ID
    assert sms.display_number == settings.NOTIFY_SMS_DISPLAY_NUMBER
    assert Channel.objects.filter(kind=Channel.Kind.WHATSAPP).count() == 1
