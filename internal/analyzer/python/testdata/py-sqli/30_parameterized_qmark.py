# SQLi FALSE: sqlite3 qmark placeholder with a parameter tuple
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/products/search")
def search_products():
    term = request.args.get("q", "")
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM products WHERE name LIKE ?", (f"%{term}%",))
    return jsonify(cur.fetchall())
