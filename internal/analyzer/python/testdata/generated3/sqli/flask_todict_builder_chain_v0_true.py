# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=todict propagation=builder_chain sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.route("/00031", methods=["GET", "POST"])
def benchmark_test_00031():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
