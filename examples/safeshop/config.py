"""Flask settings for safeshop, loaded with app.config.from_object(config)."""
import logging.config
import os
import secrets
import tempfile


def _from_env(name):
    """Read NAME_FILE (Docker/Kubernetes secret file) or NAME from the environment."""
    path = os.environ.get(name + "_FILE")
    if path:
        with open(path, encoding="utf-8") as fh:
            return fh.read().strip()
    return os.environ.get(name)


DEBUG = False
# Set SECRET_KEY (or SECRET_KEY_FILE); a random per-process key is used for local demos only.
SECRET_KEY = _from_env("SECRET_KEY") or secrets.token_hex(32)
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
PERMANENT_SESSION_LIFETIME = 1800
MAX_CONTENT_LENGTH = 1024 * 1024
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; object-src 'none'; "
                           "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

DATABASE = os.path.join(tempfile.mkdtemp(prefix="safeshop-"), "shop.db")
DOWNLOAD_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")
MONGO_URI = os.environ.get("MONGO_URI", "mongodb://127.0.0.1:27017/safeshop")

# All outbound HTTP goes through this proxy; without it outbound features are disabled.
OUTBOUND_PROXY = os.environ.get("OUTBOUND_PROXY")
PREVIEW_ALLOWED_HOSTS = frozenset({"www.python.org", "docs.python.org"})
STOCK_SERVICE = "https://stock.safeshop.example/api/stock/{warehouse}/{pid}"
STOCK_WAREHOUSES = frozenset({"eu", "us"})
UPDATE_URL = "https://updates.safeshop.example/plugin-1.4.2.tar.gz"
UPDATE_SHA256 = os.environ.get("UPDATE_SHA256")
UPDATE_DIR = os.path.join(tempfile.gettempdir(), "safeshop-updates")

LOGIN_MAX_FAILURES = 5
LOGIN_LOCKOUT_SECONDS = 900
API_TOKEN_TTL = 900
DEMO_PASSWORD = os.environ.get("SAFESHOP_DEMO_PASSWORD")
DEMO_TOTP_SECRET = os.environ.get("SAFESHOP_DEMO_TOTP_SECRET")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"std": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "std"}},
    "root": {"level": "INFO", "handlers": ["console"]},
}
logging.config.dictConfig(LOGGING)
