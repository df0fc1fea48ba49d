# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=args shape=percent_tuple sink=specific expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00289", methods=["GET", "POST"])
def benchmark_test_00289():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute("SELECT id FROM users WHERE name = '%s'" % (bar,)).fetchall()  # want: PY-SQLI
    result = len(rows)
    return jsonify(result=str(result))
