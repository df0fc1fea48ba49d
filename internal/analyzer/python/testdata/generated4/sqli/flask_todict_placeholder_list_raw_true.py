# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=todict shape=placeholder_list_raw sink=specific expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00309", methods=["GET", "POST"])
def benchmark_test_00309():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    ids = bar.split(",")
    rows = conn.execute("SELECT name FROM users WHERE id IN (" + ",".join(ids) + ")").fetchall()  # want: PY-SQLI
    result = len(rows)
    return jsonify(result=str(result))
