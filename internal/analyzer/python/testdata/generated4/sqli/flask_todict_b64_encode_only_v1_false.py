# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=todict shape=b64_encode_only sink=v1 expected=false
import base64
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00285", methods=["GET", "POST"])
def benchmark_test_00285():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = base64.urlsafe_b64encode(param.encode("utf-8")).decode("ascii")
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return jsonify(result=str(result))
