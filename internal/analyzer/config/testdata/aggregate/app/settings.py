"""Settings: HSTS comes from nginx, CSP from our middleware, logging from logconf."""
import os

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "app"]
MIDDLEWARE = [
    "django.middleware.csrf.CsrfViewMiddleware",
    "app.middleware.SecurityHeadersMiddleware",
]
ROOT_URLCONF = "app.urls"
SESSION_COOKIE_SECURE = True
