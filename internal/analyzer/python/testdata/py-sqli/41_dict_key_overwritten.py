# SQLi FALSE: the tainted dict entry is overwritten with a constant before use
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/report")
def report():
    filters = {"status": request.args.get("status", ""), "limit": "50"}
    filters["status"] = "shipped"
    conn = sqlite3.connect("orders.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id FROM orders WHERE status = '{filters['status']}' LIMIT {filters['limit']}")
    return jsonify(cur.fetchall())
