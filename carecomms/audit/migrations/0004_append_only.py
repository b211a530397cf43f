"""The database itself refuses to change audit rows, whatever role the application connects as.

PostgreSQL: a trigger raises on UPDATE and DELETE of audit_auditentry (a REVOKE alone would not
bind a superuser, and the tests run as one). TRUNCATE is not covered, on purpose: it needs the
table owner's TRUNCATE privilege, which the application role should not hold, and the test
runner's flush between tests uses it.

SQLite (the embedded run): UPDATE is refused by a trigger; DELETE is not, because Django's flush
between tests deletes rows on SQLite. Deletion there shows up as a broken chain in
`carecomms audit verify` (the next entry's previous_hash no longer matches).
"""

from django.db import migrations

POSTGRESQL_FORWARD = """
CREATE OR REPLACE FUNCTION audit_auditentry_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only: % refused on audit_auditentry', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_auditentry_append_only
    BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_auditentry_refuse_change();
"""
POSTGRESQL_BACKWARD = """
DROP TRIGGER IF EXISTS audit_auditentry_append_only ON audit_auditentry;
DROP FUNCTION IF EXISTS audit_auditentry_refuse_change();
"""
SQLITE_FORWARD = """
CREATE TRIGGER audit_auditentry_no_update BEFORE UPDATE ON audit_auditentry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only: UPDATE refused on audit_auditentry');
END;
"""
SQLITE_BACKWARD = "DROP TRIGGER IF EXISTS audit_auditentry_no_update;"


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_FORWARD, params=None)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_FORWARD, params=None)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_BACKWARD, params=None)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_BACKWARD, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0003_breakglassgrant"),
    ]

    operations = [migrations.RunPython(forward, backward)]
