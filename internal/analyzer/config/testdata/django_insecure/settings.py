"""Django settings for shop."""  # want: CFG-PY-SESSION-COOKIE-INSECURE CFG-PY-CSP-MISSING CFG-PY-LOGGING-MISSING
import os

DEBUG = True  # want: CFG-PY-DEBUG
SECRET_KEY = "django-insecure-abc123"  # want: CFG-PY-SECRET-KEY-HARDCODED CFG-PY-SECRET-KEY-WEAK
ALLOWED_HOSTS = ["shop.example.com", "*"]  # want: CFG-DJANGO-ALLOWED-HOSTS-ANY
INSTALLED_APPS = [
    "django.contrib.admin",
    "corsheaders",
]
MIDDLEWARE = [  # want: CFG-DJANGO-CSRF-MIDDLEWARE-MISSING
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
]
ROOT_URLCONF = "shop.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop"}}
CSRF_COOKIE_SECURE = False  # want: CFG-PY-SESSION-COOKIE-INSECURE
SESSION_COOKIE_HTTPONLY = False  # want: CFG-PY-COOKIE-HTTPONLY-OFF
CSRF_COOKIE_HTTPONLY = False
SESSION_COOKIE_SAMESITE = None  # want: CFG-PY-COOKIE-SAMESITE-NONE
CSRF_COOKIE_SAMESITE = "Lax"
CORS_ALLOW_ALL_ORIGINS = True  # want: CFG-PY-CORS-ALLOW-ALL
CORS_ALLOW_CREDENTIALS = True
PASSWORD_HASHERS = [  # want: CFG-PY-WEAK-PASSWORD-HASHER
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
SECURE_HSTS_SECONDS = 0  # want: CFG-DJANGO-HSTS-MISSING
