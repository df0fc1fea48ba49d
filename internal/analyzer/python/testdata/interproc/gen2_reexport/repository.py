# gen2_reexport: repository with a raw query and a safe query
import sqlite3


class Repository:
    def __init__(self):
        self.conn = sqlite3.connect("/srv/app/app.db")

    def search(self, term):
        return self.conn.execute("SELECT id FROM items WHERE title LIKE '%" + term + "%'").fetchall()  # want: PY-SQLI

    def by_id(self, item_id):
        return self.conn.execute("SELECT title FROM items WHERE id = ?", (item_id,)).fetchall()  # safe: PY-SQLI


repo = Repository()
