"""W1: a conversation becomes a faithful, deterministic PDF/A transcript (and PNG pages)."""

from __future__ import annotations

import dataclasses
import io

import pypdf
import pytest

from carecomms.records import actions, transcripts
from carecomms.records.models import RecordDocument
from tests.records.conftest import CHAT


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.django_db
def test_conversation_with_text_image_and_pdf_renders_to_pdfa_with_every_message_in_order(
    chat, consented_conversation
):
    document = actions.do_export_conversation(consented_conversation, full=True)

    pdf = bytes(document.content)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.rdf_root.getElementsByTagName("rdf:Description")[0].getAttribute("pdfaid:part") == "3"
    assert xmp.rdf_root.getElementsByTagName("rdf:Description")[0].getAttribute("pdfaid:conformance") == "B"
    text = " ".join(_text(pdf).split())
    positions = [text.find(" ".join(body.split())) for _, body in CHAT]
    assert all(position >= 0 for position in positions), positions
    assert positions == sorted(positions)
    # Header: person, case record id, practitioner, team, channel number; attachments by name and hash.
    for expected in (
        "Jenny Adams",
        "MOS-1001",
        "Alice Example",
        "Children and Families North",
        "+442084960100",
        "Consent given",
        "2026.1",
        "letter-photo.png",
        "housing-letter.pdf",
        chat[4].attachments.get().sha256,
        "Page 1 of",
    ):
        assert expected in text, expected
    assert document.sha256 == transcripts.sha256_hex(pdf)
    assert document.message_count == len(CHAT)


@pytest.mark.django_db
def test_image_is_drawn_inline_when_its_bytes_are_held(chat, consented_conversation):
    document = actions.do_export_conversation(consented_conversation, full=True)
    reader = pypdf.PdfReader(io.BytesIO(bytes(document.content)))
    assert sum(len(page.images) for page in reader.pages) == 1


@pytest.mark.django_db
def test_same_messages_give_the_same_bytes(chat, consented_conversation):
    messages = list(consented_conversation.messages.order_by("pk"))

    def render() -> bytes:
        transcript = transcripts.transcript_from_models(
            consented_conversation,
            messages,
            document_id="fixed",
            scope="Whole conversation",
            practitioner="Alice Example",
            consent_state="Consent given",
        )
        return transcripts.render_pdf(transcripts.transcript_html(transcript), document_id="fixed")

    first, second = render(), render()
    assert first == second
    # The document's date is its last message's, never the time it was rendered.
    metadata = pypdf.PdfReader(io.BytesIO(first)).metadata
    assert metadata.creation_date == messages[-1].created_at
    assert metadata.modification_date == messages[-1].created_at


@pytest.mark.django_db
def test_png_pages_are_pngs_of_each_page(chat, consented_conversation):
    document = actions.do_export_conversation(consented_conversation, full=True)
    pages = transcripts.render_png_pages(bytes(document.content), scale=0.5)
    assert len(pages) == len(pypdf.PdfReader(io.BytesIO(bytes(document.content))).pages)
    assert all(page.startswith(b"\x89PNG\r\n\x1a\n") for page in pages)


def test_rendering_refuses_to_fetch_anything_from_the_network(settings):
    from weasyprint.urls import FatalURLFetchingError

    html = '<html><body><img src="http://192.0.2.1/tracker.png"><p>hi</p></body></html>'
    with pytest.raises(FatalURLFetchingError):
        transcripts.render_pdf(html, document_id="x")


@pytest.mark.django_db
@pytest.mark.parametrize("tamper", ["other bytes sealed", "ciphertext altered"])
def test_attachment_whose_bytes_do_not_match_the_recorded_hash_is_listed_not_drawn(
    chat, consented_conversation, settings, tamper
):
    from carecomms.crypto import write_encrypted_file

    path = settings.MEDIA_ROOT / "photo.png"
    if tamper == "other bytes sealed":
        write_encrypted_file(path, b"tampered")
    else:
        sealed = path.read_bytes()
        path.write_bytes(sealed[:-6] + (b"AAAA==" if not sealed.endswith(b"AAAA==") else b"BBBB=="))
    document = actions.do_export_conversation(consented_conversation, full=True)
    reader = pypdf.PdfReader(io.BytesIO(bytes(document.content)))
    assert sum(len(page.images) for page in reader.pages) == 0
    assert "letter-photo.png" in _text(bytes(document.content))
    assert RecordDocument.objects.count() == 1


def _every_element_transcript() -> transcripts.Transcript:
    """One of everything the template draws: days, a consent notice, senders, an inline image, listed and
    quarantined files, a caption, flags, a removed body, a template kind and each delivery status."""
    from datetime import UTC, datetime, timedelta

    from tests.records.conftest import png_bytes

    start = datetime(2026, 3, 28, 23, 50, tzinfo=UTC)  # across midnight and the clocks going forward
    photo = png_bytes()
    image = transcripts.TranscriptAttachment(
        filename="photo.png",
        mime_type="image/png",
        sha256=transcripts.sha256_hex(photo),
        size=len(photo),
        caption="The letter",
        content=photo,
    )
    listed = transcripts.TranscriptAttachment(filename="letter.pdf", mime_type="application/pdf", sha256="ab" * 32,
                                              size=48213)
    quarantined = transcripts.TranscriptAttachment(filename="x.exe", mime_type="application/octet-stream",
                                                   sha256="", size=None, quarantined=True)
    entries = [
        transcripts.TranscriptEntry(at=start, notice="Consent given (policy 2026.1)"),
        transcripts.TranscriptEntry(at=start, outbound=True, sender="Alice", body="Hello\nsecond line",
                                    kind_label="Consent request", status_label="Read",
                                    status_at=start + timedelta(minutes=1)),
        transcripts.TranscriptEntry(at=start + timedelta(minutes=5), sender="Jenny", body="The letter",
                                    attachments=(image, listed)),
        transcripts.TranscriptEntry(at=start + timedelta(minutes=20), sender="Jenny", attachments=(quarantined,),
                                    flags=("safeguarding",)),
        transcripts.TranscriptEntry(at=start + timedelta(minutes=21), outbound=True, sender="Alice",
                                    body_removed=True, status_label="Delivered"),
        transcripts.TranscriptEntry(at=start + timedelta(minutes=22), outbound=True, sender="Alice", body="OK 👍",
                                    status_label="Sent"),
    ]
    header = transcripts.TranscriptHeader(
        document_id="fixed", person_name="Jenny Adams", case_record_id="MOS-1001", practitioner="Alice",
        team="Adults East", channel_name="Council WhatsApp", channel_number="+442084960100",
        contact="Jenny Adams, +44 7700 900•••", consent_state="Consent given", policy_versions=("2026.1",),
        scope="Whole conversation",
    )
    return transcripts.Transcript(header=header, entries=tuple(entries))


@pytest.mark.parametrize("empty", [False, True])
def test_transcript_base_stylesheet_draws_exactly_what_weasyprints_html5_one_does(monkeypatch, empty):
    """The transcript's own small user-agent stylesheet is there for speed only: not one byte may change."""
    import weasyprint

    assert "_ua_stylesheets" in vars(weasyprint.HTML), "WeasyPrint's hook is gone: the base stylesheet is unused"
    transcript = _every_element_transcript()
    if empty:
        transcript = dataclasses.replace(transcript, entries=())
    html = transcripts.transcript_html(transcript)
    ours = transcripts.render_pdf(html, document_id="fixed")
    monkeypatch.setattr(transcripts, "_base_stylesheet", lambda: weasyprint.html.UA_STYLESHEET)
    assert transcripts.render_pdf(html, document_id="fixed") == ours
