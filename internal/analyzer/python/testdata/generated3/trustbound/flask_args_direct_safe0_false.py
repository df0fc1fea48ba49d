# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=args propagation=direct sink=safe0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00604", methods=["GET", "POST"])
def benchmark_test_00604():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    session["userid"] = "guest"
    result = len(bar)
    return jsonify(result=str(result))
