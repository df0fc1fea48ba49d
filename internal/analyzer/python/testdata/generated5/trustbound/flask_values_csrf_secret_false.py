# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=values shape=csrf_secret expected=false
import os
import secrets

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00436", methods=["GET", "POST"])
def benchmark_test_00436():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    session["csrf"] = secrets.token_hex(16)
    result = len(bar)
    return jsonify(result=str(result))
