# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=getlist shape=callable_loose sink=v0 expected=true
import re
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Normalizer:
    def __init__(self, mode):
        self.mode = mode

    def __call__(self, value):
        if self.mode == "strict":
            return re.sub(r"[^A-Za-z0-9]", "", value)
        return value.strip()


@app.route("/00267", methods=["GET", "POST"])
def benchmark_test_00267():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Normalizer("loose")(param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
