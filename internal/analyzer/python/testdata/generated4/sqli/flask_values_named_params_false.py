# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=values shape=named_params sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00293", methods=["GET", "POST"])
def benchmark_test_00293():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute("SELECT id FROM users WHERE name = :name", {"name": bar}).fetchall()
    result = len(rows)
    return jsonify(result=str(result))
