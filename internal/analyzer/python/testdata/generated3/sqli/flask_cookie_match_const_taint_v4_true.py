# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=cookie propagation=match_const_taint sink=v4 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00019", methods=["GET", "POST"])
def benchmark_test_00019():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return jsonify(result=str(result))
