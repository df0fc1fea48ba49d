# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=values propagation=if_fold_str_safe sink=v3 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00007", methods=["GET", "POST"])
def benchmark_test_00007():
    param = request.values.get("BenchmarkTest", "")
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return jsonify(result=str(result))
