"""The GET handshake when the webhook is registered with Meta."""

from __future__ import annotations

from carecomms.channels.whatsapp.verification import verify_subscription

TOKEN = "verify-me"


def test_subscribe_with_the_right_token_returns_the_challenge() -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": TOKEN, "hub.challenge": "1158201444"}
    assert verify_subscription(params, TOKEN) == "1158201444"


def test_wrong_token_mode_or_missing_challenge_is_refused() -> None:
    assert (
        verify_subscription(
            {"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"}, TOKEN
        )
        is None
    )
    assert (
        verify_subscription(
            {"hub.mode": "unsubscribe", "hub.verify_token": TOKEN, "hub.challenge": "1"}, TOKEN
        )
        is None
    )
    assert verify_subscription({"hub.mode": "subscribe", "hub.verify_token": TOKEN}, TOKEN) is None
    assert verify_subscription({}, TOKEN) is None


def test_an_unconfigured_token_never_matches() -> None:
    assert (
        verify_subscription({"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"}, "")
        is None
    )


def test_non_ascii_token_does_not_raise() -> None:
    assert (
        verify_subscription(
            {"hub.mode": "subscribe", "hub.verify_token": "tökén", "hub.challenge": "1"}, TOKEN
        )
        is None
    )
