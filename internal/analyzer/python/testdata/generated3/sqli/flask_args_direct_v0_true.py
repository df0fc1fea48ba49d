# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=args propagation=direct sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00001", methods=["GET", "POST"])
def benchmark_test_00001():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
