"""/metrics: Prometheus text behind a bearer token; no token configured, no endpoint."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_no_token_configured_means_no_endpoint(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics").status_code == 404


def test_wrong_or_missing_token_is_refused(client, settings):
    settings.METRICS_TOKEN = "a-long-random-metrics-token"
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401


def test_counts_only(client, settings, consented_conversation):
    from carecomms.messaging.models import Message, OutboxItem

    settings.METRICS_TOKEN = "a-long-random-metrics-token"
    message = Message.objects.create(
        conversation=consented_conversation, direction=Message.Direction.OUTBOUND, kind=Message.Kind.TEXT,
        body="Private words", status=Message.Status.QUEUED,
    )
    OutboxItem.objects.create(message=message)
    response = client.get("/metrics", HTTP_AUTHORIZATION="Bearer a-long-random-metrics-token")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain; version=0.0.4")
    text = response.content.decode()
    assert 'carecomms_outbox_items{state="pending"} 1' in text
    assert "carecomms_webhook_backlog 0" in text
    assert "Private words" not in text and consented_conversation.number not in text


def test_health_reveals_nothing(client):
    response = client.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
