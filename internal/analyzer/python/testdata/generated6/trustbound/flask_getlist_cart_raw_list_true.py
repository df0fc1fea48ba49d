# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getlist shape=cart_raw_list sink=specific expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00458", methods=["GET", "POST"])
def benchmark_test_00458():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    session["cart"] = bar.split(",")  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
