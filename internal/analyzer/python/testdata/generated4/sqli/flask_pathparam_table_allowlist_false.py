# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=pathparam shape=table_allowlist sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
TABLES = {"p": "products", "o": "orders"}


@app.route("/00305/<test_id>", methods=["GET", "POST"])
def benchmark_test_00305(test_id):
    param = test_id
    bar = param
    conn = sqlite3.connect("benchmark.db")
    table = TABLES.get(bar, "products")
    rows = conn.execute("SELECT COUNT(*) FROM " + table).fetchall()
    result = rows[0][0]
    return jsonify(result=str(result))
