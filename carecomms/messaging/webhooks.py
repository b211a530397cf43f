"""The channel webhooks: the only endpoints without a staff session that accept data, so they trust nothing.

WhatsApp: GET is Meta's subscription handshake. POST bodies are verified with X-Hub-Signature-256
over the raw bytes exactly as received. GOV.UK Notify: delivery receipts and received texts carry
the bearer token the council configured in Notify (Notify does not sign bodies), compared in
constant time. Either way the body is stored once, acknowledged, then parsed; anything
unauthenticated or not JSON is refused with a 4xx and changes nothing.
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

from carecomms.channels.notify.callbacks import parse_delivery_receipt, parse_received_text, verify_bearer
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
    return _store_and_process(raw, InboundWebhook.Source.WHATSAPP, "webhook", object_only=False)


def _notify_callback(request: HttpRequest, source: InboundWebhook.Source) -> HttpResponse:
    """Notify's callbacks: the bearer token first, then JSON, then store, acknowledge and process.

    401 without a token and 403 with a wrong one (Notify does not retry a 4xx), 400 for a body that
    is not a JSON object; none of these writes anything.
    """
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_WEBHOOK_BYTES:
        return HttpResponse("Payload too large", status=413)
    header = request.headers.get("Authorization")
    if not header:
        logger.warning("notify callback refused: no bearer token")
        return HttpResponse("Bearer token required", status=401, content_type="text/plain")
    if not verify_bearer(header, settings.NOTIFY_CALLBACK_BEARER_TOKEN):
        logger.warning("notify callback refused: wrong bearer token")
        return HttpResponseForbidden("Invalid bearer token")
    return _store_and_process(request.body, source, "notify callback", object_only=True)


def _store_and_process(raw: bytes, source: str, what: str, *, object_only: bool) -> HttpResponse:
    """An authenticated body: refuse it if it is not JSON, else store it once, acknowledge and process it.

    Call only after the sender is authenticated. A processing error is logged and left to the
    scheduler (the body is stored already): the sender must still get its 200, or it sends again.
    """
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return HttpResponseBadRequest("Body is not JSON")
    if object_only and not isinstance(payload, dict):
        return HttpResponseBadRequest("Body is not a JSON object")
    webhook = store_webhook(raw, source)
    if webhook is not None:
        try:
            process_webhook(webhook, payload)
        except Exception:
            logger.exception("%s processing failed; will retry", what, extra={"webhook": webhook.pk})
    return HttpResponse("OK", content_type="text/plain")


@csrf_exempt
@require_http_methods(["POST"])
def notify_delivery_receipt(request: HttpRequest) -> HttpResponse:
    return _notify_callback(request, InboundWebhook.Source.NOTIFY_RECEIPT)


@csrf_exempt
@require_http_methods(["POST"])
def notify_received_text(request: HttpRequest) -> HttpResponse:
    return _notify_callback(request, InboundWebhook.Source.NOTIFY_INBOUND)


def store_webhook(raw: bytes, source: str = InboundWebhook.Source.WHATSAPP) -> InboundWebhook | None:
    """Keep the authenticated body before acting on it. An identical body already processed is a replay."""
    digest = hashlib.sha256(raw).hexdigest()
    with transaction.atomic():
        existing = InboundWebhook.objects.filter(sha256=digest, processed_at__isnull=False).first()
        if existing is not None:
            return None
        return InboundWebhook.objects.create(body=raw, sha256=digest, source=source)


def sms_channel_for_callbacks() -> Channel | None:
    """The SMS channel Notify's callbacks are about: the one whose provider id is the configured service."""
    if not settings.NOTIFY_SERVICE_ID:
        return None
    return Channel.objects.filter(
        kind=Channel.Kind.SMS, active=True, provider_id=settings.NOTIFY_SERVICE_ID
    ).first()


def _process_notify(webhook: InboundWebhook, payload: object) -> int:
    """One Notify callback through the same actions as WhatsApp's; returns 1 if it was unreadable."""
    if webhook.source == InboundWebhook.Source.NOTIFY_RECEIPT:
        receipt = parse_delivery_receipt(payload)
        if receipt is None:
            return 1
        actions.do_record_status(receipt)
        return 0
    text = parse_received_text(payload)
    if text is None:
        return 1
    channel = sms_channel_for_callbacks()
    if channel is None:
        logger.warning("received text but no active SMS channel matches NOTIFY_API_KEY's service")
        raise LookupError("no SMS channel for Notify's service")  # kept unprocessed for the scheduler
    actions.do_receive_message(channel, text)
    return 0


def process_webhook(webhook: InboundWebhook, payload: object | None = None) -> None:
    if payload is None:
        payload = json.loads(bytes(webhook.body))
    if webhook.source != InboundWebhook.Source.WHATSAPP:
        malformed = _process_notify(webhook, payload)
        InboundWebhook.objects.filter(pk=webhook.pk).update(
            processed_at=timezone.now(), malformed_items=malformed
        )
        return
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
