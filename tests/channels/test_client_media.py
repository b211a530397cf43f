"""Fetching what people send: CloudApiClient's media lookup and download, against the simulator over
real HTTP (and through httpx.MockTransport only for answers the simulator never gives)."""

from __future__ import annotations

import base64
import hashlib

import httpx
import pytest

from carecomms.channels.simulator import RunningSimulator
from carecomms.channels.simulator.samples import SAMPLES
from carecomms.channels.whatsapp.client import (
    MediaError,
    MediaInfo,
    normalise_sha256,
)
from tests.channels.conftest import SAM, client_for, mock_client

LIMIT = 1024 * 1024


def person_sends(simulator: RunningSimulator, **media) -> str:
    """Sam sends a file from the phone; returns the media id the webhook would carry."""
    answer = httpx.post(f"{simulator.url}/_control/inbound", json={"from": SAM, "media": media}, timeout=5)
    answer.raise_for_status()
    return answer.json()["media_id"]


@pytest.mark.parametrize("sample", ["photo", "letter"])
def test_a_sample_photo_and_letter_download_intact(simulator: RunningSimulator, sample: str) -> None:
    media_id = person_sends(simulator, sample=sample)
    media = client_for(simulator).fetch_media(media_id, max_bytes=LIMIT)
    expected = SAMPLES[sample]
    assert media.content == expected.data and media.size == len(expected.data)
    assert media.mime_type == expected.mime_type
    assert media.sha256 == hashlib.sha256(expected.data).hexdigest()


def test_lookup_gives_an_opaque_link_that_needs_the_token(simulator: RunningSimulator) -> None:
    media_id = person_sends(simulator, sample="photo")
    info = client_for(simulator).media_info(media_id)
    assert media_id in info.url and "hash=" in info.url and "ext=" in info.url
    assert info.file_size == len(SAMPLES["photo"].data)
    assert httpx.get(info.url).status_code == 401
    forged = info.url.replace("hash=", "hash=0")
    with pytest.raises(MediaError) as failure:
        client_for(simulator).download_media(MediaInfo(media_id, forged, None, None, None), max_bytes=LIMIT)
    assert failure.value.http_status == 404 and not failure.value.permanent


def test_a_wrong_token_is_permanent_and_says_so(simulator: RunningSimulator) -> None:
    media_id = person_sends(simulator, sample="photo")
    with pytest.raises(MediaError) as failure:
        client_for(simulator, token="not-the-token").fetch_media(media_id, max_bytes=LIMIT)
    assert failure.value.permanent and failure.value.http_status == 401
    assert "WhatsApp access has expired" in str(failure.value)
    assert "not-the-token" not in repr(failure.value)


def test_an_unknown_media_id_is_gone_for_good(simulator: RunningSimulator) -> None:
    with pytest.raises(MediaError) as failure:
        client_for(simulator).fetch_media("1234567890123456", max_bytes=LIMIT)
    assert failure.value.permanent and failure.value.code == 100
    assert "no longer available" in str(failure.value)


def test_an_expired_link_is_a_404_worth_retrying(make_simulator) -> None:
    simulator = make_simulator(media_url_ttl_seconds=-1)
    media_id = person_sends(simulator, sample="letter")
    with pytest.raises(MediaError) as failure:
        client_for(simulator).fetch_media(media_id, max_bytes=LIMIT)
    assert failure.value.http_status == 404 and not failure.value.permanent
    assert "expired" in str(failure.value)


def test_a_file_over_the_limit_is_not_fetched(simulator: RunningSimulator) -> None:
    media_id = person_sends(simulator, sample="letter")
    size = len(SAMPLES["letter"].data)
    with pytest.raises(MediaError) as failure:
        client_for(simulator).fetch_media(media_id, max_bytes=size - 1)
    assert failure.value.permanent and "larger than CareComms accepts" in str(failure.value)
    assert client_for(simulator).fetch_media(media_id, max_bytes=size).size == size


def test_the_limit_holds_even_when_meta_does_not_say_the_size() -> None:
    big = b"\xff\xd8\xff" + b"x" * 5000
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.path)
        if request.url.host == "graph.example":
            return httpx.Response(200, json={"url": "https://lookaside.fbsbx.com/x?mid=1", "id": "1"})
        return httpx.Response(200, content=big)  # no file_size, and a streamed body

    with pytest.raises(MediaError) as failure:
        mock_client(handler).fetch_media("1", max_bytes=1000)
    assert failure.value.permanent and "larger" in str(failure.value)
    assert requested == ["/v21.0/1", "/x"]


def test_a_sha256_mismatch_is_refused(simulator: RunningSimulator) -> None:
    media_id = person_sends(simulator, sample="photo", sha256="0" * 64)
    with pytest.raises(MediaError) as failure:
        client_for(simulator).fetch_media(media_id, max_bytes=LIMIT)
    assert not failure.value.permanent and "SHA-256" in str(failure.value)


def test_the_token_never_goes_to_a_host_that_is_not_metas() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("authorization")))
        return httpx.Response(200, json={"url": "https://collector.example/steal", "id": "1",
                                         "mime_type": "image/png", "file_size": "12"})

    with pytest.raises(MediaError) as failure:
        mock_client(handler).fetch_media("1", max_bytes=LIMIT)
    assert failure.value.permanent and "unexpected download address" in str(failure.value)
    assert [host for host, _ in seen] == ["graph.example"]


@pytest.mark.parametrize(
    ("status", "body", "permanent"),
    [
        (500, {"error": {"code": 1, "message": "An unknown error has occurred."}}, False),
        (429, {"error": {"code": 130429, "message": "Rate limit hit"}}, False),
        (400, {"error": {"code": 100, "message": "Object does not exist"}}, True),
        (403, {"error": {"code": 10, "message": "Permission denied"}}, True),
    ],
)
def test_lookup_errors_are_classified(status: int, body: dict, permanent: bool) -> None:
    client = mock_client(lambda request: httpx.Response(status, json=body, headers={"Retry-After": "9"}))
    with pytest.raises(MediaError) as failure:
        client.media_info("1")
    assert failure.value.permanent is permanent and failure.value.http_status == status
    if status == 429:
        assert failure.value.retry_after == 9


def test_a_timeout_is_transient() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(MediaError) as failure:
        mock_client(handler).fetch_media("1", max_bytes=LIMIT)
    assert not failure.value.permanent and "did not answer in time" in str(failure.value)


def test_meta_sha256_in_hex_or_base64_reads_the_same() -> None:
    digest = hashlib.sha256(b"photo").digest()
    assert normalise_sha256(digest.hex().upper()) == digest.hex()
    assert normalise_sha256(base64.b64encode(digest).decode()) == digest.hex()
    assert normalise_sha256(base64.urlsafe_b64encode(digest).decode().rstrip("=")) == digest.hex()
    assert normalise_sha256("not a hash") is None and normalise_sha256(None) is None
    assert normalise_sha256(base64.b64encode(b"short").decode()) is None
