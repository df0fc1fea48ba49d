# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=json shape=session_bool sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00537", methods=["POST"])
def benchmark_test_00537():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    session["opted_in"] = bar == "yes"
    result = True
    return jsonify(result=str(result))
