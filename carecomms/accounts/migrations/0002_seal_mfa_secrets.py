"""Seal TOTP keys and recovery-code seeds stored before sealing existed; create the shared cache table."""

from django.core.management import call_command
from django.db import migrations


def seal_existing(apps, schema_editor):
    from carecomms.accounts.mfa_secrets import reseal_authenticators

    Authenticator = apps.get_model("mfa", "Authenticator")
    reseal_authenticators(Authenticator.objects.using(schema_editor.connection.alias))


def create_cache_table(apps, schema_editor):
    """Rate limits, lockouts and used TOTP codes must be shared by every process (see settings.CACHES)."""
    alias = schema_editor.connection.alias
    call_command("createcachetable", database=alias, verbosity=0)  # any configured database cache
    call_command("createcachetable", "carecomms_cache", database=alias, verbosity=0)  # production's default


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [
        migrations.RunPython(seal_existing, migrations.RunPython.noop),
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
    ]
