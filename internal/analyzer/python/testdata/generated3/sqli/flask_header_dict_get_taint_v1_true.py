# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=header propagation=dict_get_taint sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00013", methods=["GET", "POST"])
def benchmark_test_00013():
    param = request.headers.get("Referer", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return jsonify(result=str(result))
