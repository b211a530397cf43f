from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "carecomms.audit"
    verbose_name = "Audit trail"
