from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "carecomms.accounts"
    label = "accounts"
    verbose_name = "Sign-in"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from carecomms.accounts import checks, signals  # noqa: F401  (registers receivers and checks)
