# SQLi FALSE: list holds the tainted value at index 1 but the query uses index 0 (a constant)
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/teams")
def teams():
    param = request.args.get("team", "")
    values = ["engineering", param, "sales"]
    bar = values[0]
    conn = sqlite3.connect("hr.db")
    rows = conn.execute(f"SELECT name FROM employees WHERE team = '{bar}'").fetchall()
    return jsonify(rows)
