import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-fallback")  # want: CFG-PY-SECRET-KEY-HARDCODED CFG-PY-SECRET-KEY-WEAK
    DEBUG = False


class ProductionConfig(Config):
    DEBUG = True  # want: CFG-PY-DEBUG


class DevelopmentConfig(Config):
    DEBUG = True


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "test"
