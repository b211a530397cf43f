from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "carecomms.audit"
    verbose_name = "Audit trail"

    def ready(self) -> None:
        # Who reaches the admin at all is the permission table's call, not the is_staff flag.
        from django.contrib import admin

        from carecomms.access import admin_site_has_permission

        admin.site.has_permission = admin_site_has_permission  # type: ignore[method-assign]
