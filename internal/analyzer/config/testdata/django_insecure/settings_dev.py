"""Development settings: debug and a dummy key are expected here."""
from settings import *  # noqa

DEBUG = True
SECRET_KEY = "dev"
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = INSTALLED_APPS + ["debug_toolbar"]
MIDDLEWARE = ["debug_toolbar.middleware.DebugToolbarMiddleware"]
