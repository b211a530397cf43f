"""Every fixture (real Meta shapes) parses into the right typed events, and nothing crashes the parser."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecomms.channels.whatsapp.events import InboundMessage, StatusUpdate, parse_webhook
from tests.channels.conftest import FIXTURES, load_fixture

SENT_AT = datetime(2025, 2, 12, 0, 43, 44, tzinfo=UTC)  # "1739321024"
OUR_MESSAGE = "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSQUFBQUFBQUFBQUFBQUFBQQA="


def only_message(name: str) -> InboundMessage:
    batch = parse_webhook(load_fixture(name))
    assert batch.malformed == 0 and not batch.statuses and not batch.ignored
    assert len(batch.messages) == 1
    return batch.messages[0]


def only_status(name: str) -> StatusUpdate:
    batch = parse_webhook(load_fixture(name))
    assert batch.malformed == 0 and not batch.messages and not batch.ignored
    assert len(batch.statuses) == 1
    return batch.statuses[0]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_every_fixture_parses_cleanly(path) -> None:
    batch = parse_webhook(load_fixture(path.stem))
    assert batch.malformed == 0
    assert batch.messages or batch.statuses or batch.ignored or batch.errors


def test_text_message() -> None:
    message = only_message("message_text")
    assert message.kind == "text"
    assert message.text == "Hi, is Thursday at 2pm still OK? Café on the high street 👍"
    assert message.from_number == "+447700900123"
    assert message.profile_name == "Sam Taylor"
    assert message.phone_number_id == "100000000000001"
    assert message.display_phone_number == "442084960100"
    assert message.timestamp == SENT_AT
    assert message.channel_message_id.startswith("wamid.")
    assert message.raw["type"] == "text"


def test_template_quick_reply_button() -> None:
    message = only_message("message_button")
    assert message.kind == "button"
    assert (message.button_payload, message.button_text) == ("CONSENT_YES", "Yes")
    assert message.context_message_id == OUR_MESSAGE
    assert message.text is None


def test_interactive_button_reply() -> None:
    message = only_message("message_interactive_button_reply")
    assert message.kind == "interactive"
    assert (message.button_payload, message.button_text) == ("visit-confirm", "Confirm")
    assert message.context_message_id == OUR_MESSAGE


def test_interactive_list_reply() -> None:
    message = only_message("message_interactive_list_reply")
    assert (message.kind, message.button_payload, message.button_text) == (
        "interactive",
        "slot-2",
        "Friday 10am",
    )


def test_image_with_caption() -> None:
    message = only_message("message_image")
    assert message.kind == "image"
    assert message.media is not None
    assert message.media.id == "2754859441498128"
    assert message.media.mime_type == "image/jpeg"
    assert message.media.sha256 == "81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3"
    assert message.media.caption == message.text == "The letter I got"
    assert not message.media.voice


def test_document_keeps_its_filename() -> None:
    message = only_message("message_document")
    assert message.media is not None and message.media.filename == "tenancy.pdf"
    assert message.media.mime_type == "application/pdf"


def test_voice_note() -> None:
    message = only_message("message_audio_voice")
    assert message.kind == "audio"
    assert message.media is not None and message.media.voice
    assert message.text is None


def test_reaction_and_removed_reaction() -> None:
    reaction = only_message("message_reaction").reaction
    assert reaction is not None and reaction.emoji == "👍" and not reaction.removed
    assert reaction.message_id == OUR_MESSAGE
    removed = only_message("message_reaction_removed").reaction
    assert removed is not None and removed.removed and removed.emoji is None


def test_reaction_without_emoji_key_is_a_removal() -> None:
    payload = load_fixture("message_reaction")
    del payload["entry"][0]["changes"][0]["value"]["messages"][0]["reaction"]["emoji"]
    reaction = parse_webhook(payload).messages[0].reaction
    assert reaction is not None and reaction.removed


def test_location() -> None:
    message = only_message("message_location")
    assert message.kind == "location" and message.location is not None
    assert (message.location.latitude, message.location.longitude) == (51.5072, -0.1276)
    assert message.location.name == "Family Centre"


def test_contacts_and_sticker_are_typed_without_text() -> None:
    contacts = only_message("message_contacts")
    assert contacts.kind == "contacts" and contacts.text is None and contacts.media is None
    sticker = only_message("message_sticker")
    assert sticker.kind == "sticker" and sticker.media is not None and sticker.media.mime_type == "image/webp"


def test_unsupported_message_carries_its_errors() -> None:
    message = only_message("message_unsupported")
    assert message.kind == "unsupported"
    assert len(message.errors) == 1
    error = message.errors[0]
    assert error.code == 131051 and error.title == "Message type unknown"
    assert error.details == "Message type is currently not supported."


def test_system_message_without_contacts() -> None:
    message = only_message("message_system_no_contacts")
    assert message.kind == "system"
    assert message.profile_name is None
    assert message.from_number == "+447700900123"
    assert message.text is not None and "changed their phone number" in message.text


def test_edit_points_at_the_original_and_carries_the_new_text() -> None:
    message = only_message("message_edit")
    assert message.kind == "edit"
    assert message.original_message_id == "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUTEXT01"
    assert message.text == "Hi, is Thursday at 3pm still OK?"


def test_revoke_points_at_the_original() -> None:
    message = only_message("message_revoke")
    assert message.kind == "revoke"
    assert message.original_message_id == "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUTEXT01"
    assert message.text is None


def test_business_scoped_user_ids() -> None:
    message = only_message("message_user_ids")
    assert message.from_user_id == "GB.1387402739201234"
    assert message.from_number == "+447700900123"
    status = only_status("status_delivered_with_contacts")
    assert status.recipient_user_id == "GB.1387402739201234"


def test_message_with_only_a_user_id_has_no_number() -> None:
    payload = load_fixture("message_user_ids")
    value = payload["entry"][0]["changes"][0]["value"]
    del value["messages"][0]["from"]
    del value["contacts"][0]["wa_id"]
    message = parse_webhook(payload).messages[0]
    assert message.from_number is None and message.from_user_id == "GB.1387402739201234"


def test_status_sent_keeps_the_idempotency_key() -> None:
    status = only_status("status_sent")
    assert (status.status, status.channel_message_id) == ("sent", OUR_MESSAGE)
    assert status.biz_opaque_callback_data == "6f1c1f3e-5c7a-4a53-9d35-0d6f3c0f5b21"
    assert status.recipient_number == "+447700900123"
    assert status.timestamp == SENT_AT
    assert status.errors == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("status_delivered_with_contacts", "delivered"), ("status_read", "read"), ("status_played", "played")],
)
def test_other_statuses(name: str, expected: str) -> None:
    assert only_status(name).status == expected


def test_failed_status_carries_meta_errors() -> None:
    status = only_status("status_failed")
    assert status.status == "failed"
    (error,) = status.errors
    assert error.code == 131047 and error.title == "Re-engagement message"
    assert error.details is not None and "24 hours" in error.details
    assert error.href is not None


def test_value_level_errors() -> None:
    batch = parse_webhook(load_fixture("value_errors"))
    assert not batch.messages and not batch.statuses
    assert [e.code for e in batch.errors] == [130472]


@pytest.mark.parametrize(
    ("name", "fields"),
    [
        ("account_update", ("account_update",)),
        ("message_template_status_update", ("message_template_status_update",)),
        ("other_fields", ("calls", "user_preferences", "smb_message_echoes", "group_lifecycle_update")),
    ],
)
def test_other_fields_are_acknowledged_and_ignored(name: str, fields: tuple[str, ...]) -> None:
    batch = parse_webhook(load_fixture(name))
    assert batch.ignored == fields
    assert not batch.messages and not batch.statuses and batch.malformed == 0


def test_a_batch_with_several_entries_keeps_everything_in_order() -> None:
    batch = parse_webhook(load_fixture("mixed_batch"))
    assert [m.text for m in batch.messages] == ["first"]
    assert [s.status for s in batch.statuses] == ["delivered"]


def test_malformed_items_are_counted_and_the_good_ones_kept() -> None:
    payload = load_fixture("message_text")
    value = payload["entry"][0]["changes"][0]["value"]
    good = value["messages"][0]
    value["messages"] = [good, "not a message", {"type": "text"}, {"id": 12345, "type": "text"}, None]
    value["statuses"] = [{"id": "wamid.x"}, {"status": "read"}, {"id": "wamid.y", "status": "read"}]
    batch = parse_webhook(payload)
    assert [m.channel_message_id for m in batch.messages] == [good["id"], "12345"]
    assert [s.channel_message_id for s in batch.statuses] == ["wamid.y"]
    assert batch.malformed == 5


@pytest.mark.parametrize(
    "payload",
    [
        [],
        [{"entry": []}],
        None,
        "entry",
        42,
        {},
        {"entry": {}},
        {"entry": "x"},
        {"entry": [None]},
        {"entry": [{"changes": {}}]},
        {"entry": [{"changes": [None, 3]}]},
        {"entry": [{"changes": [{"field": "messages", "value": []}]}]},
        {"entry": [{"changes": [{"field": "messages", "value": {"messages": {"id": "x"}}}]}]},
    ],
)
def test_wrong_shapes_are_counted_as_malformed_never_raised(payload: object) -> None:
    batch = parse_webhook(payload)
    assert batch.malformed >= 1
    assert not batch.messages and not batch.statuses


def test_odd_values_inside_a_message_do_not_raise() -> None:
    payload = load_fixture("message_location")
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message["timestamp"] = "99999999999999999999999"
    message["location"]["latitude"] = 10**400
    message["from"] = "not-a-number"
    message["context"] = ["nope"]
    message["errors"] = [{"code": True}, "x"]
    parsed = parse_webhook(payload).messages[0]
    assert parsed.timestamp is None
    assert parsed.location is not None and parsed.location.latitude is None
    assert parsed.from_number == "+447700900123"  # from the contact's wa_id, as Meta intends
    assert parsed.context_message_id is None
    assert parsed.errors[0].code is None


def test_unknown_message_type_is_kept_as_unknown() -> None:
    payload = load_fixture("message_text")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["type"] = "poll_creation"
    assert parse_webhook(payload).messages[0].kind == "unknown"


def test_events_are_immutable_and_hashable() -> None:
    message = only_message("message_text")
    with pytest.raises(AttributeError):
        message.text = "changed"  # type: ignore[misc]
    assert hash(message) == hash(only_message("message_text"))
