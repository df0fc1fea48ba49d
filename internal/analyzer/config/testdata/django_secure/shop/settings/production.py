"""Production settings."""
import os

from .base import *  # noqa

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY")
ALLOWED_HOSTS = ["shop.example.com"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": os.environ["DB_PASSWORD"]}}
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000"))
