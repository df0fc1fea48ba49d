# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=formlist propagation=undecidable_ternary (helper class) sink=v3 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00028", methods=["POST"])
def benchmark_test_00028():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return jsonify(result=str(result))
