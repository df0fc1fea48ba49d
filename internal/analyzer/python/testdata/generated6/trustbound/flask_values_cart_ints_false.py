# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=values shape=cart_ints sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00457", methods=["GET", "POST"])
def benchmark_test_00457():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    session["cart"] = [int(x) for x in bar.split(",")]
    result = True
    return jsonify(result=str(result))
