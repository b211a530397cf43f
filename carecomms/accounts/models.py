"""Per-user sign-in epoch: bumping it ends every session the user has, wherever it is."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class SignInEpoch(models.Model):
    """A session remembers the epoch it began in; a session from an older epoch is signed out."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, primary_key=True, on_delete=models.CASCADE,
                                related_name="sign_in_epoch")
    epoch = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.user_id}@{self.epoch}"
