"""Start-up checks: group mappings must name real roles, Entra settings must be complete or absent."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register


@register()
def check_entra_settings(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    from carecomms.people.models import Role

    errors = [
        Error(f"ENTRA_GROUP_ROLES maps group {group!r} to unknown role {role!r}", id="accounts.E001")
        for group, role in settings.ENTRA_GROUP_ROLES.items() if role not in Role.values
    ]
    configured = [bool(settings.ENTRA_TENANT_ID), bool(settings.ENTRA_CLIENT_ID),
                  bool(settings.ENTRA_CLIENT_SECRET)]
    if any(configured) and not all(configured):
        errors.append(Error("Set all of ENTRA_TENANT_ID, ENTRA_CLIENT_ID and ENTRA_CLIENT_SECRET, or none",
                            id="accounts.E002"))
    return errors
