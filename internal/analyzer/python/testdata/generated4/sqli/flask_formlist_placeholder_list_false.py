# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=formlist shape=placeholder_list sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00307", methods=["POST"])
def benchmark_test_00307():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    conn = sqlite3.connect("benchmark.db")
    ids = bar.split(",")
    marks = ",".join("?" for _ in ids)
    rows = conn.execute("SELECT name FROM users WHERE id IN (" + marks + ")", ids).fetchall()
    result = len(rows)
    return jsonify(result=str(result))
