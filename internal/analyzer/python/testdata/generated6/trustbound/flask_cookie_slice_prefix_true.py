# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=cookie shape=slice_prefix sink=specific expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00460", methods=["GET", "POST"])
def benchmark_test_00460():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    session["last_search"] = bar[:50]  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
