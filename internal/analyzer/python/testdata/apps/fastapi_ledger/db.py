"""Database engine, sessions and the raw-connection helper."""
from typing import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from .settings import settings

engine = create_engine(settings.database_url, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


def get_db() -> Iterator[Session]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def raw_cursor():
    """A DB-API cursor for the reporting queries (psycopg2 underneath)."""
    conn = engine.raw_connection()
    return conn, conn.cursor()
