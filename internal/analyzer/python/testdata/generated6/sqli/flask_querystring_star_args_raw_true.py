# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=querystring shape=star_args_raw sink=specific expected=true
import sqlite3
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


def build_query(term):
    return "SELECT id FROM users WHERE name = ?", (term,)


def build_query_raw(term):
    return "SELECT id FROM users WHERE name = '" + term + "'", ()


@app.route("/00307", methods=["GET", "POST"])
def benchmark_test_00307():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute(*build_query_raw(bar)).fetchall()  # want: PY-SQLI
    result = len(rows)
    return jsonify(result=str(result))
