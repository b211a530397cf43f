"""Production settings: `check --deploy` is clean, and the app will not start without real secrets.

Each case starts a fresh Python process, because settings are read once, at import.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "CARECOMMS_ENV": "production",
    "SECRET_KEY": "k" * 20 + "production-test-secret-not-the-default-value-0123456789",
    "ALLOWED_HOSTS": "carecomms.council.example",
    "CSRF_TRUSTED_ORIGINS": "https://carecomms.council.example",
    "WHATSAPP_API_BASE_URL": "https://graph.facebook.com",
    "WHATSAPP_PHONE_NUMBER_ID": "100000000000001",
    "WHATSAPP_ACCESS_TOKEN": "production-access-token",
    "WHATSAPP_APP_SECRET": "production-app-secret",
    "WHATSAPP_VERIFY_TOKEN": "production-verify-token",
    "ENTRA_TENANT_ID": "11111111-2222-3333-4444-555555555555",
    "ENTRA_CLIENT_ID": "carecomms",
    "ENTRA_CLIENT_SECRET": "entra-client-secret",
    "EMERGENCY_DUTY_TEAM_EMAIL": "edt@council.example",
    "PUBLIC_BASE_URL": "https://carecomms.council.example",
    "CARECOMMS_ENCRYPTION_KEYS": "k1:" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode(),
    "METRICS_TOKEN": "production-metrics-token",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    inherited = ("CARECOMMS_", "SECRET_KEY", "WHATSAPP_", "ENTRA_", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")
    base = {key: value for key, value in os.environ.items() if not key.startswith(inherited)}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env={**base, **env},
                          capture_output=True, text=True, timeout=120)


def production_secret_env(**changes: str | None) -> dict[str, str]:
    env = {**PRODUCTION_ENV, **{k: v for k, v in changes.items() if v is not None}}
    for key, value in changes.items():
        if value is None:
            env.pop(key)
    return env


def test_check_deploy_is_clean_under_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_debug_cannot_be_switched_on_in_production():
    result = run_manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)",
                        env={**PRODUCTION_ENV, "DEBUG": "true"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("name, value", [
    ("SECRET_KEY", None),
    ("SECRET_KEY", "embedded-development-only-not-a-secret"),
    ("SECRET_KEY", "too-short"),
    ("WHATSAPP_APP_SECRET", None),
    ("WHATSAPP_ACCESS_TOKEN", None),
    ("CARECOMMS_ENCRYPTION_KEYS", None),
])
def test_refuses_to_start_with_a_missing_or_default_secret(name, value):
    env = production_secret_env(**{name: value})
    if value is None:
        env.pop(name, None)
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "ConfigurationError" in result.stderr and name in result.stderr


def test_half_configured_entra_is_refused():
    result = run_manage("check", env=production_secret_env(ENTRA_CLIENT_SECRET=None))
    assert result.returncode != 0 and "accounts.E002" in result.stderr


def test_a_per_process_cache_is_refused_because_lockouts_must_hold_across_processes():
    result = run_manage("check", env=production_secret_env(
        CACHE_BACKEND="django.core.cache.backends.locmem.LocMemCache"))
    assert result.returncode != 0
    assert "ConfigurationError" in result.stderr and "CACHE_BACKEND" in result.stderr


def test_production_shares_the_cache_through_the_database_by_default():
    result = run_manage("shell", "-c", "from django.conf import settings; print(settings.CACHES['default'])",
                        env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "DatabaseCache" in result.stdout and "carecomms_cache" in result.stdout
