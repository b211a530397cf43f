"""The simulated person sends photos and letters: sample files built in code, and the page to send them."""

from __future__ import annotations

import io

import httpx
from PIL import Image
from pypdf import PdfReader

from carecomms.channels.simulator.samples import SAMPLES
from carecomms.channels.whatsapp.events import parse_webhook
from carecomms.messaging.filetypes import check_declared_type
from tests.channels.conftest import SAM, WebhookReceiver

SAM_DIGITS = SAM.lstrip("+")


def messages_received(receiver: WebhookReceiver, count: int = 1) -> list:
    receiver.wait_for(count)
    return [m for payload in receiver.payloads() for m in parse_webhook(payload).messages]


def test_sample_files_are_real_files_of_their_type() -> None:
    photo = Image.open(io.BytesIO(SAMPLES["photo"].data))
    photo.load()
    assert photo.format == "PNG" and photo.size == (96, 72)
    reader = PdfReader(io.BytesIO(SAMPLES["letter"].data))
    assert len(reader.pages) == 1 and "housing office" in reader.pages[0].extract_text()
    assert not check_declared_type("image/png", SAMPLES["photo"].data).quarantine
    assert not check_declared_type("application/pdf", SAMPLES["letter"].data).quarantine
    disguised = SAMPLES["disguised_program"]
    assert disguised.mime_type == "image/jpeg"
    assert check_declared_type("image/jpeg", disguised.data).quarantine


def test_the_phone_page_sends_a_sample_photo_as_an_image_message(make_simulator, receiver) -> None:
    simulator = make_simulator(receiver.url)
    page = httpx.get(f"{simulator.url}/phone/{SAM_DIGITS}").text
    assert '<legend>Sample file</legend>' in page
    for key in SAMPLES:
        assert f'<label for="sample-{key}">' in page
    answer = httpx.post(f"{simulator.url}/phone/{SAM_DIGITS}/sample",
                        data={"sample": "photo", "caption": "Look"})
    assert answer.status_code == 303
    (message,) = messages_received(receiver)
    assert message.kind == "image" and message.media is not None
    assert message.media.mime_type == "image/png" and message.media.caption == "Look"
    assert "Attachment: IMG_2041.png" in httpx.get(f"{simulator.url}/phone/{SAM_DIGITS}").text


def test_a_sample_letter_is_a_document_with_its_file_name(make_simulator, receiver) -> None:
    simulator = make_simulator(receiver.url)
    httpx.post(f"{simulator.url}/_control/inbound",
               json={"from": SAM, "media": {"sample": "letter"}}).raise_for_status()
    (message,) = messages_received(receiver)
    assert message.kind == "document" and message.media is not None
    assert message.media.filename == "housing-letter.pdf" and message.media.mime_type == "application/pdf"


def test_unknown_samples_are_refused(simulator) -> None:
    page_answer = httpx.post(f"{simulator.url}/phone/{SAM_DIGITS}/sample", data={"sample": "virus"})
    assert page_answer.status_code == 400
    answer = httpx.post(f"{simulator.url}/_control/inbound", json={"from": SAM, "media": {"sample": "virus"}})
    assert answer.status_code == 400 and "photo" in answer.json()["error"]["error_data"]["details"]
