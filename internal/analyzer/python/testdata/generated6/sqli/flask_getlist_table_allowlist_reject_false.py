# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=getlist shape=table_allowlist_reject sink=specific expected=false
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
TABLES = {"p": "products", "o": "orders"}


@app.route("/00304", methods=["GET", "POST"])
def benchmark_test_00304():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    conn = sqlite3.connect("benchmark.db")
    if bar not in TABLES:
        abort(400)
    rows = conn.execute(f"SELECT COUNT(*) FROM {TABLES[bar]}").fetchall()
    result = rows[0][0]
    return jsonify(result=str(result))
