"""A second settings module whose key looks long but is words."""  # want: CFG-PY-SESSION-COOKIE-INSECURE
INSTALLED_APPS = ["shop"]
ROOT_URLCONF = "shop.urls"
SECRET_KEY = "thisisaverylongsecretkeythatnobodywillguess"  # want: CFG-PY-SECRET-KEY-HARDCODED CFG-PY-SECRET-KEY-WEAK
SECURE_SSL_REDIRECT = True
MIDDLEWARE = ()  # want: CFG-DJANGO-CSRF-MIDDLEWARE-MISSING
