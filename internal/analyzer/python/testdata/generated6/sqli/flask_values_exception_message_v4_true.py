# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=values shape=exception_message sink=v4 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00251", methods=["GET", "POST"])
def benchmark_test_00251():
    param = request.values.get("BenchmarkTest", "")
    try:
        raise ValueError(param)
    except ValueError as exc:
        bar = str(exc)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return jsonify(result=str(result))
