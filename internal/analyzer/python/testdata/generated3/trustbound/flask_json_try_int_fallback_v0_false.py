# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=json propagation=try_int_fallback sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00575", methods=["POST"])
def benchmark_test_00575():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
