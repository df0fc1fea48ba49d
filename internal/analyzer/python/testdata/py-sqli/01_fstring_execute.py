# SQLi: product search term from request.args interpolated with an f-string into sqlite3 cursor.execute
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/products/search")
def search_products():
    term = request.args.get("q", "")
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id, name, price FROM products WHERE name LIKE '%{term}%'")  # want: PY-SQLI
    rows = cur.fetchall()
    conn.close()
    return jsonify([{"id": r[0], "name": r[1], "price": r[2]} for r in rows])
