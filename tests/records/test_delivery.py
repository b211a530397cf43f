"""Delivery to the case record: idempotent, retried until acknowledged, nothing exported before that."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from carecomms.records import actions
from carecomms.records.models import CaseNote, RecordDeliveryAttempt, RecordDocument
from carecomms.records.sinks import FolderSink, SinkError


@pytest.fixture
def consent_note(jenny, alice):
    return CaseNote.objects.create(
        person=jenny,
        kind=CaseNote.Kind.CONSENT_GIVEN,
        title="Consent given — Jenny Adams",
        body="Channel: WhatsApp +442084960100\nRead as: yes",
        author=alice,
        policy_version="2026.1",
    )


def _deliver_all(**kwargs) -> list[str]:
    return [
        actions.deliver_document(pk, **kwargs) for pk in RecordDocument.objects.values_list("pk", flat=True)
    ]


@pytest.mark.django_db
def test_drop_folder_gets_each_document_with_its_manifest_and_reexport_is_idempotent(
    chat, consent_note, settings
):
    result = actions.export_due()
    assert result.created == 2
    assert CaseNote.objects.get().exported_at is None  # nothing exported until the sink confirms

    assert sorted(_deliver_all()) == ["acknowledged", "acknowledged"]

    drop = settings.RECORDS_DROP_DIR
    manifests = sorted(drop.glob("*.json"))
    assert len(manifests) == 2
    by_type = {m["document_type"]: m for m in (json.loads(p.read_text()) for p in manifests)}
    transcript = by_type["transcript"]
    assert transcript["person_id"] == "MOS-1001"
    assert (drop / transcript["file"]).read_bytes()[:5] == b"%PDF-"
    document = RecordDocument.objects.get(kind="transcript")
    assert transcript["sha256"] == document.sha256 and transcript["document_id"] == str(document.document_id)
    assert by_type["case_note"]["document_id"] == str(consent_note.document_id)
    assert "Read as: yes" in (drop / by_type["case_note"]["file"]).read_text()
    assert not list(drop.glob(".partial-*"))
    assert CaseNote.objects.get().exported_at is not None

    # Running the export and the delivery again changes nothing: no new document, no second delivery.
    assert actions.export_due().created == 0
    assert _deliver_all() == ["skipped", "skipped"]
    assert actions.do_full_export(chat[0].conversation.person, reason="test").created == 1
    assert actions.do_full_export(chat[0].conversation.person, reason="test again").created == 1
    assert RecordDocument.objects.count() == 3
    assert RecordDeliveryAttempt.objects.count() == 2


@pytest.mark.django_db
def test_new_messages_after_a_confirmed_export_go_in_the_next_transcript_only(
    chat, consented_conversation, alice
):
    from carecomms.messaging.models import Message

    first = actions.do_export_conversation(consented_conversation, full=False)
    # While the first one waits for the sink, no overlapping transcript is made.
    Message.objects.create(
        conversation=consented_conversation,
        direction="in",
        body="One more thing",
        status=Message.Status.RECEIVED,
    )
    assert actions.do_export_conversation(consented_conversation, full=False) is None
    actions.deliver_document(first.pk)
    second = actions.do_export_conversation(consented_conversation, full=False)
    assert second.message_count == 1
    assert second.first_message_pk > first.last_message_pk


@pytest.mark.django_db
def test_folder_sink_keeps_one_copy_and_refuses_a_different_document_under_the_same_id(tmp_path):
    from carecomms.records.sinks import OutgoingDocument

    sink = FolderSink(tmp_path / "drop")
    doc = OutgoingDocument(
        document_id="d1",
        case_record_id="MOS-1",
        document_type="case_note",
        title="t",
        filename="n.txt",
        content_type="text/plain",
        content=b"a",
        sha256="x" * 64,
        created_at=timezone.now(),
    )
    assert sink.deliver(doc) == sink.deliver(doc)
    assert len(list((tmp_path / "drop").iterdir())) == 2
    with pytest.raises(SinkError) as refused:
        sink.deliver(OutgoingDocument(**{**doc.__dict__, "sha256": "y" * 64}))
    assert refused.value.permanent


def sign_in(client, user) -> None:
    """A session past the second factor (accounts require one)."""
    from carecomms.accounts.testing import login_with_mfa

    login_with_mfa(client, user)


class _Receiver(BaseHTTPRequestHandler):
    """A case record system that is down twice, then files each idempotency key once."""

    answers: list[int] = []
    keys: list[str] = []
    filed: dict[str, bytes] = {}

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        key = self.headers["Idempotency-Key"]
        type(self).keys.append(key)
        status = type(self).answers.pop(0) if type(self).answers else 201
        if status == 201:
            type(self).filed.setdefault(key, body)
        self.send_response(status)
        self.send_header("Location", f"/documents/{key}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver(settings) -> Iterator[type[_Receiver]]:
    handler = type("Receiver", (_Receiver,), {"answers": [], "keys": [], "filed": {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.RECORDS_SINK = "http"
    settings.RECORDS_HTTP_URL = f"http://127.0.0.1:{server.server_address[1]}/documents"
    settings.RECORDS_HTTP_TOKEN = "test-token"
    yield handler
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_http_sink_that_fails_twice_then_succeeds_ends_with_exactly_one_delivery(
    chat, consented_conversation, receiver
):
    receiver.answers = [503, 503]
    document = actions.do_export_conversation(consented_conversation, full=True)
    now = timezone.now()

    assert actions.deliver_document(document.pk, now=now) == "retry"
    document.refresh_from_db()
    assert document.state == RecordDocument.State.PENDING and document.acknowledged_at is None
    assert "503" in document.last_error
    assert actions.deliver_document(document.pk, now=now) == "skipped"  # not due yet: back-off
    now += timedelta(hours=1)
    assert actions.deliver_document(document.pk, now=now) == "retry"
    now += timedelta(hours=2)
    assert actions.deliver_document(document.pk, now=now) == "acknowledged"
    now += timedelta(hours=2)
    assert actions.deliver_document(document.pk, now=now) == "skipped"

    document.refresh_from_db()
    assert document.state == RecordDocument.State.ACKNOWLEDGED and document.attempts == 3
    assert receiver.keys == [str(document.document_id)] * 3
    assert list(receiver.filed) == [str(document.document_id)]
    assert [a.outcome for a in document.delivery_attempts.all()] == ["retry", "retry", "acknowledged"]
    assert bytes(document.content) in receiver.filed[str(document.document_id)]


@pytest.mark.django_db
def test_refused_document_is_shown_to_administrators_and_can_be_sent_again(
    chat, consented_conversation, receiver, client, alice, team
):
    from tests.conftest import make_user

    receiver.answers = [400]
    document = actions.do_export_conversation(consented_conversation, full=True)
    assert actions.deliver_document(document.pk) == "failed"

    sign_in(client, alice)
    assert client.get("/records/deliveries/").status_code == 403
    admin = make_user("ada", "administrator", team)
    sign_in(client, admin)
    page = client.get("/records/deliveries/")
    assert page.status_code == 200
    assert "MOS-1001" in page.content.decode() and "HTTP 400" in page.content.decode()

    with pytest.raises(PermissionDenied):
        actions.do_retry_delivery(document, alice)
    response = client.post(f"/records/deliveries/{document.pk}/retry/")
    assert response.status_code == 302
    assert actions.deliver_document(document.pk) == "acknowledged"
    assert "MOS-1001" not in client.get("/records/deliveries/").content.decode()
