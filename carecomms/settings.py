"""CareComms settings: everything from the environment, safe defaults for the embedded run.

`CARECOMMS_ENV=production` switches every default to its strict form and refuses to start with a
missing or default secret (issue 9). The embedded default is SQLite in `var/`, DEBUG off unless asked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import dj_database_url

from carecomms.conf.env import ConfigurationError, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(env_str("CARECOMMS_VAR_DIR", str(PROJECT_DIR / "var")))

ENVIRONMENT = env_str("CARECOMMS_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"
EMBEDDED_SECRET_KEY = "embedded-development-only-not-a-secret"

SECRET_KEY = env_str("SECRET_KEY", "" if PRODUCTION else EMBEDDED_SECRET_KEY)
if PRODUCTION and (not SECRET_KEY or SECRET_KEY == EMBEDDED_SECRET_KEY or len(SECRET_KEY) < 50):
    raise ConfigurationError("SECRET_KEY must be set to a long random value in production")

DEBUG = env_bool("DEBUG", False) and not PRODUCTION
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",  # allauth's security-key list uses it
    "django_tasks",
    "django_tasks_db",
    "carecomms.accounts",  # before allauth, so its GOV.UK templates override allauth's
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "carecomms.people",
    "carecomms.guidance",
    "carecomms.messaging",
    "carecomms.records",
    "carecomms.audit",
    "carecomms.safeguarding",
    "carecomms.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "carecomms.accounts.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "carecomms.web.middleware.RequestContextMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "carecomms.accounts.middleware.SessionGuardMiddleware",
    "carecomms.access.PermissionTableMiddleware",  # the permission table, for every page
]

ROOT_URLCONF = "carecomms.urls"
WSGI_APPLICATION = "carecomms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "carecomms.web.context_processors.service",
            ],
        },
    },
]

VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'carecomms.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + a busy timeout let the web process and the worker share the embedded database.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not :memory:, so the live server, the worker and test threads share one test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "people.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "web:caseload"
LOGOUT_REDIRECT_URL = "login"
# The permission table (carecomms.access) answers every Django permission check, first.
AUTHENTICATION_BACKENDS = [
    "carecomms.access.PermissionTableBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]


def _env_json_map(name: str) -> dict[str, str]:
    raw = env_str(name, "{}") or "{}"
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be a JSON object of group id -> value") from exc
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigurationError(f"{name} must be a JSON object of group id -> value")
    return {str(k): v for k, v in value.items()}


# --- sign-in (django-allauth): local accounts need a second factor; Entra ID users do not (issue 9) ---
ACCOUNT_ADAPTER = "carecomms.accounts.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "carecomms.accounts.adapters.SocialAccountAdapter"
MFA_ADAPTER = "carecomms.accounts.adapters.MFAAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "password1*", "password2*"]  # sign-up itself is closed
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_UNIQUE_EMAIL = False  # e-mail is not an identity here
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_EMAIL_NOTIFICATIONS = False
SIGN_IN_ATTEMPTS = env_int("SIGN_IN_ATTEMPTS", 5)
SIGN_IN_LOCKOUT_SECONDS = env_int("SIGN_IN_LOCKOUT_SECONDS", 15 * 60)
ACCOUNT_RATE_LIMITS = {
    "login_failed": f"20/m/ip,{SIGN_IN_ATTEMPTS}/{SIGN_IN_LOCKOUT_SECONDS}s/key",
    "reset_password": "20/m/ip,3/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]  # a security key is welcome beside TOTP
# Origins are always verified: browsers and fido2 accept http://localhost (the embedded run), else HTTPS.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = False
MFA_TOTP_ISSUER = "CareComms"
MFA_TOTP_PERIOD = 30
MFA_TOTP_TOLERANCE = 1
MFA_PASSKEY_LOGIN_ENABLED = False
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_LOGIN_ON_GET = False
SOCIALACCOUNT_STORE_TOKENS = False

ENTRA_TENANT_ID = env_str("ENTRA_TENANT_ID")
ENTRA_CLIENT_ID = env_str("ENTRA_CLIENT_ID")
ENTRA_CLIENT_SECRET = env_str("ENTRA_CLIENT_SECRET")
OIDC_SERVER_URL = env_str(
    "OIDC_SERVER_URL", f"https://login.microsoftonline.com/{ENTRA_TENANT_ID}/v2.0" if ENTRA_TENANT_ID else ""
)
ENTRA_GROUP_ROLES = _env_json_map("ENTRA_GROUP_ROLES")  # group object id -> people.Role value
ENTRA_GROUP_TEAMS = _env_json_map("ENTRA_GROUP_TEAMS")  # group object id -> Team name


def entra_app(server_url: str, client_id: str, secret: str) -> dict[str, object]:
    """allauth's `openid_connect` app for Entra; `carecomms.accounts.entra` adds nonce and tid+oid."""
    return {
        "provider_id": "entra",
        "name": "Microsoft Entra ID",
        "client_id": client_id,
        "secret": secret,
        "settings": {
            "server_url": server_url,
            "token_auth_method": "client_secret_post",
            "fetch_userinfo": False,  # the ID token carries tid, oid and groups; userinfo does not
            "oauth_pkce_enabled": True,
        },
    }


SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [entra_app(OIDC_SERVER_URL, ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET)] if ENTRA_CLIENT_ID else [],
    }
}
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
# Attachments live outside the web root and are served only through an authorised view.
MEDIA_ROOT = Path(env_str("CARECOMMS_MEDIA_DIR", str(VAR_DIR / "attachments")))
# Fetching what people send (messaging.attachments): the largest file kept, and the retry back-off.
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 16 * 1024 * 1024)
ATTACHMENT_FETCH_MAX_ATTEMPTS = env_int("ATTACHMENT_FETCH_MAX_ATTEMPTS", 6)
ATTACHMENT_FETCH_BACKOFF_BASE_SECONDS = env_int("ATTACHMENT_FETCH_BACKOFF_BASE_SECONDS", 10)
ATTACHMENT_FETCH_BACKOFF_MAX_SECONDS = env_int("ATTACHMENT_FETCH_BACKOFF_MAX_SECONDS", 1800)
ATTACHMENT_FETCH_STALE_SECONDS = env_int("ATTACHMENT_FETCH_STALE_SECONDS", 300)

TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default", "outbox"],
    }
}

# --- WhatsApp Cloud API (Meta) or the simulator, which speaks the same wire format ---
SIMULATOR_PORT = env_int("SIMULATOR_PORT", 8001)
WHATSAPP_API_BASE_URL = env_str(
    "WHATSAPP_API_BASE_URL", "" if PRODUCTION else f"http://127.0.0.1:{SIMULATOR_PORT}"
)
WHATSAPP_API_VERSION = env_str("WHATSAPP_API_VERSION", "v21.0")
WHATSAPP_PHONE_NUMBER_ID = env_str("WHATSAPP_PHONE_NUMBER_ID", "" if PRODUCTION else "100000000000001")
WHATSAPP_DISPLAY_PHONE_NUMBER = env_str("WHATSAPP_DISPLAY_PHONE_NUMBER", "" if PRODUCTION else "+442084960100")
WHATSAPP_ACCESS_TOKEN = env_str("WHATSAPP_ACCESS_TOKEN", "" if PRODUCTION else "embedded-simulator-token")
WHATSAPP_APP_SECRET = env_str("WHATSAPP_APP_SECRET", "" if PRODUCTION else "embedded-simulator-app-secret")
WHATSAPP_VERIFY_TOKEN = env_str("WHATSAPP_VERIFY_TOKEN", "" if PRODUCTION else "embedded-verify-token")
WHATSAPP_TIMEOUT_SECONDS = env_int("WHATSAPP_TIMEOUT_SECONDS", 15)
if PRODUCTION:
    for _name in ("WHATSAPP_API_BASE_URL", "WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_ACCESS_TOKEN",
                  "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN"):
        if not globals()[_name]:
            raise ConfigurationError(f"{_name} must be set in production")

# --- GOV.UK Notify (SMS) or the simulator, which speaks the same API on the same port as WhatsApp's ---
# NOTIFY_API_KEY is Notify's `name-<service id>-<secret>`; the service id names the SMS channel
# (Channel.provider_id). Notify sends only templates: the council's free-text SMS template holds
# just `((body))`. Notify's callbacks (delivery receipts, received texts) carry the bearer token
# the council set in Notify; both callback URLs accept the same token.
from carecomms.channels.notify import embedded as _notify_embedded  # noqa: E402
from carecomms.channels.notify.client import NOTIFY_BASE_URL as _NOTIFY_LIVE_URL  # noqa: E402
from carecomms.channels.notify.keys import is_uuid, parse_api_key  # noqa: E402

NOTIFY_API_KEY = env_str("NOTIFY_API_KEY", "" if PRODUCTION else _notify_embedded.EMBEDDED_API_KEY)
NOTIFY_BASE_URL = env_str("NOTIFY_BASE_URL", _NOTIFY_LIVE_URL if PRODUCTION else f"http://127.0.0.1:{SIMULATOR_PORT}")
NOTIFY_SMS_TEMPLATE_ID = env_str(
    "NOTIFY_SMS_TEMPLATE_ID", "" if PRODUCTION else _notify_embedded.EMBEDDED_SMS_TEMPLATE_ID
)
NOTIFY_SMS_SENDER_ID = env_str("NOTIFY_SMS_SENDER_ID")  # empty: the service's default text message sender
NOTIFY_SMS_DISPLAY_NUMBER = env_str(
    "NOTIFY_SMS_DISPLAY_NUMBER", "" if PRODUCTION else _notify_embedded.EMBEDDED_INBOUND_NUMBER
)
NOTIFY_CALLBACK_BEARER_TOKEN = env_str(
    "NOTIFY_CALLBACK_BEARER_TOKEN", "" if PRODUCTION else _notify_embedded.EMBEDDED_CALLBACK_BEARER_TOKEN
)
NOTIFY_TIMEOUT_SECONDS = env_int("NOTIFY_TIMEOUT_SECONDS", 15)
NOTIFY_SERVICE_ID = ""
if NOTIFY_API_KEY:  # SMS is optional; once a key is given, the rest must be right
    try:
        NOTIFY_SERVICE_ID = parse_api_key(NOTIFY_API_KEY).service_id
    except ValueError as _error:
        raise ConfigurationError(f"NOTIFY_API_KEY: {_error}") from None
    if not is_uuid(NOTIFY_SMS_TEMPLATE_ID):
        raise ConfigurationError("NOTIFY_SMS_TEMPLATE_ID must be the id (a UUID) of the ((body)) template")
    if NOTIFY_SMS_SENDER_ID and not is_uuid(NOTIFY_SMS_SENDER_ID):
        raise ConfigurationError("NOTIFY_SMS_SENDER_ID must be a text message sender id (a UUID) or empty")
    if len(NOTIFY_CALLBACK_BEARER_TOKEN) < 10:
        raise ConfigurationError("NOTIFY_CALLBACK_BEARER_TOKEN must be set (at least 10 characters)")
    if PRODUCTION and (
        NOTIFY_API_KEY == _notify_embedded.EMBEDDED_API_KEY
        or NOTIFY_CALLBACK_BEARER_TOKEN == _notify_embedded.EMBEDDED_CALLBACK_BEARER_TOKEN
    ):
        raise ConfigurationError("The embedded Notify key and callback token cannot be used in production")

# Demo and test data use Ofcom's drama ranges, which phonenumbers calls possible but not valid.
ACCEPT_DRAMA_NUMBERS = env_bool("CARECOMMS_ACCEPT_DRAMA_NUMBERS", not PRODUCTION)

OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 8)
OUTBOX_BACKOFF_BASE_SECONDS = env_int("OUTBOX_BACKOFF_BASE_SECONDS", 5)
OUTBOX_BACKOFF_MAX_SECONDS = env_int("OUTBOX_BACKOFF_MAX_SECONDS", 3600)
OUTBOX_STALE_SENDING_SECONDS = env_int("OUTBOX_STALE_SENDING_SECONDS", 120)

# --- case record (issue 6): where transcripts and case notes go, and how long bodies stay here ---
RECORDS_SINK = env_str("RECORDS_SINK", "folder")
if RECORDS_SINK not in {"folder", "http"}:
    raise ConfigurationError("RECORDS_SINK must be 'folder' or 'http'")
RECORDS_DROP_DIR = Path(env_str("RECORDS_DROP_DIR", str(VAR_DIR / "case-record-drop")))
RECORDS_HTTP_URL = env_str("RECORDS_HTTP_URL")
RECORDS_HTTP_TOKEN = env_str("RECORDS_HTTP_TOKEN")
RECORDS_HTTP_TIMEOUT_SECONDS = env_int("RECORDS_HTTP_TIMEOUT_SECONDS", 30)
if RECORDS_SINK == "http" and not RECORDS_HTTP_URL:
    raise ConfigurationError("RECORDS_HTTP_URL must be set when RECORDS_SINK is 'http'")
RECORDS_RETENTION_DAYS = env_int("RECORDS_RETENTION_DAYS", 30)
RECORDS_BACKOFF_BASE_SECONDS = env_int("RECORDS_BACKOFF_BASE_SECONDS", 30)
RECORDS_BACKOFF_MAX_SECONDS = env_int("RECORDS_BACKOFF_MAX_SECONDS", 3600)
RECORDS_STALE_SENDING_SECONDS = env_int("RECORDS_STALE_SENDING_SECONDS", 300)
RECORDS_SAR_DIR = Path(env_str("RECORDS_SAR_DIR", str(VAR_DIR / "subject-access")))
# Subject access exports (sealed zips) are deleted this many days after they were made (audited).
RECORDS_SAR_KEEP_DAYS = env_int("RECORDS_SAR_KEEP_DAYS", 30)
# A worker that has been making an export for longer than this is presumed dead: the sweep retries it.
RECORDS_SAR_STALE_SECONDS = env_int("RECORDS_SAR_STALE_SECONDS", 3600)
RECORDS_SAR_MAX_ATTEMPTS = env_int("RECORDS_SAR_MAX_ATTEMPTS", 3)

# --- e-mail (alerts) ---
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION else "django.core.mail.backends.filebased.EmailBackend",
)
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "carecomms@localhost")

# --- safeguarding (issue 7) ---
# The Emergency Duty Team's mailbox: out-of-hours alerts and the end of every escalation chain go here.
EMERGENCY_DUTY_TEAM_EMAIL = env_str("EMERGENCY_DUTY_TEAM_EMAIL", "" if PRODUCTION else "edt@carecomms.example")
if PRODUCTION and not EMERGENCY_DUTY_TEAM_EMAIL:
    raise ConfigurationError("EMERGENCY_DUTY_TEAM_EMAIL must be set in production")
SAFEGUARDING_ESCALATE_AFTER_MINUTES = env_int("SAFEGUARDING_ESCALATE_AFTER_MINUTES", 30)
SAFEGUARDING_EMAIL_BACKOFF_BASE_SECONDS = env_int("SAFEGUARDING_EMAIL_BACKOFF_BASE_SECONDS", 60)
SAFEGUARDING_EMAIL_BACKOFF_MAX_SECONDS = env_int("SAFEGUARDING_EMAIL_BACKOFF_MAX_SECONDS", 1800)
# Where staff open CareComms, for the links in alert e-mails.
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL", "" if PRODUCTION else "http://127.0.0.1:8000").rstrip("/")

# --- protection of data at rest and access (issue 9) ---
# `id:base64key,...`, first = current (carecomms.crypto). Outside production a development key is
# derived from the embedded SECRET_KEY; production refuses to start without real keys.
ENCRYPTION_KEYS = env_str("CARECOMMS_ENCRYPTION_KEYS", "")
if PRODUCTION and not ENCRYPTION_KEYS:
    raise ConfigurationError("CARECOMMS_ENCRYPTION_KEYS must be set in production")
# Break-glass: how long a manager's audited access outside their team lasts.
BREAK_GLASS_MINUTES = env_int("CARECOMMS_BREAK_GLASS_MINUTES", 60)

# --- security ---
# Rate limits, lockouts and TOTP replay protection live in the cache, so every process must share it.
# The embedded run is one process (threads share a local-memory cache); production defaults to a table
# in the database (made by the accounts migrations) and refuses a per-process cache.
DATABASE_CACHE = "django.core.cache.backends.db.DatabaseCache"
LOCAL_MEMORY_CACHE = "django.core.cache.backends.locmem.LocMemCache"
CACHE_BACKEND = env_str("CACHE_BACKEND", DATABASE_CACHE if PRODUCTION else LOCAL_MEMORY_CACHE)
if PRODUCTION and CACHE_BACKEND == LOCAL_MEMORY_CACHE:
    raise ConfigurationError("CACHE_BACKEND must be shared by every process in production (database or Redis)")
CACHES = {
    "default": {
        "BACKEND": CACHE_BACKEND,
        "LOCATION": env_str("CACHE_LOCATION", "carecomms_cache" if CACHE_BACKEND == DATABASE_CACHE else "carecomms"),
    }
}
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_TIMEOUT_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True  # the timeout is an inactivity timeout
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = ("accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
                      "microphone=(), payment=(), usb=(), interest-cohort=()")
# Strict CSP: no inline script or style anywhere. The sign-in form may post on to the identity provider.
_OIDC_ORIGIN = "/".join(OIDC_SERVER_URL.split("/")[:3]) if ENTRA_CLIENT_ID else ""
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'", *([_OIDC_ORIGIN] if _OIDC_ORIGIN else [])],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
METRICS_TOKEN = env_str("METRICS_TOKEN")  # unset: /metrics does not exist
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "filters": {"redact": {"()": "carecomms.conf.logging.RedactSecretsFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["redact"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
