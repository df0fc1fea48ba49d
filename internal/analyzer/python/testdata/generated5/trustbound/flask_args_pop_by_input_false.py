# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=args shape=pop_by_input expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00440", methods=["GET", "POST"])
def benchmark_test_00440():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    session.pop(bar, None)
    result = True
    return jsonify(result=str(result))
