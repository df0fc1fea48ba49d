# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=args shape=next_genexp_safe sink=v4 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00253", methods=["GET", "POST"])
def benchmark_test_00253():
    param = request.args.get("BenchmarkTest", "")
    bar = next(v for v in ["safe", param])
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return jsonify(result=str(result))
