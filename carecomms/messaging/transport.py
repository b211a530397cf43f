"""The one place that builds a channel client from settings; tests patch nothing else."""

from __future__ import annotations

from django.conf import settings

from carecomms.channels.whatsapp.client import CloudApiClient
from carecomms.messaging.models import Channel


def whatsapp_client(channel: Channel) -> CloudApiClient:
    return CloudApiClient(
        base_url=settings.WHATSAPP_API_BASE_URL,
        api_version=settings.WHATSAPP_API_VERSION,
        phone_number_id=channel.provider_id,
        access_token=settings.WHATSAPP_ACCESS_TOKEN,
        timeout=settings.WHATSAPP_TIMEOUT_SECONDS,
    )
