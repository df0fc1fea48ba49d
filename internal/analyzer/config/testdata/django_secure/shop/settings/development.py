"""Local development."""
from .base import *  # noqa

DEBUG = True
SECRET_KEY = "insecure-development-key"
ALLOWED_HOSTS = ["*"]
SESSION_COOKIE_SECURE = False
MIDDLEWARE = []
