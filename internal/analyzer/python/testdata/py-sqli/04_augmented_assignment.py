# SQLi: base query extended with += and a tainted category before execute
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/catalog")
def catalog():
    category = request.args.get("category")
    sql = "SELECT id, name FROM products WHERE active = 1"
    if category:
        sql += " AND category = '" + category + "'"
    sql += " ORDER BY name"
    db = sqlite3.connect("catalog.db")
    rows = db.execute(sql).fetchall()  # want: PY-SQLI
    return jsonify(rows)
