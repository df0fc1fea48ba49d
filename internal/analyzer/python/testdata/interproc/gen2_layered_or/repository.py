# gen2_layered_or: repository
import sqlite3


class Repo:
    def __init__(self):
        self.conn = sqlite3.connect("/srv/app/app.db")

    def find_by_name(self, name):
        return self.conn.execute("SELECT id FROM users WHERE name = '" + name + "'").fetchall()  # want: PY-SQLI
