# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=args shape=placeholders_multiplied sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00301", methods=["GET", "POST"])
def benchmark_test_00301():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    ids = bar.split(",")
    sql = "SELECT name FROM users WHERE id IN (%s)" % ", ".join("?" * len(ids))
    rows = conn.execute(sql, ids).fetchall()
    result = len(rows)
    return jsonify(result=str(result))
