from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "carecomms.messaging"
    verbose_name = "Messaging"
