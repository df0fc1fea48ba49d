# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=formlist propagation=direct sink=safe2 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00036", methods=["POST"])
def benchmark_test_00036():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    column = bar if bar in ("name", "email", "created") else "name"
    conn = sqlite3.connect("benchmark.db")
    result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()
    return jsonify(result=str(result))
