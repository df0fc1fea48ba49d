# SQLi: values are bound, but the table name comes from the request and is formatted into executemany's SQL
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def bulk_import():
    data = request.get_json()
    table = data["table"]
    rows = [(r["name"], r["qty"]) for r in data["rows"]]
    conn = sqlite3.connect("inventory.db")
    conn.executemany(f"INSERT INTO {table} (name, qty) VALUES (?, ?)", rows)  # want: PY-SQLI
    conn.commit()
    return jsonify(imported=len(rows))
