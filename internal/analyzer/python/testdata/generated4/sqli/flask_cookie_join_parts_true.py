# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=cookie shape=join_parts sink=specific expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00301", methods=["GET", "POST"])
def benchmark_test_00301():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = " ".join(["SELECT id FROM users WHERE id =", bar])
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    result = len(rows)
    return jsonify(result=str(result))
