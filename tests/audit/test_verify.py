"""`carecomms audit verify` proves the trail whole, or names the first entry that is not (issue 9)."""

from __future__ import annotations

import io
from importlib import import_module

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from carecomms.audit.actions import do_audit
from carecomms.audit.models import AuditEntry

pytestmark = pytest.mark.django_db
APPEND_ONLY_MIGRATION = import_module("carecomms.audit.migrations.0004_append_only")


def verify() -> str:
    out = io.StringIO()
    call_command("audit", "verify", stdout=out)
    return out.getvalue()


@pytest.fixture
def trail(alice, jenny) -> list[AuditEntry]:
    return [
        do_audit("person:viewed", actor=alice, target=jenny, person_id=jenny.pk),
        do_audit("conversation:viewed", actor=alice, person_id=jenny.pk, detail={"ünïcode": ["é", 1, None]}),
        do_audit("breakglass:opened", actor=alice, reason="Police called about a welfare concern"),
        do_audit("message:sent", actor=alice, detail={"nested": {"b": 2, "a": 1}}),
        do_audit("job:retention", detail={"removed": 0}),
    ]


def test_verify_passes_over_a_real_trail(trail):
    assert verify().strip() == f"Audit chain intact: {len(trail)} entries verified."


def _without_update_trigger(sql: str, params: list[object]) -> None:
    """Alter a row behind the application's back, as someone with file or superuser access could."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER audit_auditentry_no_update")
        else:
            # Deferred foreign-key checks from this test's inserts would block ALTER TABLE: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_append_only")
        cursor.execute(sql, params)
        if connection.vendor == "sqlite":
            cursor.execute(APPEND_ONLY_MIGRATION.SQLITE_FORWARD)
        else:
            cursor.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_append_only")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def test_altering_one_row_makes_verify_fail_naming_that_row(trail):
    altered = trail[2]
    _without_update_trigger("UPDATE audit_auditentry SET reason = %s WHERE id = %s",
                            ["nothing to see", altered.pk])
    with pytest.raises(CommandError) as failure:
        verify()
    assert failure.value.returncode == 1
    message = str(failure.value)
    assert f"entry {altered.pk} (breakglass:opened at {altered.occurred_at.isoformat()})" in message
    assert "altered" in message


def test_a_rewritten_hash_still_breaks_the_next_link(trail):
    from carecomms.audit.chain import entry_digest, hashed_fields

    forged = trail[1]
    forged.reason = "rewritten"
    new_hash = entry_digest(forged.previous_hash, hashed_fields(forged))
    _without_update_trigger("UPDATE audit_auditentry SET reason = %s, entry_hash = %s WHERE id = %s",
                            ["rewritten", new_hash, forged.pk])
    with pytest.raises(CommandError, match=f"entry {trail[2].pk} \\(breakglass:opened"):
        verify()


def test_deleting_an_entry_is_detected(trail):
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL refuses the DELETE itself (tested below)")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [trail[1].pk])
    with pytest.raises(CommandError, match=f"entry {trail[2].pk} .*removed"):
        verify()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [trail[-1].pk])
    with pytest.raises(CommandError):
        verify()


def test_removing_the_newest_entries_is_detected(trail):
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL refuses the DELETE itself (tested below)")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [trail[-1].pk])
    with pytest.raises(CommandError, match="missing"):
        verify()


def test_the_database_refuses_to_update_audit_rows(trail):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=trail[0].pk).update(reason="changed")
    assert AuditEntry.objects.get(pk=trail[0].pk).reason == ""


@pytest.mark.postgres
def test_postgresql_refuses_update_and_delete_even_for_a_superuser(trail):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    for sql in ("UPDATE audit_auditentry SET reason = 'x' WHERE id = %s",
                "DELETE FROM audit_auditentry WHERE id = %s"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql, [trail[0].pk])
    assert AuditEntry.objects.count() == len(trail)
    verify()
