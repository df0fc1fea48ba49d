# SQLi FALSE: function with an input-looking parameter that is never called from a source (and is not a route)
import sqlite3


def purge_user(user_input):
    conn = sqlite3.connect("users.db")
    conn.execute("DELETE FROM users WHERE name = '" + user_input + "'")
    conn.commit()


def nightly_cleanup():
    conn = sqlite3.connect("users.db")
    conn.execute("DELETE FROM users WHERE deleted_at < date('now', '-30 day')")
    conn.commit()
