# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=formlist shape=dictcomp_key sink=v0 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00134", methods=["POST"])
def benchmark_test_00134():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    fields = {k: v for k, v in [("term", param), ("mode", "basic")]}
    bar = fields["term"]
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
