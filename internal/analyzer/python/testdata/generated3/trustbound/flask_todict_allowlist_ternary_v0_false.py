# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=todict propagation=allowlist_ternary sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00535", methods=["GET", "POST"])
def benchmark_test_00535():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
