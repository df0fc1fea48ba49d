"""SQLite storage for vulnshop."""
import sqlite3

from flask import current_app, g

SCHEMA = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'customer',
    email TEXT,
    bio TEXT DEFAULT '',
    card_number TEXT,
    reset_token TEXT,
    last_login TEXT,
    disabled INTEGER DEFAULT 0
);
CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, description TEXT, price REAL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, product_id INTEGER,
                     quantity INTEGER, total REAL, address TEXT);
CREATE TABLE comments (id INTEGER PRIMARY KEY, product_id INTEGER, author TEXT, body TEXT);
"""

USERS = [
    ("admin", "admin123", "admin", "admin@vulnshop.example", None, "2026-11-26 09:12:44", 0),
    ("alice", "alice2024", "customer", "alice@example.com", "4111111111111111", "2026-11-25 18:03:10", 0),
    ("bob", "hunter2", "customer", "bob@example.com", "5500005555555559", "2026-11-20 07:45:00", 0),
    ("olddba", "Winter2019!", "admin", "dba@vulnshop.example", None, "2025-03-14 11:20:31", 0),
    ("contractor", "Contract0r!", "admin", "ext@contractor.example", None, "2026-08-02 16:40:12", 1),
]
PRODUCTS = [
    ("Coffee mug", "White ceramic mug, 300 ml", 9.5),
    ("T-shirt", "Organic cotton shirt with the shop logo", 19.0),
    ("Sticker pack", "Ten vinyl stickers", 4.0),
    ("Hoodie", "Warm grey hoodie", 39.9),
    ("Notebook", "A5 dotted notebook", 7.25),
]
ORDERS = [(2, 1, 2, 19.0, "1 Main St"), (2, 3, 1, 4.0, "1 Main St"), (3, 4, 1, 39.9, "9 Side Rd")]


def init_db(app, hasher):
    with sqlite3.connect(app.config["DATABASE"]) as conn:
        conn.executescript(SCHEMA)
        for name, pw, role, email, card, last, disabled in USERS:
            conn.execute(
                "INSERT INTO users (username, password_hash, role, email, card_number, last_login, disabled)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", (name, hasher(pw), role, email, card, last, disabled))
        conn.executemany("INSERT INTO products (name, description, price) VALUES (?, ?, ?)", PRODUCTS)
        conn.executemany("INSERT INTO orders (user_id, product_id, quantity, total, address)"
                         " VALUES (?, ?, ?, ?, ?)", ORDERS)
        conn.execute("INSERT INTO comments (product_id, author, body) VALUES (1, 'bob', 'Great mug!')")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(exc=None):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def all_products():
    return get_db().execute("SELECT * FROM products ORDER BY id").fetchall()


def search_products(term):
    cur = get_db().cursor()
    cur.execute(f"SELECT * FROM products WHERE name LIKE '%{term}%' OR description LIKE '%{term}%'")
    return cur.fetchall()


def get_product(pid):
    return get_db().execute("SELECT * FROM products WHERE id = ?", (pid,)).fetchone()


def find_user(username):
    cur = get_db().cursor()
    cur.execute("SELECT * FROM users WHERE username = '%s'" % username)
    return cur.fetchone()


def all_users():
    return get_db().execute("SELECT * FROM users ORDER BY id").fetchall()


def touch_login(user_id):
    conn = get_db()
    conn.execute("UPDATE users SET last_login = datetime('now') WHERE id = ?", (user_id,))
    conn.commit()


def update_profile(user_id, email, bio):
    conn = get_db()
    conn.execute("UPDATE users SET email = '" + email + "' WHERE id = " + str(user_id))
    conn.execute("UPDATE users SET bio = ? WHERE id = ?", (bio, user_id))
    conn.commit()


def set_role(username, role):
    conn = get_db()
    conn.execute("UPDATE users SET role = ? WHERE username = ?", (role, username))
    conn.commit()


def set_reset_token(username, token):
    conn = get_db()
    conn.execute("UPDATE users SET reset_token = ? WHERE username = ?", (token, username))
    conn.commit()


def orders_for(user_id):
    return get_db().execute(
        "SELECT o.*, p.name FROM orders o JOIN products p ON p.id = o.product_id WHERE o.user_id = ?",
        (user_id,)).fetchall()


def get_order(order_id):
    return get_db().execute(
        "SELECT o.*, p.name FROM orders o JOIN products p ON p.id = o.product_id WHERE o.id = ?",
        (order_id,)).fetchone()


def comments_for(pid):
    return get_db().execute("SELECT * FROM comments WHERE product_id = ?", (pid,)).fetchall()


def add_comment(pid, author, body):
    conn = get_db()
    conn.execute("INSERT INTO comments (product_id, author, body) VALUES (?, ?, ?)", (pid, author, body))
    conn.commit()
