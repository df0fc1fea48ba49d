# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=form shape=bound_tuple sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00291", methods=["POST"])
def benchmark_test_00291():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute("SELECT id FROM users WHERE name = ?", (bar,)).fetchall()
    result = len(rows)
    return jsonify(result=str(result))
