"""Message bodies, case notes, transcripts and attachment files are unreadable at rest (issue 9)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from carecomms import crypto
from carecomms.messaging.models import Attachment, InboundWebhook, Message
from carecomms.records.models import CaseNote

BODY = "Meet at the Rosewood family centre, door code 4471, ask for Marcus"
FILE_TEXT = b"%PDF-1.7 attachment marker: Hollybush Lane safe house plan"
CONTROL = "plain-control-marker-93b1"  # stored in an unencrypted column: proves the search can succeed

OLD_SPEC = crypto.generate_key_spec("k2025")
NEW_SPEC = crypto.generate_key_spec("k2026")


def raw_column(table: str, column: str, pk: int) -> bytes | str:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT "{column}" FROM "{table}" WHERE id = %s', [pk])
        value = cursor.fetchone()[0]
    return bytes(value) if isinstance(value, memoryview) else value


def test_tokens_round_trip_and_name_their_key(settings):
    settings.ENCRYPTION_KEYS = f"{NEW_SPEC},{OLD_SPEC}"
    token = crypto.encrypt_bytes(b"\x00binary\xff")
    assert token.startswith(b"v1:k2026:")
    assert crypto.decrypt_bytes(token) == b"\x00binary\xff"
    assert crypto.decrypt_text(crypto.encrypt_text("héllo 👋")) == "héllo 👋"
    assert crypto.encrypt_bytes(b"same") != crypto.encrypt_bytes(b"same")  # fresh nonce every time


def test_tampered_or_unknown_key_tokens_are_refused(settings):
    settings.ENCRYPTION_KEYS = OLD_SPEC
    token = crypto.encrypt_bytes(b"secret").decode()
    version, key_id, nonce, sealed = token.split(":")
    flipped = sealed[:-2] + ("A" if sealed[-2] != "A" else "B") + sealed[-1]
    with pytest.raises(crypto.EncryptionError, match="authentication"):
        crypto.decrypt_bytes(":".join([version, key_id, nonce, flipped]).encode())
    settings.ENCRYPTION_KEYS = NEW_SPEC
    with pytest.raises(crypto.EncryptionError, match="k2025"):
        crypto.decrypt_bytes(token.encode())


def test_key_specifications_are_checked():
    with pytest.raises(crypto.EncryptionError, match="32 bytes"):
        crypto.parse_keys("short:c2hvcnQ=")
    with pytest.raises(crypto.EncryptionError, match="twice"):
        crypto.parse_keys(f"{OLD_SPEC},{OLD_SPEC}")
    with pytest.raises(crypto.EncryptionError, match="production"):
        crypto._keyring_for("", True, "whatever")


@pytest.mark.django_db
def test_orm_reads_plaintext_but_the_column_holds_a_token(consented_conversation, alice):
    message = Message.objects.create(conversation=consented_conversation, direction="out", body=BODY,
                                     author=alice, status=Message.Status.QUEUED)
    stored = raw_column("messaging_message", "body", message.pk)
    assert isinstance(stored, str) and stored.startswith("v1:") and "Rosewood" not in stored
    assert Message.objects.get(pk=message.pk).body == BODY
    assert Message.objects.values_list("body", flat=True).get(pk=message.pk) == BODY
    webhook = InboundWebhook.objects.create(body=BODY.encode(), sha256="0" * 64)
    assert raw_column("messaging_inboundwebhook", "body", webhook.pk).startswith(b"v1:")
    assert bytes(InboundWebhook.objects.get(pk=webhook.pk).body) == BODY.encode()


def _files_under(*roots: Path) -> list[Path]:
    return [path for root in roots if root.exists() for path in root.rglob("*") if path.is_file()]


def _attachment_arrives(simulator, conversation) -> Attachment:
    """The person sends FILE_TEXT as a PDF from the simulated phone; the worker fetches and stores it."""
    import httpx

    from tests.conftest import run_worker, wait_for

    httpx.post(f"{simulator.url}/_control/inbound", timeout=10, json={
        "from": conversation.number,
        "media": {"data": FILE_TEXT.decode(), "mime_type": "application/pdf", "filename": "Hollybush.pdf",
                  "caption": BODY},
    }).raise_for_status()
    attachment = wait_for(lambda: Attachment.objects.first())
    run_worker()
    attachment.refresh_from_db()
    assert attachment.held and not attachment.quarantined
    assert "Hollybush" not in attachment.stored_path  # a random name, not the sender's
    return attachment


@pytest.mark.django_db(transaction=True)
def test_known_body_and_attachment_are_not_in_the_raw_database_or_files(
    consented_conversation, alice, jenny, simulator, settings, tmp_path
):
    if connection.vendor != "sqlite":
        pytest.skip("the raw-file search is for SQLite; PostgreSQL is checked with pg_dump below")
    settings.MEDIA_ROOT = tmp_path / "attachments"
    stored_path = _attachment_arrives(simulator, consented_conversation).stored_path
    Message.objects.create(conversation=consented_conversation, direction="in", body=BODY,
                           status=Message.Status.RECEIVED, failure_reason=CONTROL)
    CaseNote.objects.create(person=jenny, kind=CaseNote.Kind.SAFEGUARDING, title="note", body=BODY)
    database = Path(connection.settings_dict["NAME"])
    raw = b"".join(path.read_bytes() for path in (database, Path(f"{database}-wal")) if path.exists())
    assert CONTROL.encode() in raw, "the search must be able to find unencrypted text"
    assert BODY.encode() not in raw and b"Rosewood" not in raw
    assert b"Hollybush" not in raw  # the file name is sealed too
    files = _files_under(Path(settings.MEDIA_ROOT))
    assert files and all(FILE_TEXT not in path.read_bytes() and b"Hollybush" not in path.read_bytes()
                         for path in files)
    assert crypto.read_encrypted_file(Path(settings.MEDIA_ROOT) / stored_path) == FILE_TEXT


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_known_body_and_attachment_are_not_in_a_postgresql_dump_or_files(
    consented_conversation, simulator, settings, tmp_path
):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    settings.MEDIA_ROOT = tmp_path / "attachments"
    stored_path = _attachment_arrives(simulator, consented_conversation).stored_path
    Message.objects.create(conversation=consented_conversation, direction="in", body=BODY,
                           status=Message.Status.RECEIVED, failure_reason=CONTROL)
    params = connection.get_connection_params()
    env = {**os.environ, "PGPASSWORD": str(params.get("password") or "")}
    command = ["pg_dump", "--data-only", "-h", str(params.get("host") or "localhost"),
               "-p", str(params.get("port") or 5432), "-U", str(params.get("user") or ""), params["dbname"]]
    dump = subprocess.run(command, env=env, capture_output=True, check=True).stdout
    assert CONTROL.encode() in dump
    assert BODY.encode() not in dump
    assert FILE_TEXT not in dump and b"Hollybush" not in dump
    files = _files_under(Path(settings.MEDIA_ROOT))
    assert files and all(FILE_TEXT not in path.read_bytes() for path in files)
    assert crypto.read_encrypted_file(Path(settings.MEDIA_ROOT) / stored_path) == FILE_TEXT


@pytest.mark.django_db
def test_rotate_keys_reseals_everything_and_old_keys_can_then_go(
    settings, consented_conversation, jenny, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    settings.ENCRYPTION_KEYS = OLD_SPEC
    message = Message.objects.create(conversation=consented_conversation, direction="in", body=BODY,
                                     status=Message.Status.RECEIVED)
    note = CaseNote.objects.create(person=jenny, kind=CaseNote.Kind.SAFEGUARDING, title="note", body=BODY)
    crypto.write_encrypted_file(tmp_path / "a.pdf", FILE_TEXT)
    Attachment.objects.create(message=message, mime_type="application/pdf", stored_path="a.pdf")
    assert crypto.token_key_id(raw_column("messaging_message", "body", message.pk)) == "k2025"

    settings.ENCRYPTION_KEYS = f"{NEW_SPEC},{OLD_SPEC}"
    assert Message.objects.get(pk=message.pk).body == BODY  # old key still readable before rotation
    call_command("rotate_keys", stdout=open(os.devnull, "w"))
    assert crypto.token_key_id(raw_column("messaging_message", "body", message.pk)) == "k2026"
    assert crypto.token_key_id(raw_column("records_casenote", "body", note.pk)) == "k2026"
    assert crypto.token_key_id((tmp_path / "a.pdf").read_bytes()) == "k2026"

    settings.ENCRYPTION_KEYS = NEW_SPEC  # the old key is retired
    assert Message.objects.get(pk=message.pk).body == BODY
    assert CaseNote.objects.get(pk=note.pk).body == BODY
    assert crypto.read_encrypted_file(tmp_path / "a.pdf") == FILE_TEXT
