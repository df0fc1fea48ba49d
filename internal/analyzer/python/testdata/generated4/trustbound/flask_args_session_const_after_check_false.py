# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=args shape=session_const_after_check sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00538", methods=["GET", "POST"])
def benchmark_test_00538():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    if bar == "accept":
        session["tos"] = "accepted"
    result = True
    return jsonify(result=str(result))
