from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "carecomms.guidance"
    verbose_name = "Guidance (policy document versions)"
