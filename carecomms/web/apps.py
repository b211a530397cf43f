from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "carecomms.web"
    verbose_name = "Web pages"
