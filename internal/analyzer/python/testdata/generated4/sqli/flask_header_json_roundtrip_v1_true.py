# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=header shape=json_roundtrip sink=v1 expected=true
import json
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00287", methods=["GET", "POST"])
def benchmark_test_00287():
    param = request.headers.get("Referer", "")
    payload = json.dumps({"q": param})
    bar = json.loads(payload)["q"]
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return jsonify(result=str(result))
