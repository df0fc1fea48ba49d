# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=header shape=augmented_bound sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00297", methods=["GET", "POST"])
def benchmark_test_00297():
    param = request.headers.get("Referer", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT id FROM users WHERE active = 1"
    sql += " AND name = ?"
    rows = conn.execute(sql, (bar,)).fetchall()
    result = len(rows)
    return jsonify(result=str(result))
