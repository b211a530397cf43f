"""Retention after the work ends (G8), legal hold, subject access, and the full export at allocation end."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, timedelta

import pytest

from carecomms.audit.models import AuditEntry
from carecomms.messaging.models import Attachment, Message
from carecomms.people.models import Allocation
from carecomms.records import actions
from carecomms.records.models import RecordDocument
from carecomms.records.retention import do_apply_retention, plan_retention
from carecomms.records.subject_access import do_subject_access_export
from tests.records.conftest import CHAT

TODAY = date(2027, 3, 1)


@pytest.fixture
def ended_and_exported(chat, jenny, consented_conversation, settings):
    """Alice's work with Jenny ended 60 days ago and the case record confirmed the full transcript."""
    settings.RECORDS_RETENTION_DAYS = 30
    Allocation.objects.filter(person=jenny).update(ends_on=TODAY - timedelta(days=60))
    document = actions.do_full_export(jenny, reason="allocation ended").documents[0]
    assert actions.deliver_document(document.pk) == "acknowledged"
    return document


@pytest.mark.django_db
def test_dry_run_lists_what_would_go_and_changes_nothing(ended_and_exported, settings):
    plan = do_apply_retention(TODAY, dry_run=True)
    assert plan.message_count == len(CHAT) and plan.attachment_count == 2
    assert Message.objects.filter(body="").count() == 0
    assert (settings.MEDIA_ROOT / "photo.png").exists()
    assert not AuditEntry.objects.filter(action="retention:removed").exists()


@pytest.mark.django_db
def test_retention_removes_bodies_and_files_keeps_metadata_and_audits(ended_and_exported, settings):
    applied = do_apply_retention(TODAY)
    assert applied.message_count == len(CHAT)
    for message in Message.objects.all():
        assert message.body == "" and message.body_removed_at is not None
        assert message.status and message.created_at  # metadata kept
    assert not (settings.MEDIA_ROOT / "photo.png").exists()
    assert all(a.stored_path == "" and len(a.sha256) == 64 for a in Attachment.objects.all())
    document = RecordDocument.objects.get(pk=ended_and_exported.pk)
    assert document.content is None and len(document.sha256) == 64
    entry = AuditEntry.objects.get(action="retention:removed")
    assert entry.detail["messages"] == len(CHAT)
    assert plan_retention(TODAY).due == ()  # nothing left to remove


@pytest.mark.django_db
def test_legal_hold_blocks_retention(ended_and_exported, jenny):
    jenny.legal_hold = True
    jenny.save()
    plan = do_apply_retention(TODAY)
    assert plan.due == () and plan.held == ("MOS-1001",)
    assert not Message.objects.filter(body="").exists()
    assert not AuditEntry.objects.filter(action="retention:removed").exists()


@pytest.mark.django_db
def test_nothing_is_removed_before_the_period_or_without_a_confirmed_export(
    chat, jenny, consented_conversation
):
    Allocation.objects.filter(person=jenny).update(ends_on=TODAY - timedelta(days=10))
    actions.do_full_export(jenny, reason="allocation ended")
    assert plan_retention(TODAY).due == ()  # too soon
    assert plan_retention(TODAY + timedelta(days=60)).due == ()  # export not confirmed yet


@pytest.mark.django_db
def test_subject_access_zip_holds_everything_and_is_audited(chat, jenny, alice, team):
    from carecomms.records.models import CaseNote, SubjectAccessExport
    from carecomms.records.subject_access import do_download_subject_access_export
    from tests.conftest import make_user

    CaseNote.objects.create(
        person=jenny, kind=CaseNote.Kind.CONSENT_GIVEN, title="Consent given", body="Read as: yes"
    )
    dpo = make_user("dee", "data_protection_officer", team)
    export = do_subject_access_export(jenny, dpo)
    assert export.state == SubjectAccessExport.State.READY

    with zipfile.ZipFile(io.BytesIO(do_download_subject_access_export(export, dpo).content)) as archive:
        names = set(archive.namelist())
        assert {"consent-history.json", "messages.json", "person.json", "manifest.json",
                "audit-trail.json"} <= names
        assert any(n.startswith("transcripts/") and n.endswith(".pdf") for n in names)
        assert any(n.startswith("case-notes/") for n in names)
        messages = json.loads(archive.read("messages.json"))
        assert len(messages) == len(CHAT)
        assert json.loads(archive.read("person.json"))["case_record_id"] == "MOS-1001"
    entry = AuditEntry.objects.get(action="records:subject_access_export")
    assert entry.actor == dpo and entry.person_id == jenny.pk and entry.detail["sha256"] == export.sha256

    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        do_subject_access_export(jenny, alice)


@pytest.mark.django_db(transaction=True)
def test_ending_an_allocation_triggers_a_full_export(chat, jenny, bob, settings):
    from carecomms.people.actions import do_end_allocation
    from tests.conftest import run_worker

    allocation = Allocation.objects.get(person=jenny)
    do_end_allocation(allocation, TODAY, bob)
    run_worker()  # the full export, then its delivery

    allocation.refresh_from_db()
    assert allocation.ends_on == TODAY
    document = RecordDocument.objects.get(kind=RecordDocument.Kind.FULL_TRANSCRIPT)
    assert document.message_count == len(CHAT)
    run_worker()
    document.refresh_from_db()
    assert document.state == RecordDocument.State.ACKNOWLEDGED
    manifest = json.loads((settings.RECORDS_DROP_DIR / f"{document.document_id}.json").read_text())
    assert manifest["document_type"] == "full_transcript" and manifest["person_id"] == "MOS-1001"
    assert AuditEntry.objects.filter(action="allocation:ended").exists()
    assert AuditEntry.objects.filter(action="records:full_export").exists()


@pytest.mark.django_db
def test_only_the_team_manager_or_an_administrator_ends_an_allocation(jenny, alice):
    from django.core.exceptions import PermissionDenied

    from carecomms.people.actions import do_end_allocation

    with pytest.raises(PermissionDenied):
        do_end_allocation(Allocation.objects.get(person=jenny), TODAY, alice)
