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
def test_sar_writes_a_zip(chat):
    path = _run("sar", "MOS-1001").strip()
    assert path.endswith(".zip")
    assert json.loads(zipfile.ZipFile(path).read("person.json"))["case_record_id"] == "MOS-1001"
