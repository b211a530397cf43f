"""Logs never hold message bodies, tokens, secrets or full phone numbers (issue 9)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from pythonjsonlogger.json import JsonFormatter

from carecomms.conf.logging import RedactSecretsFilter

BODY = "I am scared to go home tonight"
PHONE = "+447700900123"


@pytest.fixture
def log_output(settings) -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger wired exactly as settings.LOGGING wires the console: JSON, redaction filter on the handler."""
    settings.WHATSAPP_ACCESS_TOKEN = "EAAG-live-looking-access-token-1234567890"
    settings.WHATSAPP_APP_SECRET = "a1b2c3d4e5f6-app-secret"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactSecretsFilter())
    logger = logging.getLogger("carecomms.test.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_message_text_and_arguments_are_cleaned(log_output, settings):
    logger, stream = log_output
    logger.info("sending to %s with Bearer %s", PHONE, settings.WHATSAPP_ACCESS_TOKEN)
    logger.info("callback?access_token=abc123secretvalue&x=1")
    text = " ".join(line["message"] for line in lines(stream))
    assert PHONE not in text and "447700900123" not in text and "44770•••23" in text
    assert settings.WHATSAPP_ACCESS_TOKEN not in text and "abc123secretvalue" not in text


def test_extra_fields_with_content_or_credentials_are_dropped_even_nested(log_output, settings):
    logger, stream = log_output
    logger.warning("inbound stored", extra={
        "body": BODY, "to": PHONE, "webhook": 42,
        "payload": {"messages": [{"from": PHONE, "text": {"body": BODY}}], "token": "t0ken-value-123"},
        "raw": BODY.encode(), "detail": f"signature={settings.WHATSAPP_APP_SECRET}",
    })
    [line] = lines(stream)
    text = json.dumps(line, ensure_ascii=False)
    assert BODY not in text and PHONE not in text and "t0ken-value-123" not in text
    assert settings.WHATSAPP_APP_SECRET not in text
    assert line["webhook"] == 42 and line["body"] == "[redacted]"


def test_tracebacks_are_cleaned(log_output, settings):
    logger, stream = log_output
    try:
        raise ValueError(f"could not send to {PHONE} using {settings.WHATSAPP_ACCESS_TOKEN}")
    except ValueError:
        logger.exception("send failed")
    [line] = lines(stream)
    assert "ValueError" in line["exc_info"]
    assert PHONE not in line["exc_info"] and settings.WHATSAPP_ACCESS_TOKEN not in line["exc_info"]


def test_the_console_handler_in_settings_uses_the_filter(settings):
    assert "redact" in settings.LOGGING["handlers"]["console"]["filters"]
    assert settings.LOGGING["filters"]["redact"]["()"] == "carecomms.conf.logging.RedactSecretsFilter"


def test_caplog_through_the_filter_sees_no_secrets(caplog, settings):
    caplog.handler.addFilter(RedactSecretsFilter())
    settings.SECRET_KEY = "s" * 20 + "-very-secret-signing-key"
    logging.getLogger("carecomms.test").error("key is %s for %s", settings.SECRET_KEY, PHONE,
                                               extra={"message_body": BODY})
    assert settings.SECRET_KEY not in caplog.text and PHONE not in caplog.text
    assert all(record.message_body == "[redacted]" for record in caplog.records)
