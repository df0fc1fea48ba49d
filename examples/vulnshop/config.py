"""Flask settings for vulnshop, loaded with app.config.from_object(config)."""
import os
import tempfile

DEBUG = True
SECRET_KEY = "dev-secret-123"
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = False
SESSION_COOKIE_SAMESITE = None
CORS_ORIGINS = "*"
CORS_SUPPORTS_CREDENTIALS = True

# A fresh SQLite database per process, seeded at start-up.
DATABASE = os.path.join(tempfile.mkdtemp(prefix="vulnshop-"), "shop.db")
DOWNLOAD_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")
MONGO_URI = "mongodb://127.0.0.1:27017/vulnshop"
UPDATE_URL = "http://updates.vulnshop.example/plugin.py"
STOCK_SERVICE = "http://{warehouse}.stock.internal:8080/api/stock/{pid}"
