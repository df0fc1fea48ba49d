# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=values shape=map_lambda_lower sink=v1 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00152", methods=["GET", "POST"])
def benchmark_test_00152():
    param = request.values.get("BenchmarkTest", "")
    bar = "".join(map(lambda ch: ch.lower(), param))
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
