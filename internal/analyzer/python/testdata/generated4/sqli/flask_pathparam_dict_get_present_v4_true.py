# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=pathparam shape=dict_get_present sink=v4 expected=true
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00069/<test_id>", methods=["GET", "POST"])
def benchmark_test_00069(test_id):
    param = test_id
    options = {"term": param}
    bar = options.get("term", "none")
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return jsonify(result=str(result))
