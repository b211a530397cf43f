"""`carecomms records …` drives the same actions as the scheduler and the worker."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from carecomms.messaging.models import Message
from carecomms.people.models import Allocation


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("records", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_export_delivers_and_a_second_run_finds_nothing(chat, settings):
    assert "1 document(s) made" in _run("export")
    assert len(list(settings.RECORDS_DROP_DIR.glob("*.json"))) == 1
    assert "0 document(s) made" in _run("export")


@pytest.mark.django_db
def test_retention_dry_run_then_real_run(chat, jenny, settings):
    Allocation.objects.filter(person=jenny).update(ends_on=timezone.localdate() - timedelta(days=40))
    _run("export", "--full", "MOS-1001")
    dry = _run("retention", "--dry-run")
    assert "MOS-1001" in dry and "would remove 6 message bodies" in dry
    assert not Message.objects.filter(body="").exists()
    assert "removed 6 message bodies" in _run("retention")
    assert Message.objects.filter(body="").count() == 6


@pytest.mark.django_db
def test_sar_seals_the_export_and_writes_the_zip_only_where_asked(chat, settings, tmp_path):
    from carecomms.audit.models import AuditEntry
    from carecomms.records.models import SubjectAccessExport

    output = tmp_path / "for-the-officer.zip"
    printed = _run("sar", "MOS-1001", "--output", str(output))
    export = SubjectAccessExport.objects.get()
    assert export.state == SubjectAccessExport.State.READY and export.requested_by is None
    assert export.sha256 in printed and str(output) in printed
    sealed = settings.RECORDS_SAR_DIR / export.stored_name
    assert not zipfile.is_zipfile(sealed) and not list(settings.RECORDS_SAR_DIR.glob("*.zip"))
    assert json.loads(zipfile.ZipFile(output).read("person.json"))["case_record_id"] == "MOS-1001"
    assert output.stat().st_mode & 0o077 == 0  # the operator's alone
    export.refresh_from_db()
    assert export.download_count == 1
    entry = AuditEntry.objects.get(action="records:subject_access_downloaded")
    assert entry.actor_label == "carecomms records sar" and "--output" in entry.detail["via"]
    with pytest.raises(Exception, match="already exists"):
        _run("sar", "MOS-1001", "--output", str(output))  # never overwritten
