# gen2_layered: repository with raw SQL; only methods reached with request data are findings
import sqlite3

DB_PATH = "/srv/app/app.db"


class Repo:
    def __init__(self, path=DB_PATH):
        self.conn = sqlite3.connect(path)

    def find_by_name(self, name):
        return self.conn.execute("SELECT id FROM users WHERE name = '" + name + "'").fetchall()  # want: PY-SQLI

    def find_by_id(self, uid):
        return self.conn.execute("SELECT name FROM users WHERE id = %d" % uid).fetchall()  # safe: PY-SQLI

    def sorted_users(self, column):
        return self.conn.execute(f"SELECT id, name FROM users ORDER BY {column}").fetchall()  # safe: PY-SQLI

    def by_email(self, email):
        return self.conn.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchall()  # safe: PY-SQLI
