# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=todict shape=setcomp_allowed_join sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED_TERMS = {"alpha", "beta"}


@app.route("/00150", methods=["GET", "POST"])
def benchmark_test_00150():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = ",".join(sorted({v for v in param.split(",") if v in ALLOWED_TERMS})) or "alpha"
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return jsonify(result=str(result))
