# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=form shape=timestamp expected=false
import os
import time

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00431", methods=["POST"])
def benchmark_test_00431():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    session["seen_at"] = time.time()
    result = len(bar)
    return jsonify(result=str(result))
