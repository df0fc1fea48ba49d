# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=querystring propagation=join_builder (helper class) sink=v0 expected=true
import sqlite3
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00022", methods=["GET", "POST"])
def benchmark_test_00022():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
