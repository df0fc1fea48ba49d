# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=form shape=executemany_split sink=specific expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00478", methods=["POST"])
def benchmark_test_00478():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    conn.executemany("INSERT INTO tags (name) VALUES (?)", [(t,) for t in bar.split(",")])
    conn.commit()
    result = True
    return jsonify(result=str(result))
