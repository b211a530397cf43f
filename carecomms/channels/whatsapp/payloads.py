"""Request bodies for `POST /{version}/{phone-number-id}/messages`, shaped like Meta's documented examples.

Meta's own OpenAPI description disagrees with its examples in places, so these follow the examples
(and the tests pin them). Only one-recipient text and template messages exist here (guidance G10).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _base(to: str, kind: str, biz_opaque_callback_data: str | None) -> dict[str, Any]:
    if not to.isdigit():
        raise ValueError("`to` must be the recipient's number as digits only, without '+'")
    body: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": kind,
    }
    if biz_opaque_callback_data is not None:
        body["biz_opaque_callback_data"] = biz_opaque_callback_data
    return body


def text_message_body(
    to: str, body: str, *, preview_url: bool = False, biz_opaque_callback_data: str | None = None
) -> dict[str, Any]:
    """A free-form text message (only deliverable inside the 24-hour customer service window)."""
    message = _base(to, "text", biz_opaque_callback_data)
    message["text"] = {"preview_url": preview_url, "body": body}
    return message


def template_message_body(
    to: str,
    template_name: str,
    language_code: str,
    body_parameters: Sequence[str],
    quick_reply_payloads: Sequence[str] = (),
    biz_opaque_callback_data: str | None = None,
) -> dict[str, Any]:
    """An approved template with positional body parameters and one payload per quick-reply button.

    The payloads come back as `button.payload` when the person taps a button; index i addresses the
    template's i-th button, as a string, as in Meta's examples.
    """
    components: list[dict[str, Any]] = []
    if body_parameters:
        components.append(
            {"type": "body", "parameters": [{"type": "text", "text": text} for text in body_parameters]}
        )
    for index, payload in enumerate(quick_reply_payloads):
        components.append(
            {
                "type": "button",
                "sub_type": "quick_reply",
                "index": str(index),
                "parameters": [{"type": "payload", "payload": payload}],
            }
        )
    template: dict[str, Any] = {"name": template_name, "language": {"code": language_code}}
    if components:
        template["components"] = components
    message = _base(to, "template", biz_opaque_callback_data)
    message["template"] = template
    return message
