# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=header propagation=direct sink=safe0 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00033", methods=["GET", "POST"])
def benchmark_test_00033():
    param = request.headers.get("Referer", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return jsonify(result=str(result))
