"""Property: parse_webhook never raises, whatever JSON value a (validly signed) body decodes to."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carecomms.channels.whatsapp.events import WebhookBatch, parse_webhook
from tests.channels.conftest import FIXTURES, load_fixture

KEYS = st.sampled_from(
    [
        "object",
        "entry",
        "changes",
        "value",
        "field",
        "messages",
        "statuses",
        "contacts",
        "metadata",
        "errors",
        "id",
        "from",
        "type",
        "timestamp",
        "text",
        "body",
        "button",
        "payload",
        "interactive",
        "button_reply",
        "list_reply",
        "title",
        "image",
        "audio",
        "voice",
        "reaction",
        "emoji",
        "message_id",
        "location",
        "latitude",
        "context",
        "system",
        "edit",
        "revoke",
        "original_message_id",
        "status",
        "recipient_id",
        "code",
        "error_data",
        "details",
        "wa_id",
        "profile",
        "name",
        "user_id",
        "from_user_id",
    ]
) | st.text(max_size=8)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=50)
    | st.sampled_from(["text", "button", "messages", "1739321024", "447700900123", "", "sent", "read"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_random_json_never_raises(payload: object) -> None:
    assert isinstance(parse_webhook(payload), WebhookBatch)


FIXTURE_PAYLOADS = [load_fixture(p.stem) for p in sorted(FIXTURES.glob("*.json"))]


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(FIXTURE_PAYLOADS), st.data())
def test_real_payloads_with_one_part_replaced_never_raise(original: object, data: st.DataObject) -> None:
    """Mutating realistic payloads reaches the deep branches that random JSON rarely does."""
    payload = copy.deepcopy(original)
    path = data.draw(st.sampled_from(_paths(payload)[1:]))
    parent = payload
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = data.draw(json_values)
    assert isinstance(parse_webhook(payload), WebhookBatch)


@given(st.text(min_size=1, max_size=40).map(lambda s: s * 5_000))
@settings(max_examples=10, deadline=None)
def test_huge_and_unicode_strings_pass_through(text: str) -> None:
    payload = load_fixture("message_text")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] = text
    assert parse_webhook(payload).messages[0].text == text
