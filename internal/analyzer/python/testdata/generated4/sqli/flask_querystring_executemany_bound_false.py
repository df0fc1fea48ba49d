# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=querystring shape=executemany_bound sink=specific expected=false
import sqlite3
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00303", methods=["GET", "POST"])
def benchmark_test_00303():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = sqlite3.connect("benchmark.db")
    conn.executemany("INSERT INTO searches (term) VALUES (?)", [(bar,)])
    conn.commit()
    result = True
    return jsonify(result=str(result))
