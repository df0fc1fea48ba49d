# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=headernames shape=str_format sink=specific expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00299", methods=["GET", "POST"])
def benchmark_test_00299():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT id FROM users WHERE name = '{}'".format(bar)
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    result = len(rows)
    return jsonify(result=str(result))
