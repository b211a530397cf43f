"""Subject access from the browser: Dee asks, the worker makes a sealed zip, Dee downloads it (audited),
retention deletes it after the keeping period, and key rotation re-seals it."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from carecomms.audit.models import AuditEntry
from carecomms.records.models import SubjectAccessExport
from carecomms.records.subject_access import (
    claim_export,
    do_request_subject_access_export,
    make_subject_access_export,
)
from tests.conftest import make_user, run_worker, sign_in
from tests.records.conftest import CHAT, PDF_LETTER, png_bytes

State = SubjectAccessExport.State


@pytest.fixture
def dee(team):
    return make_user("dee", "data_protection_officer", None)


def _pdf_text(pdf: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _open(export: SubjectAccessExport) -> zipfile.ZipFile:
    from carecomms.records.subject_access import do_download_subject_access_export

    return zipfile.ZipFile(io.BytesIO(do_download_subject_access_export(export, export.requested_by).content))


@pytest.mark.django_db(transaction=True)
def test_requested_in_the_browser_made_by_the_worker_sealed_at_rest(client, chat, jenny, dee, settings):
    sign_in(client, dee)
    response = client.post(reverse("records:request_export", args=[jenny.pk]), follow=True)
    assert "Subject access export requested" in response.content.decode()
    export = SubjectAccessExport.objects.get()
    assert export.state == State.PENDING and export.requested_by == dee
    assert "An export is being made" in response.content.decode()

    run_worker()
    export.refresh_from_db()
    assert export.state == State.READY, export.error
    assert export.attempts == 1 and export.summary["attachments"] == 2 and export.summary["transcripts"] == 1
    assert export.expires_at == export.finished_at + timedelta(days=settings.RECORDS_SAR_KEEP_DAYS)

    sealed = (settings.RECORDS_SAR_DIR / export.stored_name).read_bytes()
    assert export.stored_name.endswith(".sealed") and "MOS" not in export.stored_name
    assert not zipfile.is_zipfile(io.BytesIO(sealed)) and sealed.startswith(b"v1:")
    assert b"Thursday" not in sealed and b"%PDF" not in sealed and len(sealed) > export.size

    with _open(export) as archive:
        names = archive.namelist()
        photo = next(n for n in names if n.startswith("attachments/") and n.endswith("letter-photo.png"))
        letter = next(n for n in names if n.startswith("attachments/") and n.endswith("housing-letter.pdf"))
        assert archive.read(photo) == png_bytes() and archive.read(letter) == PDF_LETTER
        transcript = archive.read(next(n for n in names if n.startswith("transcripts/")))
        assert transcript.startswith(b"%PDF")
        assert "Hello Jenny" in _pdf_text(transcript) and CHAT[0][1].startswith("Hello Jenny")
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["files"][photo] and manifest["withheld"] == []
        audit = json.loads(archive.read("audit-trail.json"))
        assert any(entry["action"] == "records:subject_access_requested" for entry in audit)
        assert json.loads(archive.read("consent-history.json")) == []
    made = AuditEntry.objects.get(action="records:subject_access_export")
    assert made.actor == dee and made.person_id == jenny.pk and made.detail["sha256"] == export.sha256


@pytest.mark.django_db
def test_one_export_at_a_time_per_person(chat, jenny, dee):
    from django.core.exceptions import ValidationError

    do_request_subject_access_export(jenny, dee)
    with pytest.raises(ValidationError, match="already being made"):
        do_request_subject_access_export(jenny, dee)
    assert SubjectAccessExport.objects.count() == 1


@pytest.mark.django_db
def test_a_dead_worker_is_taken_over_then_given_up_with_a_readable_error(chat, jenny, dee, settings):
    settings.RECORDS_SAR_MAX_ATTEMPTS = 2
    export = do_request_subject_access_export(jenny, dee, enqueue=False)
    now = timezone.now()
    assert claim_export(export.pk, now) is not None  # the worker dies after claiming
    assert claim_export(export.pk, now + timedelta(seconds=10)) is None  # still fresh: not taken over
    stale = now + timedelta(seconds=settings.RECORDS_SAR_STALE_SECONDS + 1)
    assert claim_export(export.pk, stale) is not None  # taken over (attempt 2), and that worker dies too
    later = stale + timedelta(seconds=settings.RECORDS_SAR_STALE_SECONDS + 1)
    assert make_subject_access_export(export.pk, now=later) == "skipped"
    export.refresh_from_db()
    assert export.state == State.FAILED and export.attempts == 2
    assert "started 2 times and never finished" in export.error
    assert AuditEntry.objects.filter(action="records:subject_access_failed", person_id=jenny.pk).exists()


@pytest.mark.django_db
def test_a_failure_is_retried_then_recorded(chat, jenny, dee, settings, monkeypatch):
    from carecomms.records import subject_access

    settings.RECORDS_SAR_MAX_ATTEMPTS = 2

    def broken(*args, **kwargs):
        raise RuntimeError("the transcript renderer ran out of memory")

    monkeypatch.setattr(subject_access, "build_subject_access_zip", broken)
    export = do_request_subject_access_export(jenny, dee, enqueue=False)
    assert make_subject_access_export(export.pk) == "retry"
    export.refresh_from_db()
    assert export.state == State.PENDING and "ran out of memory" in export.error
    assert make_subject_access_export(export.pk) == "failed"
    export.refresh_from_db()
    assert export.state == State.FAILED and export.attempts == 2
    assert not list(settings.RECORDS_SAR_DIR.glob("*"))


@pytest.mark.django_db
def test_download_headers_count_and_audit(client, chat, jenny, dee):
    from carecomms.records.subject_access import do_subject_access_export

    export = do_subject_access_export(jenny, dee)
    sign_in(client, dee)
    url = reverse("records:download_export", args=[jenny.pk, export.pk])
    response = client.get(url, REMOTE_ADDR="192.0.2.10")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="subject-access-MOS-1001-')
    assert response["X-Content-Type-Options"] == "nosniff" and response["Cache-Control"] == "no-store"
    assert zipfile.is_zipfile(io.BytesIO(response.content))
    export.refresh_from_db()
    assert export.download_count == 1 and export.last_downloaded_at is not None
    entry = AuditEntry.objects.get(action="records:subject_access_downloaded")
    assert entry.actor == dee and entry.person_id == jenny.pk and entry.detail["sha256"] == export.sha256
    page = client.get(reverse("records:person", args=[jenny.pk])).content.decode()
    assert export.sha256 in page and "Ready to download" in page


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["practitioner", "team_manager", "administrator"])
def test_others_cannot_download(client, chat, jenny, dee, team, role):
    from carecomms.records.subject_access import do_subject_access_export

    export = do_subject_access_export(jenny, dee)
    sign_in(client, make_user(f"someone-{role}", role, team))
    response = client.get(reverse("records:download_export", args=[jenny.pk, export.pk]))
    assert response.status_code == 403 and not response.content.startswith(b"PK")
    export.refresh_from_db()
    assert export.download_count == 0


@pytest.mark.django_db
def test_expiry_dry_run_then_deletion_then_gone(client, chat, jenny, dee, settings):
    from carecomms.records.retention import do_apply_retention
    from carecomms.records.subject_access import do_subject_access_export

    export = do_subject_access_export(jenny, dee)
    path = settings.RECORDS_SAR_DIR / export.stored_name
    jenny.legal_hold = True  # a hold keeps the originals, not these copies
    jenny.save()
    later = export.expires_at + timedelta(seconds=1)
    plan = do_apply_retention(dry_run=True, now=later)
    assert [e.pk for e in plan.exports] == [export.pk] and path.exists()
    assert do_apply_retention(dry_run=True, now=export.expires_at - timedelta(hours=1)).exports == ()

    sign_in(client, dee)
    url = reverse("records:download_export", args=[jenny.pk, export.pk])
    applied = do_apply_retention(now=later)
    assert [e.pk for e in applied.exports] == [export.pk] and not path.exists()
    export.refresh_from_db()
    assert export.state == State.DELETED and export.deleted_at == later and len(export.sha256) == 64
    assert AuditEntry.objects.filter(action="records:subject_access_deleted", person_id=jenny.pk).exists()
    gone = client.get(url)
    assert gone.status_code == 410 and "has been deleted" in gone.content.decode()
    assert AuditEntry.objects.filter(action="records:subject_access_download_refused").exists()


@pytest.mark.django_db
def test_cli_retention_lists_and_deletes_exports_and_old_plaintext_zips(chat, jenny, settings):
    from django.core.management import call_command

    from carecomms.records.subject_access import do_subject_access_export

    export = do_subject_access_export(jenny, None)
    SubjectAccessExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    legacy = settings.RECORDS_SAR_DIR / "subject-access-MOS-1001-20260101-100000.zip"
    legacy.write_bytes(b"PK plaintext from before")

    def run(*args: str) -> str:
        out = io.StringIO()
        call_command("records", "retention", *args, stdout=out, stderr=io.StringIO())
        return out.getvalue()

    dry = run("--dry-run")
    assert f"subject access export {export.pk}" in dry and "would delete" in dry and legacy.name in dry
    assert legacy.exists() and (settings.RECORDS_SAR_DIR / export.stored_name).exists()
    assert "2 subject access export file(s)" in run()
    assert not legacy.exists() and not (settings.RECORDS_SAR_DIR / export.stored_name).exists()


@pytest.mark.django_db
def test_rotate_keys_reseals_export_files(chat, jenny, dee, settings):
    import base64

    from django.core.management import call_command

    from carecomms.crypto import development_key, generate_key_spec, token_key_id
    from carecomms.records.subject_access import do_subject_access_export

    dev = f"dev:{base64.b64encode(development_key(settings.SECRET_KEY)).decode()}"  # the fixtures' key
    settings.ENCRYPTION_KEYS = f"{generate_key_spec('old')},{dev}"
    export = do_subject_access_export(jenny, dee)
    path = settings.RECORDS_SAR_DIR / export.stored_name
    assert token_key_id(path.read_bytes()) == "old"
    settings.ENCRYPTION_KEYS = f"{generate_key_spec('new')},{settings.ENCRYPTION_KEYS}"
    out = io.StringIO()
    call_command("rotate_keys", stdout=out)
    assert "subject access files: 1 re-sealed" in out.getvalue()
    assert token_key_id(path.read_bytes()) == "new"
    settings.ENCRYPTION_KEYS = settings.ENCRYPTION_KEYS.split(",")[0]  # the old keys are gone
    with _open(export) as archive:
        assert json.loads(archive.read("person.json"))["case_record_id"] == "MOS-1001"
