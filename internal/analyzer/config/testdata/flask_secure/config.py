import os

DEBUG = False
DEBUG_TOOLBAR = True


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Strict"
    DEBUG = True


class ProductionConfig(Config):
    DEBUG = False


class DevelopmentConfig(Config):
    DEBUG = True
    SESSION_COOKIE_SECURE = False
    SECRET_KEY = "dev"


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "test"
    SESSION_COOKIE_SAMESITE = None
