"""SQLite storage for safeshop (parameterized queries only)."""
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone

from flask import current_app, g

SCHEMA = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL,
    totp_secret TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'customer',
    email TEXT,
    bio TEXT DEFAULT '',
    card_last4 TEXT,
    last_login TEXT,
    disabled INTEGER DEFAULT 0
);
CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, description TEXT, price REAL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, product_id INTEGER,
                     quantity INTEGER, total REAL, address TEXT);
CREATE TABLE comments (id INTEGER PRIMARY KEY, product_id INTEGER, author TEXT, body TEXT);
"""

USERS = [("admin", "admin", "admin@safeshop.example", None),
         ("alice", "customer", "alice@example.com", "1111"),
         ("bob", "customer", "bob@example.com", "5559")]
PRODUCTS = [
    ("Coffee mug", "White ceramic mug, 300 ml", 9.5),
    ("T-shirt", "Organic cotton shirt with the shop logo", 19.0),
    ("Sticker pack", "Ten vinyl stickers", 4.0),
    ("Hoodie", "Warm grey hoodie", 39.9),
    ("Notebook", "A5 dotted notebook", 7.25),
]
ORDERS = [(2, 1, 2, 19.0, "1 Main St"), (2, 3, 1, 4.0, "1 Main St"), (3, 4, 1, 39.9, "9 Side Rd")]


def init_db(app, hasher, new_totp_secret):
    demo_pw = app.config["DEMO_PASSWORD"]
    demo_totp = app.config["DEMO_TOTP_SECRET"]
    recent = (datetime.now(timezone.utc) - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    with sqlite3.connect(app.config["DATABASE"]) as conn:
        conn.executescript(SCHEMA)
        for name, role, email, last4 in USERS:
            password = demo_pw or secrets.token_urlsafe(24)
            conn.execute(
                "INSERT INTO users (username, password_hash, totp_secret, role, email, card_last4, last_login)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, hasher(password), demo_totp or new_totp_secret(), role, email, last4, recent))
        conn.executemany("INSERT INTO products (name, description, price) VALUES (?, ?, ?)", PRODUCTS)
        conn.executemany("INSERT INTO orders (user_id, product_id, quantity, total, address)"
                         " VALUES (?, ?, ?, ?, ?)", ORDERS)
        conn.execute("INSERT INTO comments (product_id, author, body) VALUES (?, ?, ?)", (1, "bob", "Great mug!"))


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
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return get_db().execute(
        "SELECT * FROM products WHERE name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\'",
        (pattern, pattern)).fetchall()


def get_product(pid):
    return get_db().execute("SELECT * FROM products WHERE id = ?", (pid,)).fetchone()


def find_user(username):
    return get_db().execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()


def get_user(user_id):
    return get_db().execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()


def all_users():
    return get_db().execute("SELECT id, username, role, email, last_login, disabled FROM users ORDER BY id").fetchall()


def touch_login(user_id):
    conn = get_db()
    conn.execute("UPDATE users SET last_login = datetime('now') WHERE id = ?", (user_id,))
    conn.commit()


def update_profile(user_id, email, bio):
    conn = get_db()
    conn.execute("UPDATE users SET email = ?, bio = ? WHERE id = ?", (email, bio, user_id))
    conn.commit()


def set_role(username, role):
    conn = get_db()
    conn.execute("UPDATE users SET role = ? WHERE username = ?", (role, username))
    conn.commit()


def orders_for(user_id):
    return get_db().execute(
        "SELECT o.*, p.name FROM orders o JOIN products p ON p.id = o.product_id WHERE o.user_id = ?",
        (user_id,)).fetchall()


def get_order_for_user(order_id, user_id):
    return get_db().execute(
        "SELECT o.*, p.name FROM orders o JOIN products p ON p.id = o.product_id"
        " WHERE o.id = ? AND o.user_id = ?", (order_id, user_id)).fetchone()


def comments_for(pid):
    return get_db().execute("SELECT * FROM comments WHERE product_id = ?", (pid,)).fetchall()


def add_comment(pid, author, body):
    conn = get_db()
    conn.execute("INSERT INTO comments (product_id, author, body) VALUES (?, ?, ?)", (pid, author, body))
    conn.commit()


def add_product(name, price):
    conn = get_db()
    conn.execute("INSERT INTO products (name, description, price) VALUES (?, '', ?)", (name, price))
    conn.commit()
