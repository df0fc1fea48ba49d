# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=args shape=key_fstring sink=specific expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00466", methods=["GET", "POST"])
def benchmark_test_00466():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    session[f"pref_{bar}"] = True  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
