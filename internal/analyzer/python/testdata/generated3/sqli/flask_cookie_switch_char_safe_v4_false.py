# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=cookie propagation=switch_char_safe sink=v4 expected=false
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00019", methods=["GET", "POST"])
def benchmark_test_00019():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return jsonify(result=str(result))
