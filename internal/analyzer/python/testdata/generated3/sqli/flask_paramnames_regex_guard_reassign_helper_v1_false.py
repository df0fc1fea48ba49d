# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=paramnames propagation=regex_guard_reassign (helper class) sink=v1 expected=false
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


@app.route("/00034", methods=["GET", "POST"])
def benchmark_test_00034():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return jsonify(result=str(result))
