"""Reading GOV.UK Notify's callbacks: each real-shaped fixture, the bearer check, and totality."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carecomms.channels.notify.callbacks import (
    e164,
    failure_message,
    parse_delivery_receipt,
    parse_received_text,
    verify_bearer,
)
from tests.channels.conftest import load_fixture

TOKEN = "a-callback-token-of-some-length"


def test_delivered_receipt() -> None:
    receipt = parse_delivery_receipt(load_fixture("notify/notify_delivery_receipt_delivered"))
    assert receipt is not None
    assert receipt.channel_message_id == "740e5834-3a29-46b4-9a6f-16142fde533a"
    assert receipt.reference == "0b6c3d1e-6f7a-4e65-9c34-2c55c1d0a9f1"
    assert receipt.status == "delivered"
    assert receipt.failure_reason == ""
    # The moment it was delivered: completed_at, not when it was created.
    assert receipt.timestamp == datetime(2026, 11, 25, 11, 0, 4, 654321, tzinfo=UTC)


def test_temporary_failure_without_a_reference_is_explained() -> None:
    receipt = parse_delivery_receipt(load_fixture("notify/notify_delivery_receipt_temporary_failure"))
    assert receipt is not None
    assert receipt.reference is None
    assert receipt.status == "failed"
    assert receipt.notify_status == "temporary-failure"
    assert "switched off" in receipt.failure_reason


@pytest.mark.parametrize("notify_status", ["permanent-failure", "temporary-failure", "technical-failure"])
def test_every_failure_has_its_own_sentence(notify_status: str) -> None:
    message = failure_message(notify_status)
    assert message and "Tell your system administrator" not in message


def test_unknown_status_is_read_but_maps_to_nothing() -> None:
    receipt = parse_delivery_receipt({"id": "x", "status": "validation-failed"})
    assert receipt is not None and receipt.status is None


def test_received_text() -> None:
    text = parse_received_text(load_fixture("notify/notify_received_text"))
    assert text is not None
    assert text.channel_message_id == "9b2f7c1e-4d3a-4b6f-8e2d-1c0a9b8e7d6f"
    assert text.from_number == "+447700900101"
    assert text.to_number == "+447700900500"  # Notify shows its own numbers nationally
    assert text.text == "Yes please"
    assert text.kind == "text" and text.button_payload is None and text.media is None
    assert text.timestamp == datetime(2026, 11, 25, 11, 5, 30, 123456, tzinfo=UTC)


def test_a_receipt_is_not_a_received_text_and_back() -> None:
    assert parse_received_text(load_fixture("notify/notify_delivery_receipt_delivered")) is None
    assert parse_delivery_receipt(load_fixture("notify/notify_received_text")) is None


@pytest.mark.parametrize(
    ("given_number", "expected"),
    [
        ("447700900101", "+447700900101"),
        ("+447700900101", "+447700900101"),
        ("07700 900101", "+447700900101"),
        ("00447700900101", "+447700900101"),
        ("+1 202 555 0123", "+12025550123"),
        ("0770090010", None),
        ("not a number", None),
        ("", None),
        (447700900101, None),
    ],
)
def test_numbers_become_e164(given_number: object, expected: str | None) -> None:
    assert e164(given_number) == expected


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        (f"Bearer {TOKEN}", True),
        (f"bearer   {TOKEN}  ", True),
        (f"Bearer {TOKEN}x", False),
        (f"Bearer {TOKEN[:-1]}", False),
        (f"Basic {TOKEN}", False),
        (TOKEN, False),
        ("Bearer ", False),
        ("", False),
        (None, False),
        ("Bearer ünïcode", False),
    ],
)
def test_bearer_token(header: str | None, accepted: bool) -> None:
    assert verify_bearer(header, TOKEN) is accepted


def test_an_unconfigured_token_accepts_nothing() -> None:
    assert verify_bearer("Bearer ", "") is False
    assert verify_bearer("Bearer anything", "") is False


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=15), inner, max_size=6),
    max_leaves=20,
)
_fields = st.fixed_dictionaries(
    {},
    optional={
        key: _json
        for key in ("id", "reference", "to", "status", "created_at", "completed_at", "sent_at",
                    "source_number", "destination_number", "message", "date_received")
    },
)


@settings(max_examples=300, deadline=None)
@given(payload=_json | _fields)
def test_readers_never_raise(payload: object) -> None:
    receipt = parse_delivery_receipt(payload)
    text = parse_received_text(payload)
    if receipt is not None:
        assert isinstance(receipt.channel_message_id, str) and receipt.channel_message_id.strip()
    if text is not None:
        assert isinstance(text.text, str)
        assert text.from_number is None or text.from_number.startswith("+")
