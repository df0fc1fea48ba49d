# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=formlist propagation=builder_chain sink=v3 expected=true
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


@app.route("/00028", methods=["POST"])
def benchmark_test_00028():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Builder().set_value(param).get_value()
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return jsonify(result=str(result))
