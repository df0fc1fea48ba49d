# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=todict propagation=filter_isalnum sink=v0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00031", methods=["GET", "POST"])
def benchmark_test_00031():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = "".join(filter(str.isalnum, param))
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")
    result = cur.fetchall()
    return jsonify(result=str(result))
