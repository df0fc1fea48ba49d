# SQLi FALSE: helper receives the tainted value but ignores it and returns a constant table name
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def resolve_table(requested):
    # multi-table support was removed; every request reads the same table
    return "products_v2"


@app.route("/items")
def items():
    table = resolve_table(request.args.get("table", ""))
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM " + table)
    return jsonify(cur.fetchall())
