"""Records fixtures: Jenny's conversation with Alice, with text, a photo and a PDF letter."""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta

import pytest

from tests.conftest import WORKING_NOW


@pytest.fixture(autouse=True)
def records_dirs(settings, tmp_path):
    settings.RECORDS_SINK = "folder"
    settings.RECORDS_DROP_DIR = tmp_path / "drop"
    settings.RECORDS_SAR_DIR = tmp_path / "sar"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return tmp_path


def png_bytes() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (160, 120), (70, 130, 180))
    ImageDraw.Draw(image).rectangle((20, 20, 140, 100), fill=(255, 220, 120))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


PDF_LETTER = b"%PDF-1.4\n% a letter from the housing office\n%%EOF\n"

CHAT = [
    ("out", "Hello Jenny, it's Alice from the Children and Families team. Is Thursday at 10 still good?"),
    ("in", "Yes Thursday is fine. I will be in all morning."),
    ("out", "Great, see you then. I'll bring the leaflet about the lunch club."),
    ("in", "Here is a photo of the letter they sent me"),
    ("in", "And the housing one as a PDF"),
    ("out", "Thank you, I've got both. Speak Thursday."),
]


@pytest.fixture
def chat(consented_conversation, alice, settings):
    """Six messages, minutes apart; message 4 carries a photo, message 5 a PDF (both held, encrypted)."""
    from carecomms.crypto import write_encrypted_file
    from carecomms.messaging.models import Attachment, Message

    messages = []
    for index, (direction, body) in enumerate(CHAT):
        at = WORKING_NOW + timedelta(minutes=3 * index)
        outbound = direction == "out"
        message = Message.objects.create(
            conversation=consented_conversation,
            direction=direction,
            body=body,
            kind=Message.Kind.TEXT if index not in (3, 4) else Message.Kind.MEDIA,
            author=alice if outbound else None,
            status=Message.Status.READ if outbound else Message.Status.RECEIVED,
            policy_version="2026.1" if outbound else "",
            created_at=at,
            sent_at=at if outbound else None,
            delivered_at=at + timedelta(seconds=20) if outbound else None,
            read_at=at + timedelta(minutes=1) if outbound else None,
            channel_message_id=f"wamid.records-{index}",
        )
        messages.append(message)
    photo = png_bytes()
    write_encrypted_file(settings.MEDIA_ROOT / "photo.png", photo)  # as the media worker stores it
    Attachment.objects.create(
        message=messages[3],
        mime_type="image/png",
        filename="letter-photo.png",
        sha256=hashlib.sha256(photo).hexdigest(),
        size=len(photo),
        stored_path="photo.png",
        fetch_state=Attachment.Fetch.STORED,
        detected_type="image/png",
    )
    write_encrypted_file(settings.MEDIA_ROOT / "housing.pdf", PDF_LETTER)
    Attachment.objects.create(
        message=messages[4],
        mime_type="application/pdf",
        filename="housing-letter.pdf",
        sha256=hashlib.sha256(PDF_LETTER).hexdigest(),
        size=len(PDF_LETTER),
        stored_path="housing.pdf",
        fetch_state=Attachment.Fetch.STORED,
        detected_type="application/pdf",
    )
    return messages
