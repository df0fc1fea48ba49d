# gen2_fastapi_async: async data access with sqlite3 inside coroutines
import sqlite3


class Database:
    def __init__(self, path):
        self.path = path

    async def fetch_user(self, name):
        conn = sqlite3.connect(self.path)
        return conn.execute("SELECT id FROM users WHERE name = '%s'" % name).fetchall()  # want: PY-SQLI

    async def fetch_count(self, limit):
        conn = sqlite3.connect(self.path)
        return conn.execute("SELECT id FROM users LIMIT %d" % limit).fetchall()  # safe: PY-SQLI


def get_db():
    return Database("/srv/app/app.db")
