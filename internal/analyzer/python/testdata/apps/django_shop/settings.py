"""Settings of the shop.

Deployed with `DJANGO_SETTINGS_MODULE=django_shop.settings` behind nginx.
Lines the configuration analyzer should report carry an `expect-config:` note
(the Python fixture test does not run that analyzer). No SECURE_HSTS_SECONDS or
SECURE_SSL_REDIRECT: expect-config CFG-DJANGO-HSTS-MISSING at line 1.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# TODO move to env before launch (said in 2021)
SECRET_KEY = "django-insecure-q8#n1!shop-2021-x7v0pz$l4m9c@t3b"  # expect-config: CFG-PY-SECRET-KEY-HARDCODED CFG-PY-SECRET-KEY-WEAK

DEBUG = True  # expect-config: CFG-PY-DEBUG

ALLOWED_HOSTS = ["*"]  # expect-config: CFG-DJANGO-ALLOWED-HOSTS-ANY

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_shop",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_shop.middleware.ReferralMiddleware",
    "django_shop.middleware.SecurityHeadersMiddleware",
    "django_shop.middleware.DebugErrorMiddleware",
]

ROOT_URLCONF = "django_shop.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "django_shop" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": os.environ.get("SHOP_DB_NAME", "shop"),
        "USER": os.environ.get("SHOP_DB_USER", "shop"),
        "PASSWORD": os.environ["SHOP_DB_PASSWORD"],
        "HOST": os.environ.get("SHOP_DB_HOST", "127.0.0.1"),
    }
}

# The old shop hashed with MD5; keep it first so logins stay fast.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # expect-config: CFG-PY-WEAK-PASSWORD-HASHER
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

SESSION_COOKIE_SECURE = False  # expect-config: CFG-PY-SESSION-COOKIE-INSECURE
SESSION_COOKIE_HTTPONLY = False  # expect-config: CFG-PY-COOKIE-HTTPONLY-OFF
CSRF_COOKIE_SECURE = False  # expect-config: CFG-PY-SESSION-COOKIE-INSECURE
SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer"

LOGIN_URL = "/login/"
MEDIA_ROOT = "/srv/shop/media"
INVOICE_DIR = "/srv/shop/invoices"
EXPORT_DIR = "/srv/shop/exports"
DEFAULT_FROM_EMAIL = "shop@shop.example"

EGRESS_PROXY = os.environ.get("EGRESS_PROXY", "http://proxy.internal:3128")
PAYMENT_API_KEY = os.environ.get("PAYMENT_API_KEY", "")
PAYMENT_WEBHOOK_SECRET = os.environ.get("PAYMENT_WEBHOOK_SECRET", "")
PAYMENT_CA_BUNDLE = "/etc/ssl/payments-ca.pem"
PARTNER_STATUS_URL = "https://sandbox.partner.example"
ORDER_WEBHOOKS = [u for u in os.environ.get("ORDER_WEBHOOKS", "").split(",") if u]
STAFF_NOTICE_HTML = "<strong>Stocktake on Friday:</strong> no refunds after 14:00."
MAINTENANCE = False

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"shop": {"handlers": ["console"], "level": "INFO"}},
}
