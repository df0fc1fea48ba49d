# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=paramnames shape=partial_taint sink=v0 expected=true
import functools
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def join_parts(prefix, value):
    return prefix + value


@app.route("/00224", methods=["GET", "POST"])
def benchmark_test_00224():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = functools.partial(join_parts, "item-")(param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
