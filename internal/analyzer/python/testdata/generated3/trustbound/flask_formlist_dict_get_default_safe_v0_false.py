# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist propagation=dict_get_default_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00526", methods=["POST"])
def benchmark_test_00526():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
