# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=getlist shape=augmented_query sink=specific expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00295", methods=["GET", "POST"])
def benchmark_test_00295():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT id FROM users WHERE active = 1"
    sql += " AND name = '" + bar + "'"
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    result = len(rows)
    return jsonify(result=str(result))
