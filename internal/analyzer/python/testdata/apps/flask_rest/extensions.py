"""Shared extensions: the SQLAlchemy engine and settings."""
import os

from sqlalchemy import create_engine

JWT_SECRET = os.environ["JWT_SECRET"]
JWT_ALG = "HS256"
ALLOWED_WEBHOOK_HOSTS = {"hooks.slack.com", "api.github.com"}
AVATAR_SERVICE = "https://avatars.example.com"

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///api.db"))
