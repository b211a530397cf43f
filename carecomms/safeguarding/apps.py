from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "carecomms.safeguarding"
    verbose_name = "Safeguarding"
