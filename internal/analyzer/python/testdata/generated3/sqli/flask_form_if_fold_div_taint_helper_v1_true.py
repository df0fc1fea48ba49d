# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=form propagation=if_fold_div_taint (helper class) sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


@app.route("/00004", methods=["POST"])
def benchmark_test_00004():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return jsonify(result=str(result))
