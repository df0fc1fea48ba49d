# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getlist shape=counter expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00427", methods=["GET", "POST"])
def benchmark_test_00427():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    session["visits"] = session.get("visits", 0) + 1
    result = len(bar)
    return jsonify(result=str(result))
