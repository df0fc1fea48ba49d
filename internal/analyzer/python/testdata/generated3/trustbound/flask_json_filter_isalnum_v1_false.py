# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=json propagation=filter_isalnum sink=v1 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00601", methods=["POST"])
def benchmark_test_00601():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = "".join(filter(str.isalnum, param))
    session[bar] = "10340"
    result = True
    return jsonify(result=str(result))
