# CR-1: the schema keeps passwords and full card numbers as plain text columns
import sqlite3


def init(conn: sqlite3.Connection):
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT, password TEXT NOT NULL)")  # want: PY-PLAINTEXT-SENSITIVE
    conn.execute("CREATE TABLE cards (id INTEGER PRIMARY KEY, user_id INTEGER, card_number VARCHAR(19), cvv CHAR(4))")  # want: PY-PLAINTEXT-SENSITIVE
