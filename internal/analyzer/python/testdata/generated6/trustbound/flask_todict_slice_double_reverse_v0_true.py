# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=todict shape=slice_double_reverse sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00289", methods=["GET", "POST"])
def benchmark_test_00289():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param[::-1][::-1]
    session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
