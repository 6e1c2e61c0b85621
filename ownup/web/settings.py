"""Every setting of the ownup web application, read from environment variables in this one file.

With no environment at all, the application runs self-contained: SQLite and files under
``var/``, a database-backed task queue, mail kept in the in-app outbox. Each scale-out piece is
switched on by its own variable:

- ``DATABASE_URL=postgres://user:pass@host:5432/name`` — PostgreSQL instead of SQLite.
- ``OWNUP_TASK_BACKEND=rq`` and ``REDIS_URL=redis://host:6379/0`` — background work through
  Redis-backed RQ workers on any number of machines (``db`` is the default; ``immediate`` runs
  tasks inline, for debugging only).
- ``OWNUP_STORAGE=s3`` with ``OWNUP_S3_BUCKET``, ``OWNUP_S3_ENDPOINT_URL``, ``OWNUP_S3_REGION``,
  ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY`` — files on S3-compatible storage.
- ``EMAIL_HOST`` (and ``EMAIL_PORT``, ``EMAIL_HOST_USER``, ``EMAIL_HOST_PASSWORD``,
  ``EMAIL_USE_TLS``, ``EMAIL_USE_SSL``, ``DEFAULT_FROM_EMAIL``) — real delivery by SMTP.
- ``OWNUP_HTTPS=1`` — secure cookies, HSTS and redirect to HTTPS behind a TLS proxy.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

WEB_DIR = Path(__file__).resolve().parent
REPO_DIR = WEB_DIR.parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from error


# SQLite, the embedded default: WAL lets the web server read while the worker writes; the timeout
# waits out short write locks instead of failing; IMMEDIATE transactions take the write lock when
# they begin, so that a transaction which read first never fails to upgrade ("database is
# locked" at once, which the timeout cannot wait out) when the worker wrote in between.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL;",
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
}


def database_from_url(url: str) -> dict:
    """Turn ``postgres://user:password@host:port/name?sslmode=require`` into Django's dict."""
    parsed = urlparse(url)
    if parsed.scheme in {"postgres", "postgresql", "pgsql"}:
        options = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")) or "ownup",
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "OPTIONS": options,
            "CONN_MAX_AGE": env_int("OWNUP_DB_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
        }
    if parsed.scheme == "sqlite":
        # sqlite:///relative/path or sqlite:////absolute/path
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": parsed.path[1:] if parsed.path.startswith("//") else parsed.path.lstrip("/"),
            "OPTIONS": SQLITE_OPTIONS,
        }
    raise ImproperlyConfigured(f"DATABASE_URL scheme {parsed.scheme!r} is not supported")


# --- Where data lives -----------------------------------------------------------------------
DATA_DIR = Path(env("OWNUP_DATA_DIR", str(REPO_DIR / "var"))).resolve()

DEBUG = env_bool("OWNUP_DEBUG", False)
SECRET_KEY = env("OWNUP_SECRET_KEY")
if not SECRET_KEY:
    # A per-installation key kept beside the data, so sessions and reset links survive restarts
    # without anyone having to invent a secret for a local run.
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        SECRET_KEY = key_file.read_text().strip()
    else:
        from django.core.management.utils import get_random_secret_key

        DATA_DIR.mkdir(parents=True, exist_ok=True)
        SECRET_KEY = get_random_secret_key()
        key_file.write_text(SECRET_KEY)
        key_file.chmod(0o600)

ALLOWED_HOSTS = [h.strip() for h in env("OWNUP_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")]
CSRF_TRUSTED_ORIGINS = [o for o in env("OWNUP_CSRF_TRUSTED_ORIGINS").split(",") if o]
# The address written into links sent by email (approval links, password resets, reminders).
OWNUP_BASE_URL = env("OWNUP_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_tasks_db",
    "ownup.web.core",
    "ownup.web.accounts",
    "ownup.web.mail",
    "ownup.web.clients",
    "ownup.web.ledger",
    "ownup.web.incidents",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "ownup.web.core.middleware.UploadErrorMiddleware",
]

ROOT_URLCONF = "ownup.web.urls"
WSGI_APPLICATION = "ownup.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [WEB_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ownup.web.core.context_processors.workspace",
                "ownup.web.incidents.context_processors.incident_banners",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": database_from_url(DATABASE_URL)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "ownup.sqlite3"),
            "OPTIONS": SQLITE_OPTIONS,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts ---------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling: this many failed attempts for one email within the window lock it out.
OWNUP_LOGIN_MAX_FAILURES = env_int("OWNUP_LOGIN_MAX_FAILURES", 5)
OWNUP_LOGIN_WINDOW_MINUTES = env_int("OWNUP_LOGIN_WINDOW_MINUTES", 15)
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# --- Languages --------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [WEB_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env("OWNUP_TIME_ZONE", "Europe/Paris")
USE_TZ = True

# --- Files ------------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [WEB_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise looks there from the first request
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"  # never served directly: every file goes through a scoped view
OWNUP_STORAGE = env("OWNUP_STORAGE", "local")
if OWNUP_STORAGE == "s3":
    STORAGES = {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": env("OWNUP_S3_BUCKET"),
                "endpoint_url": env("OWNUP_S3_ENDPOINT_URL") or None,
                "region_name": env("OWNUP_S3_REGION") or None,
                "access_key": env("AWS_ACCESS_KEY_ID") or None,
                "secret_key": env("AWS_SECRET_ACCESS_KEY") or None,
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    }
elif OWNUP_STORAGE == "local":
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        # Plain names (no manifest) so that tests and a fresh checkout work before
        # collectstatic; whitenoise still serves them compressed once collected.
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    }
else:
    raise ImproperlyConfigured("OWNUP_STORAGE must be 'local' or 's3'")
# Tests and `make run` before collectstatic still find the files.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Upload limits, checked by content in ownup.web.ledger.uploads.
OWNUP_MAX_UPLOAD_MB = env_int("OWNUP_MAX_UPLOAD_MB", 200)
OWNUP_MAX_PAGES = env_int("OWNUP_MAX_PAGES", 500)
OWNUP_MAX_PAGE_MM = env_int("OWNUP_MAX_PAGE_MM", 5000)
OWNUP_MAX_IMAGE_MEGAPIXELS = env_int("OWNUP_MAX_IMAGE_MEGAPIXELS", 150)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_TEMP_DIR = None
# Django refuses bodies over this before any view runs; the middleware turns that into a
# readable page. A little headroom above the file limit for the other form fields.
OWNUP_MAX_REQUEST_BYTES = (OWNUP_MAX_UPLOAD_MB + 1) * 1024 * 1024

# --- Background work --------------------------------------------------------------------------
OWNUP_TASK_BACKEND = env("OWNUP_TASK_BACKEND", "db")
REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
if OWNUP_TASK_BACKEND == "db":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
elif OWNUP_TASK_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
elif OWNUP_TASK_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ImproperlyConfigured("OWNUP_TASK_BACKEND must be 'db', 'rq' or 'immediate'")
# A background job whose heartbeat is older than this is taken as abandoned (its worker died)
# and is run again by the next worker sweep.
OWNUP_STALE_JOB_SECONDS = env_int("OWNUP_STALE_JOB_SECONDS", 120)
# A job still queued (never started) after this long is taken as lost by the queue.
OWNUP_LOST_JOB_SECONDS = env_int("OWNUP_LOST_JOB_SECONDS", 900)
# How often the worker supervisor sweeps for abandoned jobs and due reminders.
OWNUP_SWEEP_SECONDS = env_int("OWNUP_SWEEP_SECONDS", 60)
# Processes the engine may use for one comparison; parallelism comes from running more workers.
OWNUP_COMPARE_PROCESSES = env_int("OWNUP_COMPARE_PROCESSES", 1)

# --- Approvals and reminders ------------------------------------------------------------------
OWNUP_APPROVAL_LINK_DAYS = env_int("OWNUP_APPROVAL_LINK_DAYS", 14)
OWNUP_REMINDER_AFTER_HOURS = env_int("OWNUP_REMINDER_AFTER_HOURS", 48)
OWNUP_EXPIRY_WARNING_HOURS = env_int("OWNUP_EXPIRY_WARNING_HOURS", 48)

# --- Mail ---------------------------------------------------------------------------------------
# Read from the usual EMAIL_* variable names, configured through Django 6.1's MAILERS.
SMTP_HOST = env("EMAIL_HOST")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "ownup <noreply@ownup.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if SMTP_HOST:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": SMTP_HOST,
                "port": env_int("EMAIL_PORT", 25),
                "username": env("EMAIL_HOST_USER"),
                "password": env("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS"),
                "use_ssl": env_bool("EMAIL_USE_SSL"),
                "timeout": env_int("EMAIL_TIMEOUT", 20),
            },
        }
    }
    OWNUP_MAIL_DELIVERY = "smtp"
else:
    # No SMTP server: messages stay in the outbox, readable in the app, marked as not sent.
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}
    OWNUP_MAIL_DELIVERY = "outbox"
    # Keeping mail in the outbox is this mode's purpose, not a development shortcut.
    SILENCED_SYSTEM_CHECKS = ["mail.E001"]

# --- Security ---------------------------------------------------------------------------------
OWNUP_HTTPS = env_bool("OWNUP_HTTPS")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Scripts and style sheets only from our own static files: an injected <script> or <style>, or an
# on* attribute, never runs. Style attributes stay allowed: page boxes, comment pins and the
# emails shown in the outbox are positioned or styled with them, and they cannot run code.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
}
if OWNUP_HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("OWNUP_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("OWNUP_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Joining the browsers' preload list is hard to undo: an operator's explicit choice.
    SECURE_HSTS_PRELOAD = env_bool("OWNUP_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "security.W021"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("OWNUP_LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
