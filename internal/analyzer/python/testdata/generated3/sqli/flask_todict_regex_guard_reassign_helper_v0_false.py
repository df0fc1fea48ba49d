# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=todict propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00031", methods=["GET", "POST"])
def benchmark_test_00031():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
