# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=querystring propagation=b64_roundtrip sink=v0 expected=true
import base64
import sqlite3
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00022", methods=["GET", "POST"])
def benchmark_test_00022():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
