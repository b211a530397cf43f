"""X-Hub-Signature-256 is checked over the raw bytes exactly as Meta sent them."""

from __future__ import annotations

import json

from carecomms.channels.whatsapp.signature import sign, verify_signature

SECRET = "app-secret"
# What Meta actually sends: non-ASCII as \uXXXX escapes and '/' escaped as '\/'.
RAW = (
    b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messages":[{"text":'
    b'{"body":"Caf\\u00e9 at 2pm \\ud83d\\udc4d see https:\\/\\/example.org\\/a"}}]},"field":"messages"}]}]}'
)


def test_good_signature_is_accepted() -> None:
    assert verify_signature(RAW, sign(RAW, SECRET), SECRET)


def test_signature_header_is_the_documented_format() -> None:
    header = sign(RAW, SECRET)
    assert header.startswith("sha256=") and len(header) == len("sha256=") + 64


def test_uppercase_hex_and_surrounding_space_are_tolerated() -> None:
    header = sign(RAW, SECRET)
    assert verify_signature(RAW, "  sha256=" + header[7:].upper() + " ", SECRET)


def test_missing_or_empty_header_is_refused() -> None:
    assert not verify_signature(RAW, None, SECRET)
    assert not verify_signature(RAW, "", SECRET)


def test_wrong_secret_or_tampered_body_is_refused() -> None:
    header = sign(RAW, SECRET)
    assert not verify_signature(RAW, header, "another-secret")
    assert not verify_signature(RAW.replace(b"2pm", b"3pm"), header, SECRET)


def test_other_algorithms_and_garbage_are_refused() -> None:
    digest = sign(RAW, SECRET)[7:]
    assert not verify_signature(RAW, "sha1=" + digest, SECRET)
    assert not verify_signature(RAW, digest, SECRET)
    assert not verify_signature(RAW, "sha256=ünïcode", SECRET)


def test_unconfigured_secret_never_verifies() -> None:
    assert not verify_signature(RAW, sign(RAW, ""), "")


def test_reserialised_json_does_not_verify() -> None:
    """The reason to keep the raw bytes: parsing and re-encoding changes them."""
    header = sign(RAW, SECRET)
    reencoded = json.dumps(json.loads(RAW), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert json.loads(reencoded) == json.loads(RAW)
    assert not verify_signature(reencoded, header, SECRET)
    assert verify_signature(RAW, header, SECRET)
