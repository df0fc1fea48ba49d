# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=headernames propagation=direct sink=safe0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00034", methods=["GET", "POST"])
def benchmark_test_00034():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return jsonify(result=str(result))
