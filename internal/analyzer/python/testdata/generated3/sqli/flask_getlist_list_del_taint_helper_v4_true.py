# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=getlist propagation=list_del_taint (helper class) sink=v4 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.route("/00010", methods=["GET", "POST"])
def benchmark_test_00010():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return jsonify(result=str(result))
