"""Records benchmark: render a 1,000-message conversation to PDF/A (target < 3 s) and push documents
through the drop-folder sink. Standalone: a throwaway SQLite database and folders under /tmp.

    .venv/bin/python bench/bench_records.py [--messages 1000] [--documents 300]
    .venv/bin/python bench/bench_records.py --example docs/transcript-example.png
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

WORK = Path(tempfile.mkdtemp(prefix="carecomms-bench-records-"))
os.environ["CARECOMMS_VAR_DIR"] = str(WORK)
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carecomms.settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
LINES = [
    ("out", "Morning Jenny, it's Alice. Just checking you got the appointment letter for Thursday?"),
    ("in", "Hi Alice yes got it thanks. Is it still at the community centre?"),
    ("out", "Yes, the community centre on Market Street, 10am. I'll meet you in the café."),
    ("in", "OK see you there 👍"),
    ("out", "Lovely. If anything changes just message me here in working hours."),
]


def _demo_image() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 360), (236, 240, 244))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 30, 440, 330), fill=(255, 255, 255), outline=(180, 186, 192), width=3)
    draw.rectangle((70, 60, 300, 84), fill=(29, 112, 184))
    for row in range(9):
        draw.rectangle((70, 110 + row * 22, 410 - (row % 3) * 40, 120 + row * 22), fill=(160, 166, 172))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def setup_conversation(messages: int, *, demo: bool = False):
    import hashlib

    from carecomms.messaging.models import (
        Attachment,
        Channel,
        ConsentEvent,
        ConsentState,
        Conversation,
        Message,
    )
    from carecomms.people.models import Allocation, Person, Team, User

    team = Team.objects.create(name="Adults East", service="adults")
    alice = User.objects.create_user(
        username="alice",
        first_name="Alice",
        last_name="Okafor",
        role="practitioner",
        team=team,
        password="not-used-in-bench-0",
    )
    person = Person.objects.create(
        first_name="Jenny",
        last_name="Adams",
        service="adults",
        case_record_id="MOS-1001",
        mobile="+447700900101",
        team=team,
    )
    Allocation.objects.create(practitioner=alice, person=person, starts_on=START.date() - timedelta(days=90))
    channel = Channel.objects.create(
        kind="whatsapp",
        name="Council WhatsApp",
        display_number="+442084960100",
        provider_id="100000000000001",
    )
    conversation = Conversation.objects.create(
        person=person, channel=channel, number=person.mobile, consent_state=ConsentState.GIVEN
    )
    rows = []
    if demo:
        rows.append(
            Message(
                conversation=conversation,
                direction="out",
                kind="consent_request",
                template_name="consent_request",
                template_language="en_GB",
                body="Hello, this is Alice Okafor from Adults East at the council. We would like to keep "
                "in touch with you on WhatsApp about appointments. Reply YES to agree or NO if you "
                "would rather we did not.",
                author=alice,
                status="read",
                policy_version="2026.1",
                created_at=START - timedelta(minutes=30),
                sent_at=START - timedelta(minutes=30),
                read_at=START - timedelta(minutes=27),
            )
        )
        rows.append(
            Message(
                conversation=conversation,
                direction="in",
                kind="button",
                body="YES",
                status="received",
                created_at=START - timedelta(minutes=26),
            )
        )
    for index in range(messages):
        direction, body = LINES[index % len(LINES)]
        at = START + timedelta(minutes=7 * index)
        outbound = direction == "out"
        rows.append(
            Message(
                conversation=conversation,
                direction=direction,
                body=body,
                author=alice if outbound else None,
                status="read" if outbound else "received",
                policy_version="2026.1" if outbound else "",
                created_at=at,
                sent_at=at if outbound else None,
                delivered_at=at + timedelta(seconds=30) if outbound else None,
                read_at=at + timedelta(minutes=2) if outbound else None,
            )
        )
    Message.objects.bulk_create(rows)
    if demo:
        ConsentEvent.objects.create(
            conversation=conversation,
            state=ConsentState.GIVEN,
            policy_version="2026.1",
            occurred_at=START - timedelta(minutes=26),
            reading="button",
        )
        from django.conf import settings

        from carecomms.crypto import write_encrypted_file

        photo = _demo_image()
        write_encrypted_file(Path(settings.MEDIA_ROOT) / "letter.png", photo)  # sealed, as the worker does
        at = START + timedelta(minutes=7 * messages + 3)
        picture = Message.objects.create(
            conversation=conversation,
            direction="in",
            kind="media",
            body="This came through the door, is it about Thursday?",
            status="received",
            created_at=at,
        )
        Attachment.objects.create(
            message=picture,
            mime_type="image/png",
            filename="IMG_2041.png",
            sha256=hashlib.sha256(photo).hexdigest(),
            size=len(photo),
            stored_path="letter.png",
            fetch_state="stored",
            detected_type="image/png",
        )
        pdf = Message.objects.create(
            conversation=conversation,
            direction="in",
            kind="media",
            body="",
            status="received",
            created_at=at + timedelta(minutes=1),
        )
        Attachment.objects.create(
            message=pdf,
            mime_type="application/pdf",
            filename="housing-benefit-letter.pdf",
            sha256="9f2c5d0b7e1a4c3b8d6e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c",
            size=48213,
        )
        Message.objects.create(
            conversation=conversation,
            direction="out",
            author=alice,
            status="delivered",
            body="Thanks Jenny, yes that's the appointment letter. See you Thursday at 10.",
            policy_version="2026.1",
            created_at=at + timedelta(minutes=6),
            sent_at=at + timedelta(minutes=6),
            delivered_at=at + timedelta(minutes=6, seconds=20),
        )
    return conversation


def bench(messages: int, documents: int) -> None:
    from carecomms.records import actions, transcripts
    from carecomms.records.models import CaseNote
    from carecomms.records.sinks import FolderSink

    # Figures are only comparable on a quiet machine: say how quiet it was.
    print("load average (1, 5, 15 min): " + ", ".join(f"{load:.2f}" for load in os.getloadavg()))
    conversation = setup_conversation(messages)
    message_list = list(
        conversation.messages.order_by("pk").select_related("author").prefetch_related("attachments")
    )
    # The worker renders many transcripts in one process: the first render in a process also loads
    # WeasyPrint's C bindings and fonts (reported separately), which later renders do not pay.
    cold_started = time.perf_counter()
    transcripts.render_pdf(transcripts.transcript_html(transcripts.transcript_from_models(
        conversation, message_list[:20], document_id="warm-up", scope="Warm-up", practitioner="Alice Okafor",
        consent_state="Consent given")), document_id="warm-up")
    cold_seconds = time.perf_counter() - cold_started
    print(f"first render in a fresh process (20 messages, loads WeasyPrint): {cold_seconds:.2f} s")
    started = time.perf_counter()
    transcript = transcripts.transcript_from_models(
        conversation,
        message_list,
        document_id="bench",
        scope="Whole conversation",
        practitioner="Alice Okafor",
        consent_state="Consent given",
    )
    html = transcripts.transcript_html(transcript)
    after_html = time.perf_counter()
    cpu = time.process_time()
    pdf = transcripts.render_pdf(html, document_id="bench")
    rendered = time.perf_counter()
    cpu = time.process_time() - cpu
    pages = len(transcripts.render_png_pages(pdf, scale=1.0))
    pngs = time.perf_counter()
    print(f"transcript: {messages} messages -> {len(pdf) / 1024:.0f} KiB PDF/A, {pages} pages")
    print(
        f"  build + HTML {after_html - started:.2f} s, PDF {rendered - after_html:.2f} s "
        f"(total {rendered - started:.2f} s wall, PDF {cpu:.2f} s CPU; target < 3 s), "
        f"PNG pages {pngs - rendered:.2f} s"
    )

    started = time.perf_counter()
    document = actions.do_export_conversation(conversation, full=True)
    print(
        f"  full export via the action (read, render, store, audit): {time.perf_counter() - started:.2f} s"
    )

    person = conversation.person
    CaseNote.objects.bulk_create(
        [
            CaseNote(
                person=person, kind="consent_given", title=f"Consent given #{n}", body="Read as: yes " * 20
            )
            for n in range(documents)
        ]
    )
    actions.do_export_case_notes(person)
    sink = FolderSink(WORK / "drop")
    pending = [
        document.pk,
        *actions.RecordDocument.objects.filter(kind="case_note").values_list("pk", flat=True),
    ]
    started = time.perf_counter()
    outcomes = [actions.deliver_document(pk, sink=sink) for pk in pending]
    elapsed = time.perf_counter() - started
    assert set(outcomes) == {"acknowledged"}, set(outcomes)
    print(
        f"drop-folder sink: {len(pending)} documents in {elapsed:.2f} s = "
        f"{len(pending) / elapsed:.0f} documents/s "
        "(claim, attempt row, atomic write + manifest with fsync, acknowledgement, audit)"
    )


def example(target: Path) -> None:
    from carecomms.records import actions, transcripts

    conversation = setup_conversation(3, demo=True)
    document = actions.do_export_conversation(conversation, full=True)
    first_page = transcripts.render_png_pages(bytes(document.content), scale=1.5)[0]
    target.write_bytes(first_page)
    print(f"wrote {target} ({len(first_page) / 1024:.0f} KiB) from document {document.document_id}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument(
        "--example", type=Path, help="write the demo transcript's first page as PNG here, then stop"
    )
    args = parser.parse_args()
    call_command("migrate", verbosity=0, skip_checks=True)
    if args.example:
        example(args.example)
    else:
        bench(args.messages, args.documents)


if __name__ == "__main__":
    main()
