# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=args shape=init_attr sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self._value = value
        self._label = "static-label"

    def value(self):
        return self._value

    def label(self):
        return self._label


@app.route("/00001", methods=["GET", "POST"])
def benchmark_test_00001():
    param = request.args.get("BenchmarkTest", "")
    bar = Holder(param).value()
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
