"""Send bodies match Meta's documented examples (not its inconsistent OpenAPI schema)."""

from __future__ import annotations

import pytest

from carecomms.channels.whatsapp.payloads import template_message_body, text_message_body


def test_text_body_matches_the_documented_example() -> None:
    assert text_message_body("447700900123", "See you Thursday at 2pm.") == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "447700900123",
        "type": "text",
        "text": {"preview_url": False, "body": "See you Thursday at 2pm."},
    }


def test_text_body_with_link_preview_and_idempotency_key() -> None:
    body = text_message_body(
        "447700900123", "https://example.org", preview_url=True, biz_opaque_callback_data="k-1"
    )
    assert body["text"] == {"preview_url": True, "body": "https://example.org"}
    assert body["biz_opaque_callback_data"] == "k-1"


def test_template_body_matches_the_documented_example() -> None:
    body = template_message_body(
        "447700900123",
        "carecomms_consent_request",
        "en_GB",
        ["Alice Smith"],
        quick_reply_payloads=["CONSENT_YES", "CONSENT_NO"],
        biz_opaque_callback_data="k-2",
    )
    assert body == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "447700900123",
        "type": "template",
        "biz_opaque_callback_data": "k-2",
        "template": {
            "name": "carecomms_consent_request",
            "language": {"code": "en_GB"},
            "components": [
                {"type": "body", "parameters": [{"type": "text", "text": "Alice Smith"}]},
                {
                    "type": "button",
                    "sub_type": "quick_reply",
                    "index": "0",
                    "parameters": [{"type": "payload", "payload": "CONSENT_YES"}],
                },
                {
                    "type": "button",
                    "sub_type": "quick_reply",
                    "index": "1",
                    "parameters": [{"type": "payload", "payload": "CONSENT_NO"}],
                },
            ],
        },
    }


def test_template_without_parameters_or_buttons_has_no_components() -> None:
    body = template_message_body("447700900123", "hello_world", "en_US", [])
    assert body["template"] == {"name": "hello_world", "language": {"code": "en_US"}}
    assert "biz_opaque_callback_data" not in body


@pytest.mark.parametrize("to", ["+447700900123", "07700 900123", ""])
def test_recipient_must_be_digits_only(to: str) -> None:
    with pytest.raises(ValueError):
        text_message_body(to, "hi")
