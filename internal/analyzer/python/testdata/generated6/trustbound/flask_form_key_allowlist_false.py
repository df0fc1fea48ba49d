# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=form shape=key_allowlist sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
PREF_KEYS = ("email", "sms")


@app.route("/00467", methods=["POST"])
def benchmark_test_00467():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    if bar in PREF_KEYS:
        session["pref_" + bar] = True
    result = True
    return jsonify(result=str(result))
