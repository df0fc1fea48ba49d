# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=pathparam shape=ternary_const_false sink=v1 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00195/<test_id>", methods=["GET", "POST"])
def benchmark_test_00195(test_id):
    param = test_id
    bar = param if False else "safe"
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return jsonify(result=str(result))
