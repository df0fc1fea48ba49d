# SQLi FALSE: ORDER BY column and direction checked against allow-lists with abort(400) before formatting
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SORTABLE = {"name", "price", "created_at"}


@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "asc").lower()
    if sort not in SORTABLE:
        abort(400)
    if direction not in ("asc", "desc"):
        abort(400)
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id, name, price FROM products ORDER BY {sort} {direction}")
    return jsonify(cur.fetchall())
