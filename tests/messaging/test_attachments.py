"""Attachments end to end: Jenny sends a photo and a letter from her (simulated) phone; the worker
fetches them after the webhook has committed, checks them and keeps them encrypted; Alice, her
practitioner, downloads them through the one authorised view; Carol, who does not work with Jenny,
cannot; a program dressed up as a photo is quarantined and never handed out.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import httpx
import pypdf
import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from carecomms import crypto
from carecomms.audit.models import AuditEntry
from carecomms.channels.simulator.samples import SAMPLES
from carecomms.messaging import attachments
from carecomms.messaging.attachments import AttachmentUnavailable, thumbnail_png
from carecomms.messaging.models import Attachment, Message
from carecomms.safeguarding.models import Report
from tests.conftest import WORKING_NOW, make_user, run_worker, sign_in, wait_for

pytestmark = pytest.mark.django_db(transaction=True)

CAPTION = "This came through the door"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "attachments"
    settings.ATTACHMENT_FETCH_BACKOFF_BASE_SECONDS = 0
    return settings.MEDIA_ROOT


def jenny_sends(simulator, conversation, **media) -> Attachment:
    """Jenny sends a file from her phone; returns the attachment once the webhook has been processed."""
    before = Attachment.objects.count()
    httpx.post(f"{simulator.url}/_control/inbound", timeout=10,
               json={"from": conversation.number, "media": media}).raise_for_status()
    wait_for(lambda: Attachment.objects.count() > before)
    return Attachment.objects.order_by("-pk").first()


def url_for(attachment: Attachment, **query: str) -> str:
    url = reverse("web:attachment", args=[attachment.message.conversation_id, attachment.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@time_machine.travel(WORKING_NOW, tick=True)
def test_photo_and_letter_are_fetched_after_commit_kept_encrypted_and_served_to_alice_only(
    client, simulator, consented_conversation, alice, bob, carol, media_root
):
    photo = jenny_sends(simulator, consented_conversation, sample="photo", caption=CAPTION)
    letter = jenny_sends(simulator, consented_conversation, sample="letter")
    # The webhook only recorded them: nothing was fetched in Meta's request.
    for attachment in (photo, letter):
        assert attachment.fetch_state == Attachment.Fetch.PENDING and attachment.stored_path == ""
    assert not media_root.exists() or not any(media_root.rglob("*"))

    run_worker()
    for attachment, sample in ((photo, SAMPLES["photo"]), (letter, SAMPLES["letter"])):
        attachment.refresh_from_db()
        assert attachment.fetch_state == Attachment.Fetch.STORED and not attachment.quarantined
        assert attachment.detected_type == sample.mime_type and attachment.size == len(sample.data)
        path = media_root / attachment.stored_path
        raw = path.read_bytes()
        assert sample.data not in raw and sample.data[:8] not in raw  # sealed, not just renamed
        assert crypto.read_encrypted_file(path) == sample.data
        assert re.fullmatch(r"[0-9a-f]{2}/[0-9a-f]{32}", attachment.stored_path)  # random, not the name
        stored = AuditEntry.objects.filter(action="attachment:stored", target_id=str(attachment.pk))
        assert stored.count() == 1
    assert photo.filename == "" and letter.filename == "housing-letter.pdf"  # WhatsApp names documents only

    sign_in(client, alice)
    page = client.get(reverse("web:conversation", args=[consented_conversation.pk])).content.decode()
    assert "housing-letter.pdf" in page and "PDF document" in page and "PNG image" in page
    assert f'src="{url_for(photo, view="thumbnail")}"' in page  # the thumbnail comes through the same view
    assert f'href="{url_for(letter)}"' in page
    assert page.count('class="cc-attachment__thumbnail"') == 1  # only the photo has one

    response = client.get(url_for(letter), REMOTE_ADDR="192.0.2.44")
    assert response.status_code == 200 and response.content == SAMPLES["letter"].data
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="housing-letter.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff" and response["Cache-Control"] == "no-store"
    read = AuditEntry.objects.get(action="attachment:downloaded")
    assert (read.actor, read.target_id) == (alice, str(letter.pk))
    assert read.person_id == consented_conversation.person_id
    assert read.source_ip == "192.0.2.44" and read.detail["sha256"] == letter.sha256

    thumbnail = client.get(url_for(photo, view="thumbnail"))
    assert thumbnail.status_code == 200 and thumbnail["Content-Type"] == "image/png"
    disposition = thumbnail["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="photo-\d{4}-\d{2}-\d{2}-\d{4}-thumbnail\.png"', disposition)
    assert AuditEntry.objects.filter(action="attachment:viewed", actor=alice).count() == 1

    sign_in(client, bob)  # her team manager reads the team's conversations
    assert client.get(url_for(letter)).status_code == 200
    sign_in(client, carol)  # another practitioner, not allocated to Jenny
    assert client.get(url_for(letter)).status_code == 404
    outsider = make_user("olu", "team_manager", None)
    sign_in(client, outsider)
    assert client.get(url_for(letter)).status_code == 404
    assert AuditEntry.objects.filter(action="attachment:downloaded").count() == 2  # Alice's and Bob's

    # The case record: a PDF/A with the photo drawn inline, the letter listed, every message in order.
    from carecomms.records import actions as records

    document = records.do_export_conversation(consented_conversation, full=True)
    reader = pypdf.PdfReader(io.BytesIO(bytes(document.content)))
    description = reader.xmp_metadata.rdf_root.getElementsByTagName("rdf:Description")[0]
    assert description.getAttribute("pdfaid:part") == "3"
    images = [
        xobject for page in reader.pages
        for xobject in (page["/Resources"].get("/XObject") or {}).values()
        if xobject.get_object().get("/Subtype") == "/Image"
    ]
    assert len(images) == 1
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert 0 <= text.find(CAPTION) < text.find("housing-letter.pdf")
    assert letter.sha256 in text


@time_machine.travel(WORKING_NOW, tick=True)
def test_a_program_dressed_as_a_photo_is_quarantined_reported_and_never_served(
    client, simulator, consented_conversation, alice, bob, media_root
):
    disguised = jenny_sends(simulator, consented_conversation, sample="disguised_program")
    assert not disguised.quarantined  # image/jpeg and a .jpg name: nothing to see until the bytes arrive
    run_worker()
    disguised.refresh_from_db()
    assert disguised.fetch_state == Attachment.Fetch.STORED and disguised.quarantined
    assert "Windows program" in disguised.quarantine_reason
    assert disguised.detected_type == "application/x-msdownload"
    # Kept, sealed, for the manager's review.
    assert crypto.read_encrypted_file(media_root / disguised.stored_path) == SAMPLES["disguised_program"].data
    report = Report.objects.get(message=disguised.message)
    assert report.reasons == ["quarantined_attachment"]

    sign_in(client, alice)
    thread = client.get(reverse("web:conversation_thread", args=[consented_conversation.pk])).content.decode()
    assert "held for your manager to review" in thread and "Windows program" in thread
    assert url_for(disguised) not in thread  # no link, no thumbnail
    response = client.get(url_for(disguised))
    assert response.status_code == 403
    body = response.content.decode()
    assert "held for your manager to review" in body and "Windows program" in body
    assert SAMPLES["disguised_program"].data[:20] not in response.content
    assert AuditEntry.objects.filter(action="attachment:refused", actor=alice).exists()
    sign_in(client, bob)
    assert client.get(url_for(disguised)).status_code == 403


@time_machine.travel(WORKING_NOW, tick=True)
def test_a_network_failure_is_retried_and_the_file_stored_once(
    simulator, consented_conversation, settings, media_root
):
    letter = jenny_sends(simulator, consented_conversation, sample="letter")
    working_url = settings.WHATSAPP_API_BASE_URL
    settings.WHATSAPP_API_BASE_URL = "http://127.0.0.1:9"  # nothing listens there
    assert attachments.fetch_attachment(letter.pk) == "retry"
    letter.refresh_from_db()
    assert letter.fetch_state == Attachment.Fetch.PENDING and letter.fetch_attempts == 1
    assert "could not be reached" in letter.fetch_error and not letter.stored_path

    settings.WHATSAPP_API_BASE_URL = working_url
    run_worker()  # the retry the failure queued, and the first task the webhook queued
    assert attachments.fetch_attachment(letter.pk) == "skipped"  # done is done
    letter.refresh_from_db()
    assert letter.fetch_state == Attachment.Fetch.STORED and letter.fetch_attempts == 2
    assert letter.fetch_error == ""
    assert [p for p in media_root.rglob("*") if p.is_file()] == [media_root / letter.stored_path]
    assert AuditEntry.objects.filter(action="attachment:stored").count() == 1


@time_machine.travel(WORKING_NOW, tick=True)
def test_two_workers_never_fetch_the_same_attachment(simulator, consented_conversation):
    letter = jenny_sends(simulator, consented_conversation, sample="letter")
    now = timezone.now()
    first = attachments.claim_attachment(letter.pk, now)
    assert first is not None and attachments.claim_attachment(letter.pk, now) is None


@time_machine.travel(WORKING_NOW, tick=True)
def test_a_wrong_fingerprint_is_retried_then_given_up_and_nothing_is_kept(
    client, simulator, consented_conversation, alice, settings, media_root
):
    settings.ATTACHMENT_FETCH_MAX_ATTEMPTS = 2
    photo = jenny_sends(simulator, consented_conversation, sample="photo", sha256="0" * 64)
    run_worker()
    photo.refresh_from_db()
    assert photo.fetch_state == Attachment.Fetch.FAILED and photo.fetch_attempts == 2
    assert "SHA-256" in photo.fetch_error
    assert not media_root.exists() or not [p for p in media_root.rglob("*") if p.is_file()]
    sign_in(client, alice)
    thread = client.get(reverse("web:conversation_thread", args=[consented_conversation.pk])).content.decode()
    assert "Not available" in thread and "SHA-256" in thread
    assert client.get(url_for(photo)).status_code == 404


@time_machine.travel(WORKING_NOW, tick=True)
def test_a_file_over_the_limit_fails_at_once_and_says_why(simulator, consented_conversation, settings):
    settings.ATTACHMENT_MAX_BYTES = 100
    letter = jenny_sends(simulator, consented_conversation, sample="letter")
    run_worker()
    letter.refresh_from_db()
    assert letter.fetch_state == Attachment.Fetch.FAILED and letter.fetch_attempts == 1
    assert "larger than CareComms accepts" in letter.fetch_error
    assert AuditEntry.objects.filter(action="attachment:fetch_failed", target_id=str(letter.pk)).exists()


@time_machine.travel(WORKING_NOW, tick=True)
def test_a_file_quarantined_on_arrival_is_still_kept_for_review(client, simulator, consented_conversation,
                                                                alice, media_root):
    program = jenny_sends(simulator, consented_conversation, data="echo hi", mime_type="application/x-sh",
                          filename="run-me.sh")
    assert program.quarantined and ".sh" in program.quarantine_reason
    run_worker()
    program.refresh_from_db()
    assert program.fetch_state == Attachment.Fetch.STORED and program.quarantined
    assert crypto.read_encrypted_file(media_root / program.stored_path) == b"echo hi"
    sign_in(client, alice)
    assert client.get(url_for(program)).status_code == 403


@time_machine.travel(WORKING_NOW, tick=True)
def test_rotation_reseals_stored_files_and_they_still_download(client, simulator, consented_conversation,
                                                                alice, settings, media_root):
    old, new = crypto.generate_key_spec("k2025"), crypto.generate_key_spec("k2026")
    settings.ENCRYPTION_KEYS = old
    letter = jenny_sends(simulator, consented_conversation, sample="letter")
    run_worker()
    letter.refresh_from_db()
    path = media_root / letter.stored_path
    assert crypto.token_key_id(path.read_bytes()) == "k2025"
    settings.ENCRYPTION_KEYS = f"{new},{old}"
    call_command("rotate_keys", stdout=io.StringIO())
    assert crypto.token_key_id(path.read_bytes()) == "k2026"
    settings.ENCRYPTION_KEYS = new  # the old key retired
    sign_in(client, alice)
    response = client.get(url_for(letter))
    assert response.status_code == 200 and response.content == SAMPLES["letter"].data


@time_machine.travel(WORKING_NOW, tick=True)
def test_an_altered_file_is_not_served(client, simulator, consented_conversation, alice, media_root):
    letter = jenny_sends(simulator, consented_conversation, sample="letter")
    run_worker()
    letter.refresh_from_db()
    crypto.write_encrypted_file(media_root / letter.stored_path, b"%PDF-1.4 something else")
    sign_in(client, alice)
    response = client.get(url_for(letter))
    assert response.status_code == 404 and "altered" in response.content.decode()


def test_the_sweep_reannounces_fetches_whose_task_was_lost(consented_conversation):
    message = Message.objects.create(conversation=consented_conversation, direction="in", kind="media",
                                     status=Message.Status.RECEIVED)
    lost = Attachment.objects.create(message=message, mime_type="image/png", provider_media_id="1",
                                     next_fetch_at=WORKING_NOW)
    from django_tasks_db.models import DBTaskResult

    before = DBTaskResult.objects.count()
    assert attachments.sweep_attachments(now=WORKING_NOW.replace(hour=12)) == 1
    assert DBTaskResult.objects.count() == before + 1
    lost.fetch_state = Attachment.Fetch.STORED
    lost.save()
    assert attachments.sweep_attachments(now=WORKING_NOW.replace(hour=12)) == 0


@pytest.mark.parametrize(
    ("sent_as", "shown", "header"),
    [
        ("housing-letter.pdf", "housing-letter.pdf", 'attachment; filename="housing-letter.pdf"'),
        ("../../etc/passwd", "passwd", 'attachment; filename="passwd"'),
        ("C:\\Users\\jo\\scan.pdf", "scan.pdf", 'attachment; filename="scan.pdf"'),
        ('a"b;c.pdf', "a_b_c.pdf", 'attachment; filename="a_b_c.pdf"'),
        ("report.pdf\r\nX-Evil: 1", "report.pdf_X-Evil_ 1", 'attachment; filename="report.pdf_X-Evil_ 1"'),
        ("lettre-été.pdf", "lettre-été.pdf",
         "attachment; filename=\"lettre-ete.pdf\"; filename*=UTF-8''lettre-%C3%A9t%C3%A9.pdf"),
    ],
)
def test_file_names_are_made_safe_for_the_download_header(consented_conversation, sent_as, shown, header):
    message = Message.objects.create(conversation=consented_conversation, direction="in", kind="media",
                                     status=Message.Status.RECEIVED)
    attachment = Attachment.objects.create(message=message, mime_type="application/pdf", filename=sent_as)
    assert attachments.download_filename(attachment) == shown
    opened = attachments.AttachmentFile(attachment, b"", shown, "application/pdf")
    assert opened.content_disposition == header
    assert "\r" not in opened.content_disposition and "\n" not in opened.content_disposition


def test_a_long_name_keeps_its_extension_and_a_nameless_photo_gets_one(consented_conversation):
    message = Message.objects.create(conversation=consented_conversation, direction="in", kind="media",
                                     status=Message.Status.RECEIVED, created_at=WORKING_NOW)
    long = Attachment.objects.create(message=message, mime_type="application/pdf",
                                     filename="x" * 300 + ".pdf")
    name = attachments.download_filename(long)
    assert len(name) == 100 and name.endswith(".pdf")
    photo = Attachment.objects.create(message=message, mime_type="image/jpeg", detected_type="image/jpeg")
    assert attachments.download_filename(photo) == "photo-2026-11-25-1100.jpg"


def _jpeg_with_gps(size: tuple[int, int]) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {2: (51.0, 30.0, 0.0), 1: "N"}  # GPSInfo: where the photo was taken
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_a_thumbnail_is_a_small_png_drawn_again_without_the_photos_metadata():
    from PIL import Image

    original = _jpeg_with_gps((3000, 2000))
    assert b"PhoneMaker" in original
    thumbnail = thumbnail_png(original + b"<script>appended</script>")
    with Image.open(io.BytesIO(thumbnail)) as image:
        assert image.format == "PNG" and max(image.size) <= 480 and image.size == (480, 320)
        assert not image.getexif()
    assert b"PhoneMaker" not in thumbnail and b"script" not in thumbnail


@pytest.mark.parametrize("content", [b"not a picture", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40])
def test_a_thumbnail_of_bytes_that_are_not_a_picture_is_refused_with_a_reason(content):
    with pytest.raises(AttachmentUnavailable, match="cannot be previewed. Download it instead"):
        thumbnail_png(content)


def test_a_decompression_bomb_is_refused_before_it_is_decoded(monkeypatch):
    monkeypatch.setattr(attachments, "THUMBNAIL_MAX_PIXELS", 1000)
    with pytest.raises(AttachmentUnavailable, match="too large to preview"):
        thumbnail_png(_jpeg_with_gps((100, 100)))
