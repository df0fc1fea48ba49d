# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=form shape=bytes_ctor sink=v1 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00278", methods=["POST"])
def benchmark_test_00278():
    param = request.form.get("BenchmarkTest", "")
    bar = bytes(param, "utf-8").decode("ascii", "ignore")
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
