"""The one place that builds a channel client from settings; tests patch nothing else."""

from __future__ import annotations

from django.conf import settings

from carecomms import policy
from carecomms.channels.base import Channel as ChannelClient
from carecomms.channels.base import SendError
from carecomms.channels.notify.client import NotifyClient
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


def sms_templates(document: policy.PolicyDocument) -> dict[str, str]:
    """Template name -> wording for SMS, which has no templates of its own: the document's, as text."""
    wording = {template.name: template.body for template in document.keep_in_touch_templates}
    consent = document.consent_text_for("sms")
    if consent is not None:
        wording[document.consent_template_name] = consent
    return wording


def notify_client(channel: Channel, document: policy.PolicyDocument | None = None) -> NotifyClient:
    """The council's Notify service; `channel.provider_id` must be its service id (one service per key)."""
    if not settings.NOTIFY_API_KEY or channel.provider_id != settings.NOTIFY_SERVICE_ID:
        raise SendError(
            "This SMS channel is not the GOV.UK Notify service CareComms is set up for. "
            "Tell your system administrator.",
            permanent=True,
        )
    return NotifyClient(
        settings.NOTIFY_API_KEY,
        settings.NOTIFY_SMS_TEMPLATE_ID,
        base_url=settings.NOTIFY_BASE_URL,
        sms_sender_id=settings.NOTIFY_SMS_SENDER_ID or None,
        templates=sms_templates(document) if document is not None else {},
        timeout=settings.NOTIFY_TIMEOUT_SECONDS,
    )


def channel_client(channel: Channel, document: policy.PolicyDocument | None = None) -> ChannelClient:
    """The adapter for this channel's kind; `document` gives template wording where a service has none."""
    if channel.kind == Channel.Kind.WHATSAPP:
        return whatsapp_client(channel)
    if channel.kind == Channel.Kind.SMS:
        return notify_client(channel, document)
    raise SendError(f"CareComms cannot send on a {channel.kind!r} channel. Tell your system administrator.",
                    permanent=True)
