# SQLi: date range taken by tuple unpacking from request.args and interpolated into the query
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/invoices")
def invoices():
    start, end = request.args.get("from", "2024-01-01"), request.args.get("to", "2024-12-31")
    conn = sqlite3.connect("billing.db")
    cur = conn.cursor()
    cur.execute(f"SELECT number, amount FROM invoices WHERE issued BETWEEN '{start}' AND '{end}'")  # want: PY-SQLI
    return jsonify(cur.fetchall())
