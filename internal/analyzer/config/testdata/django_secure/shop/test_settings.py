from shop.settings.base import *  # noqa

DEBUG = True
SECRET_KEY = "test"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
INSTALLED_APPS = ["shop"]
ROOT_URLCONF = "shop.urls"
