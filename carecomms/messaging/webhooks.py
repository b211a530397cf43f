"""The WhatsApp webhook: the only unauthenticated endpoint that accepts data, so it trusts nothing.

GET is Meta's subscription handshake. POST bodies are verified with X-Hub-Signature-256 over the raw
bytes exactly as received, stored once, acknowledged, then parsed; anything unsigned, wrongly signed
or not JSON is refused with a 4xx and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from carecomms.channels.whatsapp.events import parse_webhook
from carecomms.channels.whatsapp.signature import verify_signature
from carecomms.channels.whatsapp.verification import verify_subscription
from carecomms.messaging import actions
from carecomms.messaging.models import Channel, InboundWebhook

logger = logging.getLogger(__name__)
MAX_WEBHOOK_BYTES = 3 * 1024 * 1024


@csrf_exempt
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        challenge = verify_subscription(request.GET, settings.WHATSAPP_VERIFY_TOKEN)
        if challenge is None:
            return HttpResponseForbidden("Verification failed")
        return HttpResponse(challenge, content_type="text/plain")
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_WEBHOOK_BYTES:
        return HttpResponse("Payload too large", status=413)
    raw = request.body
    if not verify_signature(raw, request.headers.get("X-Hub-Signature-256"), settings.WHATSAPP_APP_SECRET):
        logger.warning("webhook refused: bad or missing signature")
        return HttpResponseForbidden("Invalid signature")
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return HttpResponseBadRequest("Body is not JSON")
    webhook = store_webhook(raw)
    if webhook is not None:
        try:
            process_webhook(webhook, payload)
        except Exception:  # stored already: the scheduler re-processes it; Meta must still get its 200
            logger.exception("webhook processing failed; will retry", extra={"webhook": webhook.pk})
    return HttpResponse("OK", content_type="text/plain")


def store_webhook(raw: bytes) -> InboundWebhook | None:
    """Keep the signed body before acting on it. An identical body already processed is a replay."""
    digest = hashlib.sha256(raw).hexdigest()
    with transaction.atomic():
        existing = InboundWebhook.objects.filter(sha256=digest, processed_at__isnull=False).first()
        if existing is not None:
            return None
        return InboundWebhook.objects.create(body=raw, sha256=digest)


def process_webhook(webhook: InboundWebhook, payload: object | None = None) -> None:
    if payload is None:
        payload = json.loads(bytes(webhook.body))
    batch = parse_webhook(payload)
    channels = {channel.provider_id: channel for channel in Channel.objects.filter(active=True)}
    for message in batch.messages:
        channel = channels.get(message.phone_number_id or "")
        if channel is None:
            logger.warning("inbound message for an unknown phone number id")
            continue
        actions.do_receive_message(channel, message)
    for status in batch.statuses:
        actions.do_record_status(status)
    InboundWebhook.objects.filter(pk=webhook.pk).update(
        processed_at=timezone.now(), malformed_items=batch.malformed
    )


def reprocess_pending_webhooks() -> int:
    count = 0
    for webhook in InboundWebhook.objects.filter(processed_at__isnull=True).order_by("pk")[:500]:
        try:
            process_webhook(webhook)
            count += 1
        except Exception:
            logger.exception("webhook reprocessing failed", extra={"webhook": webhook.pk})
    return count
