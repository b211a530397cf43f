from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "carecomms.records"
    verbose_name = "Case records"
