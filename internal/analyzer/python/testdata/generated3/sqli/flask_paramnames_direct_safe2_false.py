# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=paramnames propagation=direct sink=safe2 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00038", methods=["GET", "POST"])
def benchmark_test_00038():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    column = bar if bar in ("name", "email", "created") else "name"
    conn = sqlite3.connect("benchmark.db")
    result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()
    return jsonify(result=str(result))
