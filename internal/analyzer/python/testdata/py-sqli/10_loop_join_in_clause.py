# SQLi: IN clause assembled in a generator/loop from getlist values and joined into the SQL
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart/items")
def cart_items():
    skus = request.args.getlist("sku")
    quoted = []
    for sku in skus:
        quoted.append("'" + sku + "'")
    in_clause = ", ".join(quoted)
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT sku, name, price FROM products WHERE sku IN (" + in_clause + ")")  # want: PY-SQLI
    return jsonify(cur.fetchall())
