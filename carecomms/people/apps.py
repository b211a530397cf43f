from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "carecomms.people"
    verbose_name = "People and teams"
