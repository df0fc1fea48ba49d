# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=querystring propagation=direct sink=safe0 expected=false
import sqlite3
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00036", methods=["GET", "POST"])
def benchmark_test_00036():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return jsonify(result=str(result))
